// Browser tests of the bundled site, in Debian's chromium driven by playwright-core, at a
// phone viewport, in a left-to-right and a right-to-left language. Run by `.ci/run`
// (after `cargo test` has built target/debug/waymark): node --test tests/browser/
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, launch, phone as newPhone } from './harness.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const binary = join(repo, 'target', 'debug', 'waymark');
const NEUTRAL = 'https://www.google.com/search?q=weather';
let out, server, origin, browser;

before(async () => {
  out = mkdtempSync(join(tmpdir(), 'waymark-browser-'));
  const built = spawnSync(binary, ['build', '--root', repo, '--out', join(out, 'site'), '--quiet'], { encoding: 'utf8' });
  assert.equal(built.status, 0, built.stderr);
  server = await serve(join(out, 'site'));
  origin = server.origin;
  browser = await launch();
});

after(async () => {
  await browser?.close();
  server?.close();
  if (out) rmSync(out, { recursive: true, force: true });
});

async function phone(options = {}) {
  const context = await newPhone(browser, options);
  // The neutral page of the quick exit, answered here: the machine has no internet.
  await context.route('https://www.google.com/**', (r) => r.fulfill({ body: '<!DOCTYPE html><title>Weather</title><p>Weather</p>', contentType: 'text/html' }));
  return context;
}

for (const lang of ['en', 'ar']) {
  test(`${lang}: no request leaves the site and nothing scrolls sideways`, async () => {
    const context = await phone();
    const page = await context.newPage();
    const foreign = [];
    page.on('request', (r) => { if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) foreign.push(r.url()); });
    for (const path of [`/${lang}/`, `/${lang}/directory/`, `/${lang}/campaign/problem/`, `/${lang}/rights/your-rights/`, '/']) {
      await page.goto(origin + path, { waitUntil: 'load' });
      const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(wide <= 0, `${path} scrolls sideways by ${wide}px`);
      if (path !== '/') assert.equal(await page.getAttribute('html', 'dir'), lang === 'ar' ? 'rtl' : 'ltr');
    }
    assert.deepEqual(foreign, []);
    assert.deepEqual(context.violations, [], 'the pages break their own Content-Security-Policy');
    await context.close();
  });

  test(`${lang}: the quick exit leaves by click and Back does not return`, async () => {
    const context = await phone();
    const page = await context.newPage();
    await page.goto(`${origin}/${lang}/`);
    await page.goto(`${origin}/${lang}/rights/your-rights/`);
    await page.click('a.quick-exit');
    await page.waitForURL(NEUTRAL);
    await page.goBack();
    assert.equal(page.url(), `${origin}/${lang}/`, 'Back returned to the page that was left');
    await context.close();
  });

  test(`${lang}: the quick exit stays in view, in a landmark, however far the page scrolls`, async () => {
    const context = await phone();
    const page = await context.newPage();
    for (const path of [`/${lang}/rights/asking-for-help/`, `/${lang}/directory/`]) {
      await page.goto(origin + path);
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      const box = await page.evaluate(() => {
        const r = document.querySelector('a.quick-exit').getBoundingClientRect();
        return { top: r.top, bottom: r.bottom, height: r.height, scrolled: window.scrollY, inside: !!document.querySelector('a.quick-exit').closest('nav[aria-label]') };
      });
      assert.ok(box.scrolled > 500, `${path} did not scroll (${box.scrolled}px)`);
      assert.ok(box.top >= 0 && box.bottom <= 740, `${path}: the quick exit is at ${box.top}-${box.bottom}px after scrolling`);
      assert.ok(box.height >= 44, `${path}: the quick exit is ${box.height}px tall`);
      assert.ok(box.inside, `${path}: the quick exit is outside a labelled landmark`);
    }
    await context.close();
  });

  test(`${lang}: the quick exit leaves with Escape pressed twice`, async () => {
    const context = await phone();
    const page = await context.newPage();
    await page.goto(`${origin}/${lang}/`);
    await page.goto(`${origin}/${lang}/directory/`);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.waitForURL(NEUTRAL);
    await page.goBack();
    assert.equal(page.url(), `${origin}/${lang}/`);
    await context.close();
  });
}

