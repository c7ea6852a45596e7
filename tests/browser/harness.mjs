// Shared by the browser tests: a static server for a built site that sends the headers
// the site's `_headers` file sets (so the Content-Security-Policy is enforced as on the
// CDN), and Debian's chromium launched for a closed network.
import { createServer } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { join, extname } from 'node:path';
import { chromium } from 'playwright-core';

const types = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript',
  '.json': 'application/json', '.jpg': 'image/jpeg', '.png': 'image/png', '.mp4': 'video/mp4', '.vtt': 'text/vtt',
  '.svg': 'image/svg+xml', '.webmanifest': 'application/manifest+json' };

// `_headers` as Cloudflare Pages reads it: a path line (a trailing `*` matches any rest),
// then indented `Name: value` lines; every rule that matches the request's path applies,
// and a header two rules set gets both values joined by a comma (two policies for CSP,
// both enforced). Returns the headers for `url`.
export function headersFor(rules, url) {
  const found = {};
  let matches = false;
  for (const line of rules.split('\n')) {
    if (!line.trim()) continue;
    if (!line.startsWith(' ')) {
      matches = line.endsWith('*') ? url.startsWith(line.slice(0, -1)) : url === line;
    } else if (matches) {
      const at = line.indexOf(': ');
      const name = line.slice(0, at).trim();
      const value = line.slice(at + 2);
      found[name] = found[name] ? `${found[name]}, ${value}` : value;
    }
  }
  return found;
}

export async function serve(root) {
  let rules = '';
  try { rules = readFileSync(join(root, '_headers'), 'utf8'); } catch { /* no _headers */ }
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x').pathname;
    let path = decodeURIComponent(url);
    if (path.includes('..')) { res.writeHead(400); return res.end(); }
    if (path.endsWith('/')) path += 'index.html';
    try {
      const file = join(root, path);
      statSync(file);
      res.writeHead(200, { ...headersFor(rules, url), 'content-type': types[extname(file)] || 'application/octet-stream' });
      res.end(readFileSync(file));
    } catch {
      // A host matches the rules on the request's path, not on the 404 page's.
      res.writeHead(404, { ...headersFor(rules, url), 'content-type': 'text/html; charset=utf-8' });
      res.end(readFileSync(join(root, '404.html')));
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}

// A phone-sized context; records Content-Security-Policy violations in `violations`.
export async function phone(browser, options = {}) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true,
    deviceScaleFactor: 2, ...options });
  context.violations = [];
  context.on('console', (m) => { if (/Content.Security.Policy/i.test(m.text())) context.violations.push(m.text()); });
  return context;
}
