import { runInDurableObject } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { alertTypes } from '../../content/alerts';
import { retryKeyFor } from '../../src/line/retry-key';
import { sellerAccount } from '../../src/sellers/links';
import type { SellerAccount } from '../../src/sellers/seller-account';
import { linkedSeller, newSellerId, pushesByRetryKey, settled } from '../alerts/support';
import { accountStatusChanged, amazonEvent, listingIssuesChange, listingStatusChange } from '../support/amazon-notifications';
import { messagesTo, visibleText } from '../support/fake-line';
import { alertsOf, postAmazonEvent, settledAlertsOf } from './support';

interface EventAnswer {
  status?: string;
  alerts?: { id: string; status: string }[];
  windowed?: number;
  error?: string;
  details?: string[];
}

/** Listing changes are gathered for this long in these tests (three minutes in production). */
const WINDOW_MS = 4000;

async function send(detail: Record<string, unknown>): Promise<{ status: number; json: EventAnswer }> {
  const res = await postAmazonEvent(amazonEvent(detail), { env: { AMAZON_LISTING_WINDOW_MS: String(WINDOW_MS) } });
  return { status: res.status, json: await res.json() };
}

/** Whether the seller's object has an alarm left to run (a window still open, an alert still to hand in). */
const hasAlarm = (sellerId: string) => runInDurableObject(sellerAccount(env, sellerId), async (_instance, state) => (await state.storage.getAlarm()) !== null);

afterEach(() => vi.restoreAllMocks());

describe('POST /sources/amazon/events: ACCOUNT_STATUS_CHANGED', () => {
  it('brings a change to AT_RISK to the linked seller’s chat as the account-at-risk alert', async () => {
    const { sellerId, userId } = await linkedSeller();
    const { status, json } = await send(accountStatusChanged(sellerId, 'NORMAL', 'AT_RISK'));
    expect(status).toBe(200);
    expect(json.status).toBe('accepted');
    expect(json.alerts).toHaveLength(1);
    const [record] = await settled([json.alerts![0]!.id]);
    expect(record).toMatchObject({ sellerId, type: 'account-at-risk', status: 'delivered' });
    expect(record!.idempotencyKey).toMatch(/^spapi-notification:/);
    const shown = visibleText(await messagesTo(userId));
    expect(shown).toContain(alertTypes['account-at-risk'].title.ja);
  });

  it('alerts once for a notification delivered twice, one after the other or at the same time', async () => {
    const { sellerId, userId } = await linkedSeller();
    const notification = accountStatusChanged(sellerId, 'NORMAL', 'DEACTIVATED');
    const first = await send(notification);
    const again = await send(notification);
    expect(again.status).toBe(200);
    expect(again.json.status).toBe('duplicate');
    expect(again.json.alerts!.map((a) => a.id)).toEqual(first.json.alerts!.map((a) => a.id));

    const racing = accountStatusChanged(sellerId, 'DEACTIVATED', 'AT_RISK');
    const answers = await Promise.all([send(racing), send(racing), send(racing)]);
    expect(answers.map((a) => a.json.status).sort()).toEqual(['accepted', 'duplicate', 'duplicate']);
    expect(new Set(answers.map((a) => a.json.alerts![0]!.id)).size).toBe(1);

    const records = await settledAlertsOf(sellerId, 2);
    expect(records.map((r) => [r.type, r.status])).toEqual([
      ['account-suspended', 'delivered'],
      ['account-at-risk', 'delivered'],
    ]);
    const pushes = await pushesByRetryKey(userId);
    expect(pushes.size).toBe(2);
    for (const record of records) expect(pushes.get(await retryKeyFor(record.id))).toHaveLength(1);
  });

  it('sends nothing for a return to NORMAL, and alerts again when the account relapses', async () => {
    const { sellerId } = await linkedSeller();
    expect((await send(accountStatusChanged(sellerId, 'NORMAL', 'AT_RISK'))).json.alerts).toHaveLength(1);
    expect((await send(accountStatusChanged(sellerId, 'AT_RISK', 'AT_RISK'))).json.alerts).toEqual([]);
    const back = await send(accountStatusChanged(sellerId, 'AT_RISK', 'NORMAL'));
    expect(back).toMatchObject({ status: 200, json: { status: 'accepted', alerts: [] } });
    expect((await send(accountStatusChanged(sellerId, 'NORMAL', 'AT_RISK'))).json.alerts).toHaveLength(1);
    expect((await settledAlertsOf(sellerId, 2)).map((r) => r.type)).toEqual(['account-at-risk', 'account-at-risk']);
  });

  it('stores the alert of a seller nobody linked as skipped: not-linked', async () => {
    const sellerId = newSellerId();
    const { json } = await send(accountStatusChanged(sellerId, 'NORMAL', 'DEACTIVATED'));
    const [record] = await settled([json.alerts![0]!.id]);
    expect(record).toMatchObject({ type: 'account-suspended', status: 'skipped', reason: 'not-linked' });
  });
});

