// Netlify, in its own code: `@netlify/redirect-parser` and `@netlify/headers-parser` read
// what `--host netlify` built, and `netlify-redirector` (the matcher of Netlify's CDN and
// of `netlify dev`) picks the rule for each request path. Asserts the same as the
// Cloudflare tests: headers per path, 301s for aliases and moved pages with no page
// shadowing them, each language's 404 page, Unicode paths.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { have, needs, netlify } from './hosts.mjs';
import { scratch, bundled, movedSites } from './sites.mjs';

let work, sites = {};

before(async () => {
  if (!have.netlify && !process.env.CI) return;
  work = scratch();
  const { multi, big } = movedSites(work.dir)('netlify');
  for (const [name, dir] of [['bundled', bundled(work.dir, 'netlify')], ['multi', multi], ['big', big]]) {
    sites[name] = { dir, host: await netlify(dir) };
  }
});

after(() => work?.cleanup());

const strict = "script-src 'self';";

test('pages get the strict policy, and every response a policy and the privacy headers', async (t) => {
  if (needs(t, 'netlify')) return;
  const { host } = sites.bundled;
  for (const path of ['/', '/en/', '/ar/rights/', '/fa/directory/']) {
    const r = host.match(path);
    assert.equal(r.status, 200, path);
    assert.ok(r.headers['Content-Security-Policy'].includes(strict), path);
    assert.equal(r.headers['Referrer-Policy'], 'no-referrer', path);
  }
  for (const path of ['/en/nope/', '/nope', '/assets/nope.css']) {
    const r = host.match(path);
    assert.equal(r.status, 404, path);
    assert.ok(r.headers['Content-Security-Policy'].includes("default-src 'self'"), `${path}: no policy on the 404`);
    assert.equal(r.headers['Referrer-Policy'], 'no-referrer', path);
  }
});

test("each language's missing page is that language's 404 page, through its rule", async (t) => {
  if (needs(t, 'netlify')) return;
  const { host, dir } = sites.bundled;
  for (const lang of ['en', 'ar', 'prs', 'uk']) {
    const r = host.match(`/${lang}/no-such-page/`);
    assert.equal(r.status, 404, lang);
    assert.equal(r.file, `/${lang}/404.html`, lang);
    assert.match(readFileSync(join(dir, r.file), 'utf8'), new RegExp(`<html lang="${lang}"`));
    // The rule does not hide the language's pages.
    assert.equal(host.match(`/${lang}/`).status, 200, lang);
  }
  assert.equal(host.match('/nope').file, '/404.html');
});

test('aliases and moved pages answer 301, with no page shadowing the rule; Unicode too', async (t) => {
  if (needs(t, 'netlify')) return;
  const { host } = sites.multi;
  const moves = [
    ['/old/first/', '/en/rights/bb-first/'],
    ['/en/rights/know/', '/en/rights/know-more/'],
    ['/sw/rights/know/', '/sw/rights/know-more/'],
    [encodeURI('/ar/rights/حقوقك/'), encodeURI('/ar/rights/حقوقك-الآن/')],
  ];
  for (const [from, to] of moves) {
    const r = host.match(from);
    assert.equal(r.status, 301, from);
    assert.equal(encodeURI(decodeURI(r.location)), to, from);
    assert.equal(host.match(to).status, 200, to);
  }
});

test('a moved 3,000-page section is one rule', async (t) => {
  if (needs(t, 'netlify')) return;
  const { host } = sites.big;
  assert.equal(host.rules.filter((r) => r.status === 301).length, 1);
  for (const [from, to] of [['/en/many/', '/en/lots/'], ['/en/many/p2999/', '/en/lots/p2999/']]) {
    const r = host.match(from);
    assert.equal(r.status, 301, from);
    assert.equal(r.location, to, from);
  }
  assert.equal(host.match('/en/lots/p2999/').status, 200);
});
