import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
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
export interface DevServerAndBrowser {
  server: () => DevServer;
  browser: () => Browser;
}

export function useDevServerAndBrowser(port: number): DevServerAndBrowser {
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

export interface Simulator {
  context: BrowserContext;
  page: Page;
  /** Uncaught errors of the page; a working simulator has none. */
  errors: string[];
}

/** A fresh browser profile in `locale` on the simulator page, once it is ready: a new simulated user with an empty chat. */
export async function openSimulator(harness: DevServerAndBrowser, locale: 'ja-JP' | 'en-US', wait: { timeout: number }): Promise<Simulator> {
  const context = await harness.browser().newContext({ locale, viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${harness.server().url}/dev`);
  await page.locator('body[data-ready="true"]').waitFor(wait);
  return { context, page, errors };
}