describe('POST /sources/amazon/events: listing changes', () => {
  it('gathers several changes of one seller into one alert when the window ends, the most severe type', async () => {
    const { sellerId, userId } = await linkedSeller();
    const notifications = [
      listingIssuesChange(sellerId, { Sku: 'SKU-RISK', Severities: ['ERROR'], EnforcementActions: ['SEARCH_SUPPRESSED'] }, { eventTime: '2026-02-05T10:00:00Z' }),
      listingStatusChange(sellerId, ['DISCOVERABLE'], { sku: 'SKU-GONE', eventTime: '2026-02-05T10:01:00Z' }),
      listingIssuesChange(sellerId, { Sku: 'SKU-DOWN', Severities: ['ERROR'], EnforcementActions: ['LISTING_SUPPRESSED'] }, { eventTime: '2026-02-05T10:02:00Z' }),
    ];
    // Different listings: their order does not matter, and sent together they surely share one window.
    const answers = await Promise.all(notifications.map(send));
    expect(answers.map((a) => [a.status, a.json.status, a.json.alerts, a.json.windowed])).toEqual(Array(3).fill([200, 'accepted', [], 1]));
    expect(await hasAlarm(sellerId)).toBe(true);

    // The window's alarm hands the merged alert to the intake.
    const [record] = await settledAlertsOf(sellerId, 1);
    expect(record).toMatchObject({ type: 'listing-suspended', status: 'delivered', details: { marketplace: 'Amazon.co.jp' } });
    // Keyed by the window's earliest notification, so handing it in again can never conflict.
    expect(record!.idempotencyKey).toBe(`spapi-notification:${notifications[0]!.NotificationMetadata.NotificationId}`);
    // Three listings: no single SKU or ASIN to name.
    expect(record!.details).not.toHaveProperty('sku');
    expect((await pushesByRetryKey(userId)).size).toBe(1);
    expect(await hasAlarm(sellerId)).toBe(false);
  });

  it('names the listing when the window holds one change, and opens a new window for later changes', async () => {
    const { sellerId } = await linkedSeller();
    await send(listingStatusChange(sellerId, ['DISCOVERABLE'], { sku: 'SKU-ONE' }));
    await settledAlertsOf(sellerId, 1);
    await send(listingIssuesChange(sellerId, { Sku: 'SKU-TWO', Asin: 'B0TEST0009', Severities: ['ERROR'], EnforcementActions: ['ATTRIBUTE_SUPPRESSED'] }));
    const records = await settledAlertsOf(sellerId, 2);
    expect(records.map((r) => [r.type, r.details])).toEqual([
      ['listing-suspended', { marketplace: 'Amazon.co.jp', asin: 'B0TEST0002', sku: 'SKU-ONE' }],
      ['listing-at-risk', { marketplace: 'Amazon.co.jp', asin: 'B0TEST0009', sku: 'SKU-TWO' }],
    ]);
  });

  it('ignores a notification delivered again while its change waits in the window', async () => {
    const { sellerId } = await linkedSeller();
    const notification = listingStatusChange(sellerId, ['DISCOVERABLE'], { sku: 'SKU-TWICE' });
    await send(notification);
    const again = await send(notification);
    expect(again).toMatchObject({ status: 200, json: { status: 'duplicate', alerts: [], windowed: 0 } });
    const [record] = await settledAlertsOf(sellerId, 1);
    expect(record).toMatchObject({ type: 'listing-suspended', details: { sku: 'SKU-TWICE' } });
    // Delivered after the window closed: still nothing new, and no new window.
    expect((await send(notification)).json).toMatchObject({ status: 'duplicate', windowed: 0 });
    expect(await hasAlarm(sellerId)).toBe(false);
    expect(await alertsOf(sellerId)).toHaveLength(1);
  });

  it('hands a closed window’s alert in again without conflict when the object restarted before it noted the handover', async () => {
    const { sellerId, userId } = await linkedSeller();
    await send(listingStatusChange(sellerId, ['DISCOVERABLE'], { sku: 'SKU-A' }));
    await send(listingStatusChange(sellerId, ['DISCOVERABLE'], { sku: 'SKU-B' }));
    const stub = sellerAccount(env, sellerId);
    // The window closes into the outbox; the object "dies" after the intake took the alert but before the outbox row went.
    const outboxRow = await runInDurableObject(stub, async (instance: SellerAccount, state) => {
      state.storage.kv.put('amazon:window', { ...state.storage.kv.get<{ sellerId: string; dueAt: number }>('amazon:window')!, dueAt: 0 });
      await instance.alarm();
      return state.storage.sql.exec('SELECT COUNT(*) AS n FROM source_outbox').one().n;
    });
    expect(outboxRow).toBe(0);
    const [first] = await settledAlertsOf(sellerId, 1);
    await runInDurableObject(stub, async (instance: SellerAccount, state) => {
      state.storage.sql.exec('INSERT INTO source_outbox (key, alert, attempts, next_at) VALUES (?, ?, 0, 0)', first!.idempotencyKey!, JSON.stringify({ sellerId, type: first!.type, details: first!.details, idempotencyKey: first!.idempotencyKey }));
      await instance.alarm();
    });
    expect((await alertsOf(sellerId)).map((a) => [a.id, a.status])).toEqual([[first!.id, 'delivered']]);
    expect((await pushesByRetryKey(userId)).size).toBe(1);
  });
});

