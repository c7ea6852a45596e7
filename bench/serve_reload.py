#!/usr/bin/env python3
"""How long `waymark serve` takes from an edit to one page to the reload of open pages
(issue #8: under 100 ms on the 20,405-document corpus).

    python3 bench/serve_reload.py                      # 20405 documents, 15 edits
    python3 bench/serve_reload.py --size 5105 --edits 10
    python3 bench/serve_reload.py --corpus .           # the bundled site

It starts `target/release/waymark serve` on a copy of the corpus bench/run.py generated
(run that first, or pass --corpus DIR: any site; its site.yaml, content/, locales/,
themes/ and static/ are copied), waits for the first full build, listens to the
server's reload events (/__waymark/events, what open pages listen to), then edits the body
of one page at a time and measures, with a monotonic clock, from the write of the file to
the reload event. Each edit alternates between two texts of the same page, and pages are
chosen across sections and languages. Prints every time, the median and the maximum.

Standard library only (Python 3.11).
"""

import argparse
import http.client
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
SIZES = {1025: "p200-s4", 5105: "p1000-s20", 20405: "p4000-s80"}


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--size", type=int, default=20405, choices=sorted(SIZES))
    ap.add_argument("--corpus", help="a Waymark site (default: bench/.corpus/waymark-SIZE-...-aligned)")
    ap.add_argument("--edits", type=int, default=15)
    args = ap.parse_args()
    corpus = args.corpus or os.path.join(
        HERE, ".corpus", "waymark-%d-%s-aligned" % (args.size, SIZES[args.size]))
    if not os.path.isdir(corpus):
        sys.exit("no corpus at %s: run `python3 bench/run.py --sizes %d --runs 1` first" % (corpus, args.size))
    binary = os.path.join(REPO, "target", "release", "waymark")
    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=REPO, check=True)

    work = tempfile.mkdtemp(prefix="waymark-reload-", dir="/dev/shm" if os.path.isdir("/dev/shm") else None)
    site = os.path.join(work, "site")
    os.makedirs(site)
    for name in ("site.yaml", "content", "locales", "themes", "static"):
        src = os.path.join(corpus, name)
        if os.path.isdir(src):
            shutil.copytree(src, os.path.join(site, name))
        elif os.path.isfile(src):
            shutil.copy(src, site)
    pages = sorted(
        os.path.join(d, f)
        for d, _, files in os.walk(os.path.join(site, "content"))
        for f in files if f.endswith(".md") and not f.startswith("_index")
    )
    step = max(1, len(pages) // args.edits)
    chosen = pages[::step][: args.edits]

    port = free_port()
    server = subprocess.Popen([binary, "serve", "--root", site, "--port", str(port)],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lines = []
    built = threading.Event()

    def read_output():
        for line in server.stdout:
            lines.append(line.rstrip())
            if line.startswith("Built in"):
                built.set()

    threading.Thread(target=read_output, daemon=True).start()
    try:
        if not built.wait(600):
            sys.exit("serve did not finish its first build:\n" + "\n".join(lines))
        print("first build: %s" % next(l for l in lines if l.startswith("Built in")))
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        conn.request("GET", "/__waymark/events")
        events = conn.getresponse()
        # Reload events are read as they come, with the time they came: an edit is
        # measured to the first event after it, never to a late one from an earlier edit.
        arrived = []
        came = threading.Condition()

        def read_events():
            for line in events.fp:
                if line.startswith(b"data"):
                    with came:
                        arrived.append(time.monotonic())
                        came.notify_all()

        threading.Thread(target=read_events, daemon=True).start()
        time.sleep(0.5)
        times = []
        for i, page in enumerate(chosen):
            with open(page, encoding="utf-8") as f:
                text = f.read()
            new = text + "\nEdited %d during the benchmark.\n" % i
            start = time.monotonic()
            with open(page, "w", encoding="utf-8") as f:
                f.write(new)
            with came:
                if not came.wait_for(lambda: any(t > start for t in arrived), timeout=30):
                    sys.exit("no reload event within 30 s of an edit")
                reload = min(t for t in arrived if t > start)
            ms = (reload - start) * 1000
            times.append(ms)
            print("%-70s %7.1f ms" % (os.path.relpath(page, site), ms), flush=True)
            time.sleep(0.3)
        print("\nserver's own reports:")
        for l in lines:
            if l.startswith(("Rebuilt", "Built")):
                print("  " + l)
        print("\nedit to reload, %d edits on %d markdown files: median %.1f ms, max %.1f ms"
              % (len(times), len(pages), statistics.median(times), max(times)))
    finally:
        # SIGTERM: serve stops (after half a second for the open event stream) and
        # removes its folder.
        server.terminate()
        server.wait()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
