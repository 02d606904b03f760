import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { ALERT_TYPES, alertTypes } from '../../content/alerts';
import { retryKeyFor } from '../../src/line/retry-key';
import { messageViolations } from '../../src/line/message-guard';
import { updateSettings } from '../../src/sellers/settings';
import { messagesTo, visibleText } from '../support/fake-line';
import { linkedSeller, newSellerId, postAlerts, pushesByRetryKey, settled } from './support';

// These go through the real Queue binding: intake → queue → the Worker's queue handler → fake LINE.
describe('alert delivery through the queue', () => {
  it('delivers each of the eight types to the linked seller, once, with a retry key fixed per alert', async () => {
    const { sellerId, userId } = await linkedSeller();
    const { status, json } = await postAlerts({ alerts: ALERT_TYPES.map((type) => ({ sellerId, type, details: { marketplace: 'Amazon.co.jp' } })) });
    expect(status).toBe(202);
    const ids = json.alerts!.map((a) => a.id);
    expect(json.alerts!.every((a) => a.status === 'queued')).toBe(true);
    const records = await settled(ids);
    expect(records.map((r) => [r.type, r.status, r.attempts])).toEqual(ALERT_TYPES.map((t) => [t, 'delivered', 1]));

    const pushes = await pushesByRetryKey(userId);
    expect(pushes.size).toBe(8);
    for (const record of records) {
      const sent = pushes.get(await retryKeyFor(record.id));
      expect(sent, record.type).toHaveLength(1);
      expect(messageViolations(sent![0]!)).toEqual([]);
      const shown = visibleText(sent![0]);
      expect(shown).toContain(alertTypes[record.type].title.ja);
      expect(shown).toContain('Amazon.co.jp');
    }
  });

  it('renders in the seller’s language', async () => {
    const { sellerId, userId } = await linkedSeller();
    await updateSettings(env, sellerId, { language: 'en' });
    const { json } = await postAlerts({ sellerId, type: 'listing-suspended', details: { asin: 'B0TEST1234' } });
    const [record] = await settled([json.alerts![0]!.id]);
    expect(record?.language).toBe('en');
    const shown = visibleText(await messagesTo(userId));
    expect(shown).toContain(alertTypes['listing-suspended'].title.en);
    expect(shown).toContain('B0TEST1234');
    expect(shown).not.toContain(alertTypes['listing-suspended'].title.ja);
  });

  it('skips an alert for a seller nobody linked, or whose user blocked the account, and says why', async () => {
    const blocked = await linkedSeller({ active: false });
    const { json } = await postAlerts({
      alerts: [
        { sellerId: newSellerId(), type: 'account-suspended' },
        { sellerId: blocked.sellerId, type: 'account-suspended' },
      ],
    });
    const records = await settled(json.alerts!.map((a) => a.id));
    expect(records.map((r) => [r.status, r.reason])).toEqual([
      ['skipped', 'not-linked'],
      ['skipped', 'blocked'],
    ]);
    expect(await messagesTo(blocked.userId)).toEqual([]);
  });

  it('skips types whose switch is off, and always sends the two types no switch governs', async () => {
    const { sellerId, userId } = await linkedSeller();
    await updateSettings(env, sellerId, {
      switches: { 'bank-account': false, 'tracking-rate': false, 'account-suspension': false, 'account-suspension-risk': false, 'listing-suspension': false, 'listing-suspension-risk': false },
    });
    const { json } = await postAlerts({ alerts: ALERT_TYPES.map((type) => ({ sellerId, type })) });
    const records = await settled(json.alerts!.map((a) => a.id));
    const delivered = records.filter((r) => r.status === 'delivered').map((r) => r.type);
    expect(delivered.sort()).toEqual(['late-shipment-rate', 'support-contact']);
    expect(records.filter((r) => r.status === 'skipped').every((r) => r.reason === 'switched-off')).toBe(true);
    expect((await pushesByRetryKey(userId)).size).toBe(2);
  });

  it('never pushes twice for a repeated idempotency key, even after delivery', async () => {
    const { sellerId, userId } = await linkedSeller();
    const alert = { sellerId, type: 'late-shipment-rate', details: { metricValue: 6.2, threshold: 4 }, idempotencyKey: 'notice-42' };
    const first = await postAlerts(alert);
    const [record] = await settled([first.json.alerts![0]!.id]);
    expect(record?.status).toBe('delivered');
    const again = await postAlerts({ alerts: [alert, alert] });
    expect(again.status).toBe(202);
    expect(again.json.alerts).toEqual([
      { id: record!.id, status: 'delivered' },
      { id: record!.id, status: 'delivered' },
    ]);
    await new Promise((r) => setTimeout(r, 1500));
    expect((await messagesTo(userId)).length).toBe(1);
  });
});
