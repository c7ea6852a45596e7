// The hosts' own code, run on a built site: Cloudflare's `wrangler pages dev` (workerd, as
// Cloudflare Pages serves), Netlify's `_redirects`/`_headers` parsers and its redirect
// matcher (what its CDN and `netlify dev` use), and Debian's nginx with the snippet the
// nginx profile writes. Installed by tests/hosts/install.sh.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir, arch } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const node22 = join(here, 'node22', 'node_modules', `node-linux-${arch()}`, 'bin', 'node');
const wranglerJs = join(here, 'node_modules', 'wrangler', 'bin', 'wrangler.js');
export const NGINX = '/usr/sbin/nginx';
const BROTLI_STATIC = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

/// Which tools are installed: the tests of a missing one skip, unless CI is set.
export const have = {
  wrangler: existsSync(node22) && existsSync(wranglerJs),
  netlify: existsSync(join(here, 'node_modules', 'netlify-redirector')),
  nginx: existsSync(NGINX) && existsSync(BROTLI_STATIC),
};

/// `t.skip` with the reason, or (under CI) a failure: CI must run every host.
export function needs(t, tool) {
  if (have[tool]) return false;
  const why = `${tool} is not installed: run tests/hosts/install.sh`;
  if (process.env.CI) throw new Error(why);
  t.skip(why);
  return true;
}

async function freePort() {
  const s = createServer();
  await new Promise((ok) => s.listen(0, '127.0.0.1', ok));
  const { port } = s.address();
  await new Promise((ok) => s.close(ok));
  return port;
}

/// One GET that follows no redirect and decodes nothing: `{ status, headers, body }`.
export function fetchRaw(url, headers = {}) {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

async function waitFor(origin, child, log, seconds) {
  for (let i = 0; i < seconds * 4; i++) {
    if (child.exitCode !== null) throw new Error(`the server ended (${child.exitCode}):\n${log()}`);
    try {
      await fetchRaw(origin + '/');
      return;
    } catch {
      await new Promise((ok) => setTimeout(ok, 250));
    }
  }
  throw new Error(`the server did not answer in ${seconds} s:\n${log()}`);
}

function started(cmd, args, env, cwd) {
  const child = spawn(cmd, args, { env, cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d) => { out += d; });
  child.stderr.on('data', (d) => { out += d; });
  const close = () => {
    try { process.kill(-child.pid, 'SIGTERM'); } catch { /* gone */ }
  };
  return { child, log: () => out.slice(-4000), close };
}

/// `wrangler pages dev DIR` on a free loopback port, run in a throwaway home (it writes
/// `.wrangler/` state into its working folder) with no telemetry: `{ origin, close }`.
export async function startWrangler(dir) {
  const port = await freePort();
  const home = mkdtempSync(join(tmpdir(), 'waymark-wrangler-'));
  const env = {
    ...process.env, HOME: home, XDG_CONFIG_HOME: home, WRANGLER_SEND_METRICS: 'false',
    CI: '1', WRANGLER_LOG_PATH: home, NO_COLOR: '1',
  };
  const s = started(node22, [wranglerJs, 'pages', 'dev', dir, '--ip', '127.0.0.1', '--port', String(port),
    '--compatibility-date', '2026-11-01', '--log-level', 'warn'], env, home);
  const origin = `http://127.0.0.1:${port}`;
  await waitFor(origin, s.child, s.log, 60);
  return { origin, log: s.log, close: () => { s.close(); rmSync(home, { recursive: true, force: true }); } };
}

/// nginx serving DIR with the nginx profile's `_nginx/http.conf` and `_nginx/server.conf`,
/// on a free loopback port: `{ origin, close }`.
export async function startNginx(dir) {
  const port = await freePort();
  const prefix = mkdtempSync(join(tmpdir(), 'waymark-nginx-'));
  mkdirSync(join(prefix, 'logs'));
  writeFileSync(join(prefix, 'nginx.conf'), `load_module ${BROTLI_STATIC};
daemon off;
master_process off;
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/logs/error.log warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${prefix}/body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  include ${dir}/_nginx/http.conf;
  server {
    listen 127.0.0.1:${port};
    root ${dir};
    include ${dir}/_nginx/server.conf;
  }
}
`);
  const s = started(NGINX, ['-p', prefix, '-c', join(prefix, 'nginx.conf')], process.env, prefix);
  const origin = `http://127.0.0.1:${port}`;
  await waitFor(origin, s.child, s.log, 20);
  return { origin, log: s.log, close: () => { s.close(); rmSync(prefix, { recursive: true, force: true }); } };
}

/// Netlify's answer for a request path on DIR: its parsers read `_redirects` and `_headers`,
/// its matcher picks the rule. The glue is Netlify's documented order: a rule that is not
/// forced applies only where no file stands ("shadowing"); headers of every matching
/// `_headers` rule, a later rule's value replacing an earlier one's.
export async function netlify(dir) {
  const { parseAllRedirects } = await import('@netlify/redirect-parser');
  const { parseAllHeaders } = await import('@netlify/headers-parser');
  const redirector = (await import('netlify-redirector')).default;
  const parsed = await parseAllRedirects({ redirectsFiles: [join(dir, '_redirects')], configRedirects: [], minimal: false });
  if (parsed.errors.length) throw new Error(`_redirects: ${JSON.stringify(parsed.errors)}`);
  const headersParsed = await parseAllHeaders({ headersFiles: [join(dir, '_headers')], configHeaders: [], minimal: false });
  if (headersParsed.errors.length) throw new Error(`_headers: ${JSON.stringify(headersParsed.errors)}`);
  // The matcher takes the rules as netlify-cli hands them over (its redirects.ts).
  const rules = parsed.redirects.map(({ conditions, from, query, signed, ...r }) =>
    ({ ...r, origin: from, path: from, conditions, params: query }));
  const matcher = await redirector.parseJSON(JSON.stringify(rules), {});
  const fileAt = (path) => {
    const rel = decodeURIComponent(path);
    for (const f of [rel, join(rel, 'index.html')]) {
      try { if (statSync(join(dir, f)).isFile()) return f; } catch { /* none */ }
    }
    return null;
  };
  const headersFor = (path) => {
    const found = {};
    for (const rule of headersParsed.headers) {
      const p = rule.for;
      const hit = p.endsWith('*') ? path.startsWith(p.slice(0, -1)) : path === p;
      if (hit) Object.assign(found, rule.values);
    }
    return found;
  };
  return {
    rules: parsed.redirects,
    match(path) {
      const file = fileAt(path);
      // netlify-cli hands the matcher the decoded path.
      const m = matcher.match({ scheme: 'https', host: 'example.org', path: decodeURIComponent(path), query: '',
        getHeader: () => '', getCookie: () => '' });
      if (m && (m.force || !file)) {
        if (m.status >= 300 && m.status < 400) return { status: m.status, location: m.to, file: null, headers: headersFor(path) };
        const target = fileAt(m.to);
        return { status: m.status, location: null, file: target, headers: headersFor(path) };
      }
      if (file) return { status: 200, location: null, file, headers: headersFor(path) };
      return { status: 404, location: null, file: fileAt('/404.html'), headers: headersFor(path) };
    },
  };
}
