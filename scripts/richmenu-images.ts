/**
 * Renders every rich menu of content/richmenus.ts to assets/richmenus/<alias>.png in headless
 * Chromium (scripts/lib/chromium.ts finds it), with the labels in the Noto Sans JP the project
 * ships, at the menu's exact size, and refuses an image LINE would reject.
 *
 *   npm run richmenu:images
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { RICH_MENUS } from '../content/richmenus';
import { launchChromium } from './lib/chromium';
import { MAX_RICH_MENU_IMAGE_BYTES, RICH_MENU_IMAGE_DIR, richMenuImagePath } from './lib/richmenu-assets';
import { richMenuHtml } from './lib/richmenu-html';

async function main(): Promise<void> {
  mkdirSync(RICH_MENU_IMAGE_DIR, { recursive: true });
  // The same Chromium the browser tests drive.
  const browser = await launchChromium();
  let failed = false;
  try {
    for (const menu of RICH_MENUS) {
      const page = await browser.newPage({ viewport: { ...menu.size }, deviceScaleFactor: 1 });
      await page.setContent(await richMenuHtml(menu), { waitUntil: 'load' });
      if ((await page.evaluate('labelsReady')) !== true) throw new Error(`${menu.aliasId}: the label font did not load; no image written`);
      const png = await page.screenshot({ type: 'png', clip: { x: 0, y: 0, ...menu.size }, omitBackground: false });
      await page.close();
      const path = richMenuImagePath(menu);
      if (png.byteLength > MAX_RICH_MENU_IMAGE_BYTES) {
        console.error(`${menu.aliasId}: ${png.byteLength} bytes is over LINE's 1 MB limit; not written`);
        failed = true;
        continue;
      }
      writeFileSync(path, png);
      console.log(`${relative(process.cwd(), path)}  ${menu.size.width}x${menu.size.height}  ${png.byteLength} bytes`);
    }
  } finally {
    await browser.close();
  }
  if (failed) process.exit(1);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
