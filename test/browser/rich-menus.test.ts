import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { QUIET_WRANGLER } from '../../scripts/lib/wrangler-dev';
import { maskSellerId } from '../../src/sellers/links';
import { openSimulator, screenshot, useDevServerAndBrowser } from './support/browser';

// Its own dev server: the deployed menus change what every other simulator test would see.
const PORT = 8794;
const WAIT = { timeout: 20_000 };

const harness = useDevServerAndBrowser(PORT);

/** `npm run richmenu:deploy` against the dev server's fake LINE API, as the README rehearses it. */
function deployRichMenus(): Promise<string> {
  const lineApi = `${harness.server().url}/dev/line-api`;
  const child = spawn('npx', ['tsx', 'scripts/richmenu-deploy.ts'], {
    env: { ...process.env, ...QUIET_WRANGLER, LINE_CHANNEL_ACCESS_TOKEN: 'dev-channel-access-token', LINE_API_BASE_URL: lineApi, LINE_DATA_API_BASE_URL: lineApi },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  return new Promise((resolve, reject) =>
    child.on('close', (code) => (code === 0 ? resolve(output) : reject(new Error(`richmenu:deploy exited with ${code}:\n${output}`)))),
  );
}

interface FakeLineState {
  aliases: Record<string, string>;
  userRichMenus: Record<string, string>;
}

const fakeLineState = async (): Promise<FakeLineState> => (await fetch(`${harness.server().url}/dev/line-api/control/state`)).json() as Promise<FakeLineState>;

async function openEnglishUser(): Promise<{ page: Page; userId: string; errors: string[]; close(): Promise<void> }> {
  const { context, page, errors } = await openSimulator(harness, 'en-US', WAIT);
  await page.selectOption('#new-user-lang', 'en');
  await page.click('#add-user');
  const userId = await page.locator('#user-select').inputValue();
  await page.click('#follow');
  await page.locator('.row.bot', { hasText: 'Log in to Seller Central' }).waitFor(WAIT);
  return { page, userId, errors, close: () => context.close() };
}

/** The menu under the chat: drawn from its deployed image, for the alias we expect. */
async function expectMenuImage(page: Page, aliasId: string): Promise<void> {
  const grid = page.locator('.rich-menu-grid');
  await expect.poll(() => grid.getAttribute('data-alias'), WAIT).toBe(aliasId);
  expect(await grid.getAttribute('data-drawn')).toBe('image');
  const richMenuId = (await fakeLineState()).aliases[aliasId];
  expect(await grid.getAttribute('data-rich-menu-id')).toBe(richMenuId);
  // The picture on screen is the image deployed for that alias, and it loaded.
  const image = page.locator('.rich-menu-image');
  await expect.poll(() => image.evaluate((img) => (img as unknown as { complete: boolean; naturalWidth: number }).complete && (img as unknown as { naturalWidth: number }).naturalWidth), WAIT).toBe(2500);
  const served = await fetch(new URL((await image.getAttribute('src'))!, harness.server().url));
  expect(served.headers.get('content-type')).toBe('image/png');
  expect(Buffer.from(await served.arrayBuffer()).equals(readFileSync(`assets/richmenus/${aliasId}.png`))).toBe(true);
}

describe('the deployed rich menus in the simulator', () => {
  beforeAll(async () => {
    expect(await deployRichMenus()).toContain('created 4 of 4 menus');
  });

  // Needs the bot to link the user's menu at follow (issue 13, "menus per user, always").
  it('a new English user who follows sees the English unlinked menu, with its tap areas', async () => {
    const { page, userId, errors, close } = await openEnglishUser();
    await expect.poll(async () => (await fakeLineState()).userRichMenus[userId], WAIT).toBe((await fakeLineState()).aliases['unlinked-en']);
    await expectMenuImage(page, 'unlinked-en');
    // The tap areas lie on the image, named for screen readers and tooltips; a tap sends its postback.
    const linkArea = page.locator('.rich-menu-area[aria-label="Link account"]');
    expect(await linkArea.count()).toBe(1);
    await screenshot(page, 'rich-menu-unlinked-en');
    await linkArea.click();
    await page.locator('.row.bot', { hasText: 'Log in to Seller Central' }).waitFor(WAIT);
    expect(errors).toEqual([]);
    await close();
  });

  it('an English user who links sees the English linked menu', async () => {
    const { page, errors, close } = await openEnglishUser();
    const seller = 'A1ENGLISHMENU1';
    // Linking as a seller does: the greeting's login button, the dev consent page, LINE's dialog.
    const loginCard = page.locator('.row.bot', { hasText: 'Log in to Seller Central' }).last();
    await loginCard.waitFor(WAIT);
    const [tab] = await Promise.all([page.context().waitForEvent('page'), loginCard.locator('.fx-button[data-action="uri"]').click()]);
    await tab.locator('#seller_id').waitFor(WAIT);
    await tab.fill('#seller_id', seller);
    await tab.click('form button[type="submit"]');
    await tab.locator('button[value="ok"]').waitFor(WAIT);
    await tab.click('button[value="ok"]');
    await tab.locator('h1').waitFor(WAIT);
    await tab.close();
    await page.locator('.row.bot', { hasText: maskSellerId(seller) }).waitFor(WAIT);

    await expectMenuImage(page, 'linked-en');
    expect(await page.locator('.rich-menu-area[aria-label="Alert settings"]').count()).toBe(1);
    await screenshot(page, 'rich-menu-linked-en');
    expect(errors).toEqual([]);
    await close();
  });
});
