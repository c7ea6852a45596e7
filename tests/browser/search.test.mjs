// Search in a real browser: Pagefind's index of the visitor's language, under the site's
// own Content-Security-Policy, on a small fixture (Arabic, Farsi, Ukrainian and an
// untranslated English page) and on the bundled site. Needs Pagefind
// (`npm ci --prefix tools/pagefind`); `.ci/run` installs it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, launch, phone } from './harness.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const binary = join(repo, 'target', 'debug', 'waymark');
const pagefind = join(repo, 'tools', 'pagefind', 'node_modules', '@pagefind', 'linux-x64', 'bin', 'pagefind_extended');
let out, fixture, bundled, browser;

function build(root, dest) {
  const built = spawnSync(binary, ['build', '--root', root, '--out', dest, '--quiet', '--host', 'cloudflare'],
    { encoding: 'utf8', env: { ...process.env, WAYMARK_PAGEFIND: pagefind } });
  assert.equal(built.status, 0, built.stderr);
  assert.ok(existsSync(join(dest, 'pagefind', 'pagefind.js')), 'no search index was built');
}

before(async () => {
  assert.ok(existsSync(pagefind), `Pagefind is missing at ${pagefind}: npm ci --prefix tools/pagefind`);
  out = mkdtempSync(join(tmpdir(), 'waymark-search-'));
  build(join(repo, 'tests', 'fixtures', 'search'), join(out, 'fixture'));
  build(repo, join(out, 'bundled'));
  fixture = await serve(join(out, 'fixture'));
  bundled = await serve(join(out, 'bundled'));
  browser = await launch();
});

after(async () => {
  await browser?.close();
  fixture?.close();
  bundled?.close();
  if (out) rmSync(out, { recursive: true, force: true });
});

// Types `word` into the search page of `lang` and returns the result links.
async function search(site, lang, word) {
  const context = await phone(browser);
  const page = await context.newPage();
  await page.goto(`${site.origin}/search/${lang}/`);
  await page.fill('input[name=q]', word);
  await page.press('input[name=q]', 'Enter');
  await page.waitForFunction(() => {
    const s = document.querySelector('[data-search-status]').textContent;
    return s && !document.querySelector('[data-search]').dataset.searching.startsWith(s.slice(0, 3));
  });
  const links = await page.$$eval('[data-search-results] li a', (as) => as.map((a) => new URL(a.href).pathname));
  const status = await page.textContent('[data-search-status]');
  const indexHidden = await page.$eval('[data-search-index]', (e) => e.hidden);
  assert.deepEqual(context.violations, [], 'search breaks its Content-Security-Policy');
  await context.close();
  return { links, status, indexHidden };
}

for (const [lang, word, expected] of [
  ['ar', 'مترجم', '/ar/help/interpreter/'],
  ['fa', 'پناهگاه', '/fa/help/shelter/'],
  ['uk', 'притулок', '/uk/help/shelter/'],
  ['uk', 'перекладача', '/uk/help/interpreter/'],
]) {
  test(`fixture, ${lang}: “${word}” finds ${expected}, and only pages in ${lang}`, async () => {
    const { links, indexHidden } = await search(fixture, lang, word);
    assert.equal(links[0], expected, links.join());
    assert.ok(links.every((l) => l.startsWith(`/${lang}/`)), links.join());
    assert.ok(indexHidden, 'the list of all pages gives way to the results');
  });
}

test('fixture: an untranslated page is found in its own language only', async () => {
  assert.equal((await search(fixture, 'en', 'zebra')).links[0], '/en/help/zebra/');
  const uk = await search(fixture, 'uk', 'zebra');
  assert.deepEqual(uk.links, []);
  assert.match(uk.status, /zebra/);
});

// A word of the language finds the page about it first, and the page about traps too.
for (const [lang, word, first] of [
  ['ar', 'الإنترنت', 'staying-safe-online'],
  ['fa', 'قاچاقچی', 'trafficking-and-smuggling'],
  ['uk', 'торгівля', 'trafficking-and-smuggling'],
]) {
  test(`bundled site, ${lang}: “${word}” finds the page on ${first}, and the page about traps`, async () => {
    const { links } = await search(bundled, lang, word);
    // Directory entries are indexed too and may rank first (for “الإنترنت”, the Greek Safer
    // Internet Centre helpline): the first content page is the one on the subject.
    const pages = links.filter((l) => !l.startsWith(`/${lang}/directory/`));
    assert.equal(pages[0], `/${lang}/rights/${first}/`, links.join());
    assert.ok(pages.includes(`/${lang}/rights/when-an-offer-is-a-trap/`), links.join());
    assert.ok(links.every((l) => l.startsWith(`/${lang}/`)), links.join());
  });
}

test('a search from the address bar (?q=) runs on load', async () => {
  const context = await phone(browser);
  const page = await context.newPage();
  await page.goto(`${fixture.origin}/search/ar/?q=${encodeURIComponent('مترجم')}`);
  await page.waitForSelector('[data-search-results] li a');
  assert.equal(await page.inputValue('input[name=q]'), 'مترجم');
  await context.close();
});

test('without JavaScript the search page lists every section and page', async () => {
  const context = await phone(browser, { javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${fixture.origin}/search/uk/`);
  assert.equal(await page.isVisible('form.search'), false, 'a form that cannot work is hidden');
  assert.ok(await page.isVisible('[data-search-index] a[href="/uk/help/shelter/"]'));
  await page.click('[data-search-index] a[href="/uk/help/shelter/"]');
  await page.waitForURL(`${fixture.origin}/uk/help/shelter/`);
  await context.close();
});

test('pages without search load no search code', async () => {
  const context = await phone(browser);
  const page = await context.newPage();
  const loaded = [];
  page.on('request', (r) => loaded.push(new URL(r.url()).pathname));
  for (const path of ['/ar/', '/uk/help/shelter/', '/fa/help/']) await page.goto(fixture.origin + path, { waitUntil: 'load' });
  await page.waitForTimeout(300);
  const search = loaded.filter((p) => p.startsWith('/pagefind/') || p.includes('/search.'));
  assert.deepEqual(search, []);
  await context.close();
});
