#!/usr/bin/env python3
"""Edit-to-reload time of `waymark serve`: from writing content/about.md to the
Server-Sent Event that reloads the page. Usage: python3 bench/measure_reload.py SITE_ROOT
(run from the repository root after `cargo build --release`)."""
import socket, subprocess, time, statistics, sys, os
root = sys.argv[1]; port = 18555
p = subprocess.Popen([os.path.abspath('target/release/waymark'), 'serve', '--root', root, '--port', str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
time.sleep(2)
page = os.path.join(root, 'content/about.md')
orig = open(page).read()
times = []
try:
    for i in range(12):
        s = socket.create_connection(('127.0.0.1', port))
        s.sendall(b'GET /__waymark/events HTTP/1.1\r\nHost: x\r\nAccept: text/event-stream\r\n\r\n')
        s.settimeout(10)
        buf = b''
        while b'\r\n\r\n' not in buf: buf += s.recv(4096)
        time.sleep(0.3)
        t0 = time.perf_counter()
        open(page, 'w').write(orig + ('\n' * (i % 2 + 1)))
        buf = b''
        while b'reload' not in buf: buf += s.recv(4096)
        times.append((time.perf_counter() - t0) * 1000)
        s.close()
        time.sleep(0.3)
finally:
    open(page, 'w').write(orig)
    p.kill()
print('edit-to-reload ms: median %.0f, min %.0f, max %.0f (n=%d)' % (statistics.median(times), min(times), max(times), len(times)))
