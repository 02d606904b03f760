import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../../scripts/lib/chromium';
import { startDevServer, type DevServer } from './dev-server';

export const ARTIFACTS = join(process.cwd(), 'test-results', 'screenshots');

/** Keeps a screenshot as a test artifact under test-results/screenshots. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/**
 * One fresh `wrangler dev` and one Chromium for a test file, started before its tests and
 * stopped after them.
 */
export function useDevServerAndBrowser(port: number): { server: () => DevServer; browser: () => Browser } {
  let server: DevServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startDevServer(port);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  const ready = <T>(value: T | undefined, what: string): T => {
    if (!value) throw new Error(`${what} is not started`);
    return value;
  };
  return { server: () => ready(server, 'dev server'), browser: () => ready(browser, 'browser') };
}