describe('POST /sources/amazon/events: what it refuses', () => {
  it('answers 200 to a type it does not act on, and logs it', async () => {
    const log = vi.spyOn(console, 'log');
    const sellerId = newSellerId();
    const res = await postAmazonEvent(
      amazonEvent({ ...listingStatusChange(sellerId, ['BUYABLE']), NotificationType: 'FEED_PROCESSING_FINISHED', Payload: { feedProcessingFinishedNotification: {} } }),
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ignored' });
    const lines = log.mock.calls.map(([line]) => String(line));
    expect(lines.some((line) => line.includes('FEED_PROCESSING_FINISHED') && line.includes('not act on'))).toBe(true);
    // An older payload version of a known type is not ours either.
    const old = await postAmazonEvent(amazonEvent({ ...listingIssuesChange(sellerId, { Severities: ['ERROR'] }), PayloadVersion: '1.0' }));
    expect(await old.json()).toMatchObject({ status: 'ignored' });
    expect(await alertsOf(sellerId)).toEqual([]);
  });

  it('answers 400 to a malformed event, naming the fields, and takes nothing in', async () => {
    const sellerId = newSellerId();
    const good = accountStatusChanged(sellerId, 'NORMAL', 'AT_RISK');
    const bad: [string, unknown][] = [
      ['no detail', { version: '0', 'detail-type': 'x' }],
      ['no NotificationId', amazonEvent({ ...good, NotificationMetadata: { ...good.NotificationMetadata, NotificationId: undefined } })],
      ['unknown status', amazonEvent({ ...good, Payload: { accountStatusChangeNotification: { sellerId, previousAccountStatus: 'NORMAL', currentAccountStatus: 'MAYBE' } } })],
      ['seller id with a colon', amazonEvent(accountStatusChanged(`${sellerId}:x`, 'NORMAL', 'AT_RISK'))],
      ['severities not a list', amazonEvent(listingIssuesChange(sellerId, { Severities: 'ERROR' }))],
      ['an array', [amazonEvent(good)]],
    ];
    for (const [name, body] of bad) {
      const res = await postAmazonEvent(body);
      expect(res.status, name).toBe(400);
      const json = (await res.json()) as EventAnswer;
      expect(json.error, name).toBe('malformed notification');
      expect(json.details!.length, name).toBeGreaterThan(0);
    }
    const notJson = await postAmazonEvent(null, { raw: '{"detail": ' });
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toEqual({ error: 'body is not valid JSON' });
    const huge = await postAmazonEvent(null, { raw: JSON.stringify({ ...amazonEvent(good), padding: 'x'.repeat(300 * 1024) }) });
    expect(huge.status).toBe(413);
    expect(await alertsOf(sellerId)).toEqual([]);
  });

  it('refuses a missing, wrong or ops token with 401, and everything while no token is configured', async () => {
    const { sellerId, userId } = await linkedSeller();
    const body = amazonEvent(accountStatusChanged(sellerId, 'NORMAL', 'DEACTIVATED'));
    for (const token of [null, 'wrong-token', env.OPS_API_TOKEN, `${env.AMAZON_EVENTS_TOKEN}x`]) {
      const res = await postAmazonEvent(body, { token });
      expect(res.status, String(token)).toBe(401);
      expect(await res.json()).toMatchObject({ error: 'unauthorized' });
    }
    const unconfigured = await postAmazonEvent(body, { env: { AMAZON_EVENTS_TOKEN: undefined } });
    expect(unconfigured.status).toBe(503);
    expect(await alertsOf(sellerId)).toEqual([]);
    expect(await messagesTo(userId)).toEqual([]);
    // The same event with the right token is taken in: nothing was remembered from the refused ones.
    expect((await postAmazonEvent(body)).status).toBe(200);
  });
});
