// The child-first layout, measured in Debian's chromium at a phone's 360 × 800: on every
// kind of page, in a left-to-right and a right-to-left language (and Dari, Pashto and Urdu
// pages, and a small Pashto site of its own), the heading is in the first screen, the quick exit
// stays in view, every control is big enough to tap, nothing scrolls sideways, nothing
// moves after load, and the first paint needs one round trip over a 1-second link.
// Screenshots of every page at 360 px and 1280 px go to target/screenshots/ for review.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, launch } from './harness.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const binary = join(repo, 'target', 'debug', 'waymark');
const shots = join(repo, 'target', 'screenshots');
let out, browser;
const sites = {};

// Every page kind of the bundled site, by language.
const kinds = {
  home: (l) => `/${l}/`,
  section: (l) => `/${l}/rights/`,
  page: (l) => `/${l}/rights/if-you-are-alone/`,
  part: (l) => `/${l}/campaign/problem/`,
  directory: (l) => `/${l}/directory/`,
  entry: (l) => `/${l}/directory/gr/gr-emergency-response-mechanism/`,
  search: (l) => `/search/${l}/`,
  notfound: (l) => `/${l}/404.html`,
};

function build(name, root) {
  const dest = join(out, name);
  const built = spawnSync(binary, ['build', '--root', root, '--out', dest, '--quiet', '--host', 'cloudflare'], { encoding: 'utf8' });
  assert.equal(built.status, 0, built.stderr);
  return dest;
}

before(async () => {
  out = mkdtempSync(join(tmpdir(), 'waymark-layout-'));
  mkdirSync(shots, { recursive: true });
  sites.bundled = await serve(build('bundled', repo));
  sites.pashto = await serve(build('pashto', join(repo, 'tests', 'fixtures', 'pashto')));
  sites.wide = await serve(build('wide', join(repo, 'tests', 'fixtures', 'wide')));
  browser = await launch();
});

after(async () => {
  await browser?.close();
  for (const s of Object.values(sites)) s.close();
  if (out) rmSync(out, { recursive: true, force: true });
});

async function open(origin, path, { width = 360, height = 800, latency = 0 } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, isMobile: width < 600, hasTouch: width < 600 });
  // The quick exit's neutral page is on the internet, which this machine does not have.
  await context.route('https://**', (r) => r.fulfill({ body: '<!DOCTYPE html><title>x</title>', contentType: 'text/html' }));
  await context.addInitScript(() => {
    window.__cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const page = await context.newPage();
  if (latency) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    // Every request waits `latency` ms for its answer; 1.6 Mbit/s down, as a phone on 3G.
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false, latency, downloadThroughput: 200 * 1024, uploadThroughput: 96 * 1024,
    });
  }
  const response = await page.goto(origin + path, { waitUntil: 'load' });
  return { context, page, response };
}

