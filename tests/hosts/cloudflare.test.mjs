// Cloudflare Pages, in its own code: `wrangler pages dev` (workerd) serving what
// `--host cloudflare` built. Headers per path (a policy on 200s and on real 404s),
// 301s for aliases and moved pages (a moved 3,000-page section is one rule), each
// language's 404 page, Unicode paths, and no compressed copies.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { have, needs, startWrangler, fetchRaw } from './hosts.mjs';
import { scratch, bundled, movedSites } from './sites.mjs';

const ar = (s) => encodeURI(s);
let work, servers = [], sites = {};

before(async () => {
  if (!have.wrangler && !process.env.CI) return;
  work = scratch();
  const bundledOut = bundled(work.dir, 'cloudflare');
  const { multi, big } = movedSites(work.dir)('cloudflare');
  for (const [name, dir] of [['bundled', bundledOut], ['multi', multi], ['big', big]]) {
    const s = await startWrangler(dir);
    servers.push(s);
    sites[name] = { dir, origin: s.origin };
  }
});

after(() => {
  servers.forEach((s) => s.close());
  work?.cleanup();
});

const csp = (r) => r.headers['content-security-policy'] || '';
const strict = "script-src 'self';";

test('pages get the strict policy, and every response a policy and the privacy headers', async (t) => {
  if (needs(t, 'wrangler')) return;
  const { origin } = sites.bundled;
  for (const path of ['/', '/en/', '/ar/rights/', '/fa/directory/']) {
    const r = await fetchRaw(origin + path);
    assert.equal(r.status, 200, path);
    assert.ok(csp(r).includes(strict), `${path}: ${csp(r)}`);
    assert.equal(r.headers['referrer-policy'], 'no-referrer', path);
    assert.equal(r.headers['x-content-type-options'], 'nosniff', path);
    assert.match(r.headers['cache-control'], /must-revalidate/, path);
  }
  // A real 404, outside any language too: the catch-all rule's policy.
  for (const path of ['/en/nope/', '/nope', '/assets/nope.css']) {
    const r = await fetchRaw(origin + path);
    assert.equal(r.status, 404, path);
    assert.ok(csp(r).includes("default-src 'self'"), `${path}: no policy on the 404`);
    assert.equal(r.headers['referrer-policy'], 'no-referrer', path);
  }
  const css = readdirSync(join(sites.bundled.dir, 'assets')).find((f) => f.endsWith('.css'));
  const r = await fetchRaw(`${origin}/assets/${css}`);
  assert.match(r.headers['cache-control'], /immutable/);
});

test("each language's missing page is that language's 404 page", async (t) => {
  if (needs(t, 'wrangler')) return;
  for (const lang of ['en', 'ar', 'prs', 'uk']) {
    const r = await fetchRaw(`${sites.bundled.origin}/${lang}/no-such-page/`);
    assert.equal(r.status, 404);
    assert.match(r.body.toString(), new RegExp(`<html lang="${lang}"`), lang);
  }
});

test('no compressed copies are published to Cloudflare', (t) => {
  if (needs(t, 'wrangler')) return;
  const manifest = JSON.parse(readFileSync(join(sites.bundled.dir, 'waymark-manifest.json'), 'utf8'));
  const copies = Object.keys(manifest.files).filter((f) => f.endsWith('.br') || f.endsWith('.gz'));
  assert.deepEqual(copies, []);
});

test('aliases and moved pages answer 301, Unicode paths included', async (t) => {
  if (needs(t, 'wrangler')) return;
  const { origin } = sites.multi;
  const moves = [
    ['/old/first/', '/en/rights/bb-first/'],
    ['/en/rights/know/', '/en/rights/know-more/'],
    ['/sw/rights/know/', '/sw/rights/know-more/'],
    [ar('/ar/rights/حقوقك/'), ar('/ar/rights/حقوقك-الآن/')],
  ];
  for (const [from, to] of moves) {
    const r = await fetchRaw(origin + from);
    assert.equal(r.status, 301, from);
    assert.equal(new URL(r.headers.location, origin).pathname, to, from);
    assert.ok(csp(r), `${from}: the redirect has a policy too`);
    const page = await fetchRaw(origin + to);
    assert.equal(page.status, 200, to);
  }
});

test('a moved 3,000-page section is one rule, and every old address answers 301', async (t) => {
  if (needs(t, 'wrangler')) return;
  const rules = readFileSync(join(sites.big.dir, '_redirects'), 'utf8').trim().split('\n');
  assert.deepEqual(rules, ['/en/many/* /en/lots/:splat 301']);
  const { origin } = sites.big;
  for (const [from, to] of [['/en/many/', '/en/lots/'], ['/en/many/p0/', '/en/lots/p0/'], ['/en/many/p2999/', '/en/lots/p2999/']]) {
    const r = await fetchRaw(origin + from);
    assert.equal(r.status, 301, from);
    assert.equal(new URL(r.headers.location, origin).pathname, to, from);
  }
  assert.equal((await fetchRaw(origin + '/en/lots/p2999/')).status, 200);
});
