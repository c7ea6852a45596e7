// nginx, for real: Debian's nginx with the brotli static module, on a loopback port, with
// the `_nginx/` snippet that `--host nginx` wrote. The precompressed copies by
// Accept-Encoding, pretty URLs, each language's 404 page, the headers on every response,
// and the redirect map (a moved section as one regex, Unicode paths included).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { have, needs, startNginx, fetchRaw } from './hosts.mjs';
import { scratch, movedSites } from './sites.mjs';

let work, servers = [], sites = {};

before(async () => {
  if (!have.nginx && !process.env.CI) return;
  work = scratch();
  // The 3,000-page section is not compressed: the redirects are what it is for.
  const { multi, big } = movedSites(work.dir)('nginx', ['--no-precompress']);
  for (const [name, dir] of [['multi', multi], ['big', big]]) {
    const s = await startNginx(dir);
    servers.push(s);
    sites[name] = { dir, origin: s.origin };
  }
});

after(() => {
  servers.forEach((s) => s.close());
  work?.cleanup();
});

test('the compressed copies are served by Accept-Encoding, and are the page', async (t) => {
  if (needs(t, 'nginx')) return;
  const { origin, dir } = sites.multi;
  const page = readFileSync(join(dir, 'en', 'index.html'));
  const br = await fetchRaw(`${origin}/en/`, { 'accept-encoding': 'gzip, deflate, br' });
  assert.equal(br.status, 200);
  assert.equal(br.headers['content-encoding'], 'br');
  assert.match(br.headers['content-type'], /^text\/html; charset=utf-8/);
  assert.deepEqual(brotliDecompressSync(br.body), page);
  const gz = await fetchRaw(`${origin}/en/`, { 'accept-encoding': 'gzip' });
  assert.equal(gz.headers['content-encoding'], 'gzip');
  assert.deepEqual(gunzipSync(gz.body), page);
  const plain = await fetchRaw(`${origin}/en/`);
  assert.equal(plain.headers['content-encoding'], undefined);
  assert.deepEqual(plain.body, page);
});

test('every response has its headers: the strict policy on pages, a policy on 404s', async (t) => {
  if (needs(t, 'nginx')) return;
  const { origin } = sites.multi;
  const policies = (r) => [].concat(r.headers['content-security-policy'] || []).join(' | ');
  for (const path of ['/', '/en/', '/ar/rights/']) {
    const r = await fetchRaw(origin + path);
    assert.equal(r.status, 200, path);
    assert.ok(policies(r).includes("script-src 'self';"), `${path}: ${policies(r)}`);
    assert.equal(r.headers['referrer-policy'], 'no-referrer', path);
    assert.match(r.headers['cache-control'], /must-revalidate/, path);
  }
  for (const path of ['/nope', '/en/nope/', '/_nginx/server.conf']) {
    const r = await fetchRaw(origin + path);
    assert.equal(r.status, 404, path);
    assert.ok(policies(r).includes("default-src 'self'"), `${path}: no policy`);
    assert.equal(r.headers['referrer-policy'], 'no-referrer', path);
  }
});

test("each language's missing page is that language's 404 page", async (t) => {
  if (needs(t, 'nginx')) return;
  for (const lang of ['en', 'ar', 'sw']) {
    const r = await fetchRaw(`${sites.multi.origin}/${lang}/no-such-page/`);
    assert.equal(r.status, 404, lang);
    assert.match(r.body.toString(), new RegExp(`<html lang="${lang}"`), lang);
  }
});

test('aliases, moved pages and a moved 3,000-page section answer 301; Unicode paths too', async (t) => {
  if (needs(t, 'nginx')) return;
  const moves = [
    ['multi', '/old/first/', '/en/rights/bb-first/'],
    ['multi', '/en/rights/know/', '/en/rights/know-more/'],
    ['multi', encodeURI('/ar/rights/حقوقك/'), encodeURI('/ar/rights/حقوقك-الآن/')],
    ['big', '/en/many/', '/en/lots/'],
    ['big', '/en/many/p2999/', '/en/lots/p2999/'],
  ];
  for (const [site, from, to] of moves) {
    const { origin } = sites[site];
    const r = await fetchRaw(origin + from);
    assert.equal(r.status, 301, from);
    assert.equal(r.headers.location, to, from);
    assert.equal((await fetchRaw(origin + to)).status, 200, to);
  }
  // A folder without its slash is sent to it; the Unicode page itself is served.
  const { origin } = sites.multi;
  assert.equal((await fetchRaw(origin + encodeURI('/ar/rights/حقوقك-الآن/'))).status, 200);
  const bare = await fetchRaw(`${origin}/en/rights`);
  assert.equal(bare.status, 301);
  assert.equal(bare.headers.location, '/en/rights/');
});
