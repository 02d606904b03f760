/**
 * Deploys the rich menus of content/richmenus.ts with their images from assets/richmenus/
 * (run `npm run richmenu:images` first when the menus change). Safe to run again: menus that
 * have not changed are left alone.
 *
 *   npm run richmenu:deploy [-- --dry-run]
 *
 * Reads LINE_CHANNEL_ACCESS_TOKEN, LINE_API_BASE_URL and LINE_DATA_API_BASE_URL from the
 * environment (defaults: LINE's hosts), so it can run against the dev fake LINE API.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { RICH_MENUS } from '../content/richmenus';
import { describeError, lineChannel, lineConfigFromEnv } from './lib/line-channel';
import { MAX_RICH_MENU_IMAGE_BYTES, richMenuImagePath } from './lib/richmenu-assets';
import { deployRichMenus } from './lib/richmenu-deployer';

function readImage(menu: (typeof RICH_MENUS)[number]): Uint8Array {
  const path = richMenuImagePath(menu);
  let image: Uint8Array;
  try {
    image = readFileSync(path);
  } catch {
    throw new Error(`${path} is missing; run \`npm run richmenu:images\` first`);
  }
  if (image.byteLength > MAX_RICH_MENU_IMAGE_BYTES) throw new Error(`${path} is ${image.byteLength} bytes; LINE accepts at most 1 MB`);
  return image;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { 'dry-run': { type: 'boolean', default: false } } });
  const line = lineChannel(lineConfigFromEnv());
  const result = await deployRichMenus({ line, menus: RICH_MENUS, readImage, dryRun: values['dry-run'], print: (l) => console.log(l) });
  const created = result.menus.filter((m) => m.action === 'created').length;
  const verb = result.dryRun ? 'would create' : 'created';
  console.log(
    `${verb} ${created} of ${result.menus.length} menus, default ${result.dryRun && result.defaultMenu.action === 'set' ? 'would be set' : result.defaultMenu.action}, ${result.dryRun ? 'would delete' : 'deleted'} ${result.deleted.length} older version(s)` +
      (result.dryRun ? '; nothing was changed' : ''),
  );
}

main().catch((err: unknown) => {
  console.error(`richmenu:deploy failed: ${describeError(err)}`);
  process.exit(1);
});
