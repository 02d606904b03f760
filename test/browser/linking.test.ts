import { describe, expect, it } from 'vitest';
import type { RecordedCall } from '../../src/dev/fake-line-api';
import { signLineBody } from '../../src/line/signature';
import { maskSellerId } from '../../src/sellers/links';
import { screenshot, useDevServerAndBrowser } from './support/browser';
import { deliveredTo, waitForCalls } from './support/line-calls';

const PORT = 8791;
const SECRET = 'dev-channel-secret';
const USER = `Ubrowser${Date.now().toString(36)}`;
const SELLER = 'A2BROWSERTEST9';

const harness = useDevServerAndBrowser(PORT);

const base = () => ({
  mode: 'active',
  timestamp: Date.now(),
  source: { type: 'user', userId: USER },
  webhookEventId: `01B${Math.random().toString(36).slice(2)}`,
  deliveryContext: { isRedelivery: false },
  replyToken: `${USER}.${Math.random().toString(36).slice(2)}`,
});

/** Posts one event as LINE would: signed with the channel secret. */
async function postEvent(event: object): Promise<void> {
  const raw = JSON.stringify({ destination: 'Udevbot', events: [event] });
  const res = await fetch(`${harness.server().url}/webhook`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-line-signature': await signLineBody(SECRET, raw) },
    body: raw,
  });
  expect(res.status).toBe(200);
}

/** The next message the fake LINE API delivers to our user after the `count` it had: the bot answers after the webhook's 200. */
const nextDelivery = (count: number, what: string): Promise<RecordedCall> =>
  waitForCalls(() => deliveredTo(harness.server().url, USER), (calls) => calls[count], what);

const find = (node: unknown, match: (n: Record<string, unknown>) => boolean): Record<string, unknown>[] => {
  if (Array.isArray(node)) return node.flatMap((n) => find(n, match));
  if (!node || typeof node !== 'object') return [];
  const record = node as Record<string, unknown>;
  return [...(match(record) ? [record] : []), ...Object.values(record).flatMap((v) => find(v, match))];
};

describe('linking in a browser against wrangler dev', () => {
  it('follow → the greeting’s login button → dev consent → LINE dialog → 連携済み in the chat', async () => {
    await postEvent({ ...base(), type: 'follow', follow: { isUnblocked: false } });
    const greeting = await nextDelivery(0, 'the greeting');
    // The greeting carries the login button itself (a link token issued at follow).
    const [login] = find(greeting.body, (n) => n.type === 'uri' && String(n.uri).includes('/link?linkToken='));
    expect(login, 'the greeting offers セラーセントラルでログイン').toBeDefined();

    const page = await harness.browser().newPage({ viewport: { width: 390, height: 844 }, locale: 'ja-JP' });
    await page.goto(String(login!.uri));
    await page.waitForURL(/\/dev\/seller-central\/apps\/authorize\/consent/);
    await screenshot(page, 'linking-1-consent');
    await page.fill('input[name="seller_id"]', SELLER);
    await page.click('button:has-text("同意")');

    await page.waitForURL(/\/dev\/line\/account-link\?linkToken=.+&nonce=.+/);
    await screenshot(page, 'linking-2-line-dialog');
    await page.click('button[value="ok"]');
    await page.waitForSelector('h1:has-text("連携済み")');
    await screenshot(page, 'linking-3-linked');

    const reply = await nextDelivery(1, 'the linked notice');
    const text = JSON.stringify(reply.body);
    expect(text).toContain('連携済み');
    expect(text).toContain(maskSellerId(SELLER));
    expect(text).not.toContain(SELLER);
    await page.close();
  });
});