// What one page measures at 360 × 800, after load.
async function measure(page) {
  return page.evaluate(async () => {
    await new Promise((ok) => setTimeout(ok, 300));
    const h1 = document.querySelector('h1');
    const rect = (el) => el.getBoundingClientRect();
    const visible = (el) => { const r = rect(el); return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden'; };
    const small = [];
    const check = (selector, min) => {
      for (const el of document.querySelectorAll(selector)) {
        if (!visible(el)) continue;
        const r = rect(el);
        if (r.height < min.h - 0.5 || r.width < min.w - 0.5) {
          small.push(`${el.tagName.toLowerCase()}.${el.className} "${el.textContent.trim().slice(0, 30)}" ${Math.round(r.width)}×${Math.round(r.height)} < ${min.w}×${min.h}`);
        }
      }
    };
    // Every control, with every menu open (a <details> shows its links only then).
    const details = [...document.querySelectorAll('details')];
    const targets = () => {
      check('button, input:not([type=hidden]), select, summary, .panel a, nav a, .choices a', { w: 24, h: 24 });
      check('.quick-exit, a[href^="tel:"]', { w: 44, h: 44 });
    };
    const overflow = () => document.documentElement.scrollWidth - document.documentElement.clientWidth;
    targets();
    let sideways = overflow();
    for (const d of details) { d.open = true; targets(); sideways = Math.max(sideways, overflow()); d.open = false; }
    const h1Top = h1 ? rect(h1).top + window.scrollY : null;
    const h1Count = document.querySelectorAll('h1').length;
    window.scrollTo(0, document.documentElement.scrollHeight);
    await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
    const exit = document.querySelector('.quick-exit');
    const e = exit && rect(exit);
    const exitInView = !!e && e.top >= 0 && e.bottom <= window.innerHeight && e.height >= 44;
    window.scrollTo(0, 0);
    return { h1Top, h1Count, small: [...new Set(small)], sideways, exitInView, cls: window.__cls };
  });
}

const cases = [];
for (const lang of ['en', 'ar']) {
  for (const [kind, path] of Object.entries(kinds)) cases.push({ site: 'bundled', kind, lang, path: path(lang) });
}
// Every other language's words in the top bar and menus (some run long: Ukrainian, Greek).
for (const lang of ['fa', 'fr', 'el', 'uk']) cases.push({ site: 'bundled', kind: 'home', lang, path: `/${lang}/` });
// Dari, Pashto and Urdu (Urdu in Nastaliq, whose tall lines push the heading down).
for (const lang of ['prs', 'ps', 'ur']) {
  for (const kind of ['home', 'page', 'part']) cases.push({ site: 'bundled', kind, lang, path: kinds[kind](lang) });
}
cases.push({ site: 'bundled', kind: 'chooser', lang: 'root', path: '/' });
cases.push({ site: 'bundled', kind: 'notfound', lang: 'root', path: '/no/such/page/' });
for (const [kind, path] of [['home', '/ps/'], ['section', '/ps/rights/'], ['page', '/ps/rights/asking-for-help/'], ['page', '/en/rights/asking-for-help/']]) {
  cases.push({ site: 'pashto', kind, lang: path.slice(1, 3), path });
}
for (const lang of ['en', 'ar']) cases.push({ site: 'wide', kind: 'page', lang, path: `/${lang}/wide/` });
// A list page in the middle of a long list: the links between list pages, gaps and all.
for (const lang of ['en', 'ar']) cases.push({ site: 'wide', kind: 'list', lang, path: `/${lang}/lists/page/4/` });

for (const c of cases) {
  test(`${c.site} ${c.kind} (${c.lang}) ${c.path} fits a phone`, async (t) => {
    const { origin } = sites[c.site];
    const { context, page } = await open(origin, c.path);
    const m = await measure(page);
    const name = `${c.site}-${c.kind}-${c.lang}`;
    await page.screenshot({ path: join(shots, `${name}-360.png`), fullPage: true });
    await context.close();
    t.diagnostic(`h1 at ${Math.round(m.h1Top)} px; sideways ${m.sideways} px; CLS ${m.cls}`);
    assert.equal(m.h1Count, 1, 'one <h1>');
    assert.ok(m.h1Top !== null && m.h1Top <= 300, `the <h1> starts at ${m.h1Top} px, below the first 300 px`);
    assert.ok(m.exitInView, 'the quick exit is in view, at least 44 px tall, after scrolling to the bottom');
    assert.deepEqual(m.small, [], 'controls too small to tap');
    assert.ok(m.sideways <= 0, `the page scrolls ${m.sideways} px sideways`);
    assert.equal(m.cls, 0, 'layout shift after load');

    const wide = await open(origin, c.path, { width: 1280 });
    await wide.page.screenshot({ path: join(shots, `${name}-1280.png`) });
    const sideways = await wide.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await wide.context.close();
    assert.ok(sideways <= 0, `at 1280 px the page scrolls ${sideways} px sideways`);
  });
}

// A 300-character code line, a long URL and word and a 12-column table: the page stays
// 360 px wide, and the code block scrolls inside itself, left to right in both directions,
// starting at its first character.
for (const lang of ['en', 'ar']) {
  test(`a long code line scrolls inside its block, from its start (${lang})`, async () => {
    const { context, page } = await open(sites.wide.origin, `/${lang}/wide/`);
    const m = await page.evaluate(() => {
      const pre = document.querySelector('pre');
      const code = pre.querySelector('code');
      const style = getComputedStyle(pre);
      const start = code.getBoundingClientRect().left - pre.getBoundingClientRect().left;
      pre.scrollLeft = pre.scrollWidth;
      const scrolled = pre.scrollLeft;
      return { direction: style.direction, overflow: style.overflowX, start, scrolled,
        wider: pre.scrollWidth - pre.clientWidth, length: code.textContent.trim().length };
    });
    await context.close();
    assert.ok(m.length >= 300, `the code line has ${m.length} characters`);
    assert.equal(m.direction, 'ltr');
    assert.equal(m.overflow, 'auto');
    assert.ok(m.wider > 0, 'the line is wider than its block');
    assert.ok(m.start >= 0 && m.start < 24, `the line starts ${m.start} px from the block's left edge`);
    assert.ok(m.scrolled >= m.wider - 1, `the block scrolls to the line's end (${m.scrolled} of ${m.wider} px)`);
  });
}

// Every letter drawn by a font made for the script: Debian chromium's own fonts lack
// Pashto's ۍ and Urdu's ہ and ے, and a word drawn partly in a fallback font does not join.
// Urdu is read in Nastaliq, first in the list where the phone has it (fonts-noto-core here).
for (const [lang, family] of [['ar', 'Noto Sans Arabic'], ['fa', 'Noto Sans Arabic'], ['prs', 'Noto Sans Arabic'],
  ['ps', 'Noto Sans Arabic'], ['ur', 'Noto Nastaliq Urdu']]) {
  test(`${lang} headings and paragraphs are drawn in ${family} alone`, async () => {
    const { context, page } = await open(sites.bundled.origin, `/${lang}/rights/your-rights/`);
    const cdp = await context.newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    for (const selector of ['h1', 'main h2', 'main p']) {
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      assert.deepEqual([...new Set(fonts.map((f) => f.familyName))], [family], `${selector}: ${JSON.stringify(fonts)}`);
    }
    await context.close();
  });
}

// First paint in one round trip: the page's own styles are inline, scripts are deferred.
for (const path of ['/en/', '/ar/campaign/problem/', '/ar/directory/', '/']) {
  test(`first contentful paint of ${path} over a 1-second link is one round trip`, async (t) => {
    const { context, page } = await open(sites.bundled.origin, path, { latency: 1000 });
    const fcp = await page.evaluate(() => new Promise((ok) => {
      new PerformanceObserver((list) => {
        const e = list.getEntriesByName('first-contentful-paint')[0];
        if (e) ok(e.startTime);
      }).observe({ type: 'paint', buffered: true });
    }));
    await context.close();
    t.diagnostic(`first contentful paint at ${Math.round(fcp)} ms`);
    assert.ok(fcp < 1900, `first contentful paint at ${Math.round(fcp)} ms`);
  });
}

test('the Get help button reaches the numbers without JavaScript: two taps to a call', async () => {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 }, isMobile: true, hasTouch: true, javaScriptEnabled: false });
  const page = await context.newPage();
  for (const lang of ['en', 'ar']) {
    await page.goto(`${sites.bundled.origin}/${lang}/rights/your-rights/`);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.tap('.get-help summary');
    const call = page.locator('.get-help .help-call[href="tel:112"]');
    assert.ok(await call.isVisible(), `${lang}: 112 is shown after one tap`);
    const box = await call.boundingBox();
    assert.ok(box.y >= 0 && box.y + box.height <= 800, `${lang}: the call button is in view`);
    // The page on hiding a visit is linked beside the quick exit's explanation.
    const guide = await page.getAttribute('.get-help .exit-note a', 'href');
    assert.equal(guide, `/${lang}/hide-your-visit/`);
  }
  await context.close();
});