test('the directory filter works with JavaScript', async () => {
  const context = await phone();
  const page = await context.newPage();
  await page.goto(`${origin}/en/directory/`);
  await page.click('.directory-filter summary');
  assert.ok(await page.isVisible('.directory-filter form'));
  assert.equal(await page.isVisible('.directory-filter .filter-nojs'), false);
  await page.selectOption('.directory-filter select[name=country]', 'GR');
  const countries = await page.$$eval('.entries .entry:not([hidden])', (els) => els.map((e) => e.dataset.country));
  assert.ok(countries.length > 0);
  assert.ok(countries.every((c) => c === 'GR'), countries.join());
  await context.close();
});

test('the directory filter works without JavaScript, through country pages', async () => {
  const context = await phone({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${origin}/en/directory/`);
  await page.click('.directory-filter summary');
  assert.equal(await page.isVisible('.directory-filter form'), false);
  assert.ok(await page.isVisible('.directory-filter .filter-nojs'));
  await page.click('.directory-nav a[href="/en/directory/gr/"]');
  await page.waitForURL(`${origin}/en/directory/gr/`);
  const countries = await page.$$eval('.entries .entry', (els) => els.map((e) => e.dataset.country));
  assert.ok(countries.length > 0 && countries.every((c) => c === 'GR'), countries.join());
  // The numbers are there to call, without any script.
  assert.ok(await page.$('a[href="tel:112"]'));
  await context.close();
});

for (const lang of ['en', 'ar']) {
  test(`${lang}: after one visit, the home and the directory open offline with their numbers`, async () => {
    const context = await phone();
    const page = await context.newPage();
    await page.goto(`${origin}/${lang}/`);
    // Wait until the service worker has kept this language's pages.
    const deadline = Date.now() + 15000;
    let kept = 0;
    while (Date.now() < deadline) {
      kept = await page.evaluate(async (l) => {
        const names = (await caches.keys()).filter((k) => k.startsWith('waymark-' + l + '-'));
        if (!names.length) return 0;
        return (await (await caches.open(names[0])).keys()).length;
      }, lang);
      if (kept > 5) break;
      await page.waitForTimeout(200);
    }
    assert.ok(kept > 5, `only ${kept} files kept`);
    await context.setOffline(true);
    for (const path of [`/${lang}/`, `/${lang}/directory/`, `/${lang}/rights/asking-for-help/`]) {
      await page.goto(origin + path);
      assert.ok(await page.$('a[href="tel:112"]'), `${path} offline has no 112`);
      assert.equal(await page.getAttribute('html', 'lang'), lang);
    }
    // A page that was not kept: the offline page, with the numbers.
    await page.goto(`${origin}/${lang}/campaign/problem/`);
    assert.ok(await page.$('a[href="tel:116111"]'));
    assert.match(await page.textContent('h1'), /.+/);
    await context.close();
  });
}

test('the live opening status is computed in the browser, and absent without JavaScript', async () => {
  const path = '/en/directory/gr/gr-emergency-response-mechanism/';
  const withJs = await phone({ timezoneId: 'Europe/Athens' });
  let page = await withJs.newPage();
  await page.goto(origin + path);
  await page.waitForSelector('.open-status:not([hidden])');
  const text = await page.textContent('.open-status');
  // The time as the page's language writes it (CLDR, through the browser's Intl).
  assert.match(text, /^(Open now · Closes at \d{1,2}:\d\d\s[AP]M|Closed now · Opens \S+ at \d{1,2}:\d\d\s[AP]M)$/);
  await withJs.close();
  const noJs = await phone({ javaScriptEnabled: false });
  page = await noJs.newPage();
  await page.goto(origin + path);
  assert.equal(await page.isVisible('.open-status'), false);
  // The hours are there either way, in words, as a table of the week; never the raw
  // opening_hours syntax.
  const rows = await page.$$eval('.hours-table tr', (trs) => trs.map((tr) => [...tr.cells].map((c) => c.textContent.replace(/\s+/g, ' ').trim()).join(' | ')));
  assert.equal(rows.length, 7);
  assert.match(rows[0], /^Monday \| 8:00\sAM\s?–\s?10:00\sPM$/);
  assert.match(rows[6], /^Sunday \| Closed$/);
  assert.doesNotMatch(await page.textContent('main'), /Mo-Fr/);
  await noJs.close();
});

// Every number is a call button a thumb can hit: at least 44 px tall, and it dials the
// international number (or the short code), on an entry's page and on a content page that
// embeds the entry's card, left to right and right to left.
for (const lang of ['en', 'ar']) {
  test(`${lang}: every tel: link is a call button at least 44 px tall that dials the international number`, async () => {
    const context = await phone();
    const page = await context.newPage();
    for (const path of [`/${lang}/directory/gr/gr-emergency-response-mechanism/`, `/${lang}/rights/if-you-are-alone/`]) {
      await page.goto(origin + path);
      const links = await page.$$eval('a[href^="tel:"]', (as) => as.map((a) => {
        const box = a.getBoundingClientRect();
        return { href: a.getAttribute('href'), height: box.height, text: a.textContent.replace(/\s+/g, ' ').trim() };
      }));
      assert.ok(links.length >= 3, `${path}: ${links.length} tel: links`);
      for (const l of links) {
        assert.ok(l.height >= 44, `${path}: ${l.href} "${l.text}" is ${l.height}px tall`);
        assert.match(l.href, /^tel:(\+\d{8,15}|\d{3,6})$/, `${path}: ${l.href}`);
      }
      // The Greek mechanism dials +30 from any SIM; its card is on the content page too.
      assert.ok(links.some((l) => l.href === 'tel:+302132128888' && l.text.includes('+30 21 3212 8888')), `${path}: ${JSON.stringify(links)}`);
    }
    await context.close();
  });
}

for (const lang of ['en', 'ar', 'fa']) {
  test(`${lang}: the drawn posters load, and their text stays inside them`, async () => {
    const context = await phone();
    const page = await context.newPage();
    await page.goto(`${origin}/${lang}/campaign/`);
    const images = await page.$$eval('ol.parts img', (imgs) => Promise.all(imgs.map(async (img) => {
      img.loading = 'eager';
      await img.decode().catch(() => {});
      return { src: img.getAttribute('src'), width: img.naturalWidth };
    })));
    assert.equal(images.length, 3);
    for (const { src, width } of images) {
      assert.match(src, new RegExp(`^/${lang}/campaign/[^/]+/waymark/poster\\.svg$`));
      assert.ok(width > 0, `${src} does not load`);
      // The poster itself: every text inside the picture, in the fonts this machine has.
      await page.goto(origin + src);
      const { box, texts } = await page.evaluate(() => {
        const svg = document.documentElement;
        const box = svg.viewBox.baseVal;
        return {
          box: { width: box.width, height: box.height },
          texts: [...svg.querySelectorAll('text')].map((t) => {
            const b = t.getBBox();
            return { text: t.textContent, x: b.x, y: b.y, right: b.x + b.width, bottom: b.y + b.height };
          }),
        };
      });
      for (const t of texts) {
        assert.ok(t.x >= 0 && t.y >= 0 && t.right <= box.width && t.bottom <= box.height,
          `${src}: "${t.text}" leaves the poster: ${JSON.stringify(t)}`);
      }
      await page.goto(`${origin}/${lang}/campaign/`);
    }
    assert.deepEqual(context.violations, [], 'the posters break the Content-Security-Policy');
    await context.close();
  });
}

// Help first (issue 19): on every language's home page the first call button comes before
// any agency's name, and within the first screen of a phone.
for (const lang of ['en', 'ar', 'fa', 'prs', 'ps', 'ur', 'fr', 'el', 'uk']) {
  test(`${lang}: the home page's first call button comes before any agency's name`, async () => {
    const context = await phone();
    const page = await context.newPage();
    await page.goto(`${origin}/${lang}/`);
    const found = await page.evaluate(() => {
      const main = document.querySelector('main');
      const call = main.querySelector('a[href^="tel:"]');
      const agencies = /UNODC|UNICEF|UNHCR|OHCHR|OSCE|ICAT|IOM|OSRSG/;
      const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
      let name = null;
      while (walker.nextNode()) if (agencies.test(walker.currentNode.data)) { name = walker.currentNode; break; }
      const who = document.getElementById('who-made-this-campaign');
      const before = (a, b) => !b || Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
      return { call: Boolean(call), top: call?.getBoundingClientRect().top, beforeName: call && before(call, name),
        beforeWho: call && before(call, who), who: Boolean(who), name: Boolean(name) };
    });
    await context.close();
    assert.ok(found.call, 'a call button on the home page');
    // The section that names the agencies (in Arabic and Farsi without their acronyms).
    assert.ok(found.who, `the home page has its section on who made the campaign: ${JSON.stringify(found)}`);
    assert.ok(found.beforeName && found.beforeWho, `the call button comes first: ${JSON.stringify(found)}`);
    assert.ok(found.top < 800, `the first call button is ${found.top} px down, below the first screen`);
  });
}
