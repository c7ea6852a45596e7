// Screenshots for reviewing pages by eye (not a test): node tests/browser/shot.mjs SITE OUT PATH...
// Each path at 360 px and 1280 px wide, full page.
import { serve, launch } from './harness.mjs';
const [root, out, ...paths] = process.argv.slice(2);
const server = await serve(root);
const browser = await launch();
for (const path of paths) {
  for (const width of [360, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    await page.goto(server.origin + path);
    const name = `${out}/${path.replace(/[^a-z0-9]+/gi, '_')}_${width}.png`;
    await page.screenshot({ path: name, fullPage: width === 360 });
    console.log(name);
    await page.close();
  }
}
await browser.close();
server.close();
