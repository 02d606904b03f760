import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { ALERT_TYPES, SWITCH_IDS } from '../../content/alerts';
import { app } from '../../src/app';
import { getAlert } from '../../src/store/alerts';
import { getSettings } from '../../src/sellers/settings';
import { linkedSeller, newSellerId, ops, postAlerts, settled } from '../alerts/support';

type ErrorBody = { error: string; details?: { field: string; message: string }[] };
const fields = (body: unknown) => ((body as ErrorBody).details ?? []).map((d) => d.field).sort();

describe('ops API authentication', () => {
  it('answers 401 without the bearer token or with a wrong one, and stores nothing', async () => {
    const sellerId = newSellerId();
    const body = JSON.stringify({ sellerId, type: 'account-suspended', idempotencyKey: 'k1' });
    for (const token of [null, '', 'wrong-token', `${env.OPS_API_TOKEN}x`]) {
      const res = await ops('/alerts', { method: 'POST', body, token });
      expect(res.status, String(token)).toBe(401);
      expect(((await res.json()) as ErrorBody).error).toBe('unauthorized');
    }
    const basic = await app.request('/api/alerts', { method: 'POST', body, headers: { authorization: `Basic ${env.OPS_API_TOKEN}` } }, env);
    expect(basic.status).toBe(401);
    for (const path of ['/alerts/al_0000000000000000', `/sellers/${sellerId}/alerts`, `/sellers/${sellerId}/settings`]) {
      expect((await ops(path, { token: null })).status, path).toBe(401);
    }
    expect((await ops(`/sellers/${sellerId}/settings`, { method: 'PUT', body: '{"language":"en"}', token: 'nope' })).status).toBe(401);
    expect((await getSettings(env, sellerId)).language).toBe('ja');
  });

  it('serves the OpenAPI document without a token', async () => {
    const res = await ops('/openapi.json', { token: null });
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { openapi: string; paths: Record<string, unknown>; components: { schemas: { AlertType: { enum: string[] } } } };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/api/alerts',
      '/api/alerts/{id}',
      '/api/insights/feedback',
      '/api/insights/unanswered',
      '/api/openapi.json',
      '/api/sellers/{sellerId}/alerts',
      '/api/sellers/{sellerId}/settings',
      '/api/sources/amazon/poll',
      '/sources/amazon/events',
    ]);
    expect(doc.components.schemas.AlertType.enum).toEqual([...ALERT_TYPES]);
  });
});

describe('POST /api/alerts', () => {
  it('answers 202 with an id per alert and stores each record before delivery', async () => {
    const { sellerId } = await linkedSeller();
    const { status, json } = await postAlerts({ sellerId, type: 'valid-tracking-rate', details: { metricValue: 91.2, threshold: 95, category: '家電' }, idempotencyKey: 'vtr-1' });
    expect(status).toBe(202);
    expect(json.alerts).toHaveLength(1);
    const record = await getAlert(env, json.alerts![0]!.id);
    expect(record).toMatchObject({ sellerId, type: 'valid-tracking-rate', details: { metricValue: 91.2, threshold: 95, category: '家電' }, idempotencyKey: 'vtr-1' });
    await settled([record!.id]);
  });

  it('names every bad field of a single alert', async () => {
    const { status, json } = await postAlerts({
      sellerId: 'bad id:with colon',
      type: 'account-suspended',
      idempotencyKey: 'has space',
      extra: true,
      details: { asin: 'short', metricValue: 120, threshold: '4', amount: -1, currency: 'yen', deadline: '2026-02-30', marketplace: '', sku: 'x'.repeat(41), category: 'a\u0007b', colour: 'red' },
    });
    expect(status).toBe(400);
    expect(json.error).toBe('invalid alert');
    expect(fields(json)).toEqual(
      [
        'sellerId', 'idempotencyKey', 'extra',
        'details.asin', 'details.metricValue', 'details.threshold', 'details.amount', 'details.currency', 'details.deadline',
        'details.marketplace', 'details.sku', 'details.category', 'details.colour',
      ].sort(),
    );
  });

  it('names the bad fields of every alert of a batch by position, and stores none of it', async () => {
    const { sellerId } = await linkedSeller();
    const { status, json } = await postAlerts({
      alerts: [
        { sellerId, type: 'account-suspended', idempotencyKey: 'batch-good' },
        { sellerId, type: 'account-closed' },
        { type: 'listing-at-risk', details: 'none' },
        'not an alert',
        { sellerId, type: 'disbursement-failed', details: { currency: 'JPY' } },
      ],
    });
    expect(status).toBe(400);
    expect(fields(json)).toEqual(['alerts[1].type', 'alerts[2].details', 'alerts[2].sellerId', 'alerts[3]', 'alerts[4].details.currency'].sort());
    const typeError = (json.details as { field: string; message: string }[]).find((d) => d.field === 'alerts[1].type');
    expect(typeError?.message).toContain('unknown alert type');
    const again = await postAlerts({ sellerId, type: 'account-suspended', idempotencyKey: 'batch-good' });
    expect(again.status).toBe(202);
    expect((await getAlert(env, again.json.alerts![0]!.id))?.status).toBe('queued');
    await settled([again.json.alerts![0]!.id]);
  });

  it('refuses an unknown or missing type with 400', async () => {
    for (const type of ['account-closed', '', 42, undefined]) {
      const { status, json } = await postAlerts({ sellerId: 'A1B2C3', type });
      expect(status, String(type)).toBe(400);
      expect(fields(json)).toEqual(['type']);
    }
  });

  it('refuses bodies that are not an alert: invalid JSON, arrays, empty or oversized batches, stray keys', async () => {
    const bodies: [string, string[]][] = [
      ['{"sellerId":', []],
      ['[]', ['body']],
      ['"text"', ['body']],
      ['{"alerts":[]}', ['alerts']],
      [JSON.stringify({ alerts: Array.from({ length: 501 }, () => ({ sellerId: 'A1', type: 'account-suspended' })) }), ['alerts']],
      [JSON.stringify({ alerts: [{ sellerId: 'A1', type: 'account-suspended' }], sellerId: 'A1' }), ['sellerId']],
    ];
    for (const [body, expected] of bodies) {
      const res = await ops('/alerts', { method: 'POST', body });
      expect(res.status, body.slice(0, 40)).toBe(400);
      const json = (await res.json()) as ErrorBody;
      expect(json.error).toBeTruthy();
      expect(fields(json), body.slice(0, 40)).toEqual(expected);
    }
  });

  it('answers 413 to a body over 1 MiB, by Content-Length or by what actually arrives', async () => {
    const big = JSON.stringify({ sellerId: 'A1', type: 'account-suspended', details: { sku: 'x'.repeat(1024 * 1024) } });
    const declared = await ops('/alerts', { method: 'POST', body: big });
    expect(declared.status).toBe(413);
    // A stream with no Content-Length (chunked), or one that claims less than it sends.
    const stream = () => new Blob([big]).stream();
    const chunked = await ops('/alerts', { method: 'POST', body: stream(), duplex: 'half' } as RequestInit);
    expect(chunked.status).toBe(413);
    const lying = await ops('/alerts', { method: 'POST', body: stream(), headers: { 'content-length': '10' }, duplex: 'half' } as RequestInit);
    expect(lying.status).toBe(413);
    expect(((await lying.json()) as ErrorBody).error).toBe('request body too large');
  });

  it('returns the same record for the same idempotency key per seller, and a different one for another seller', async () => {
    const a = newSellerId();
    const b = newSellerId();
    const first = await postAlerts({ sellerId: a, type: 'support-contact', idempotencyKey: 'same' });
    const second = await postAlerts({ alerts: [{ sellerId: a, type: 'support-contact', idempotencyKey: 'same' }, { sellerId: b, type: 'support-contact', idempotencyKey: 'same' }] });
    expect(second.json.alerts![0]!.id).toBe(first.json.alerts![0]!.id);
    expect(second.json.alerts![1]!.id).not.toBe(first.json.alerts![0]!.id);
    const records = await settled(second.json.alerts!.map((x) => x.id));
    expect(records.map((r) => [r.status, r.reason])).toEqual([
      ['skipped', 'not-linked'],
      ['skipped', 'not-linked'],
    ]);
  });
});

describe('an idempotency key sent again with a different alert', () => {
  it('is refused with 409 naming the key, and the first alert stays as it was', async () => {
    const sellerId = newSellerId();
    const first = await postAlerts({ sellerId, type: 'late-shipment-rate', details: { metricValue: 6.1, threshold: 4 }, idempotencyKey: 'lsr-2026-11' });
    expect(first.status).toBe(202);
    const changed = await postAlerts({ sellerId, type: 'late-shipment-rate', details: { metricValue: 9.9, threshold: 4 }, idempotencyKey: 'lsr-2026-11' });
    expect(changed.status).toBe(409);
    expect(JSON.stringify(changed.json.details)).toContain('lsr-2026-11');
    // The same payload with its keys in another order is the same alert, not a conflict.
    const same = await postAlerts({ sellerId, type: 'late-shipment-rate', details: { threshold: 4, metricValue: 6.1 }, idempotencyKey: 'lsr-2026-11' });
    expect(same.status).toBe(202);
    expect(same.json.alerts![0]!.id).toBe(first.json.alerts![0]!.id);
    const [record] = await settled([first.json.alerts![0]!.id]);
    expect(record?.details).toEqual({ metricValue: 6.1, threshold: 4 });
  });

  it('refuses a whole batch with 409 and stores none of it', async () => {
    const sellerId = newSellerId();
    await postAlerts({ sellerId, type: 'account-at-risk', idempotencyKey: 'ar-1' });
    const batch = await postAlerts({ alerts: [{ sellerId, type: 'listing-at-risk', idempotencyKey: 'fresh-1' }, { sellerId, type: 'account-suspended', idempotencyKey: 'ar-1' }] });
    expect(batch.status).toBe(409);
    expect(batch.json.details).toEqual([expect.objectContaining({ field: 'alerts[1].idempotencyKey' })]);
    const history = (await (await ops(`/sellers/${sellerId}/alerts`)).json()) as { alerts: { type: string }[] };
    expect(history.alerts.map((a) => a.type)).toEqual(['account-at-risk']);
    // The key the refused batch would have claimed is still free.
    expect((await postAlerts({ sellerId, type: 'listing-at-risk', idempotencyKey: 'fresh-1' })).status).toBe(202);
  });

  it('racing with another payload under the same key: one is accepted, the other refused', async () => {
    for (let trial = 0; trial < 10; trial++) {
      const sellerId = newSellerId();
      const results = await Promise.all([
        postAlerts({ sellerId, type: 'listing-suspended', details: { sku: 'A' }, idempotencyKey: 'race' }),
        postAlerts({ sellerId, type: 'listing-suspended', details: { sku: 'B' }, idempotencyKey: 'race' }),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual([202, 409]);
    }
  });
});

describe('GET /api/alerts/:id', () => {
  it('answers the record with status and attempts, and 404 for an unknown or malformed id', async () => {
    const { sellerId } = await linkedSeller();
    const { json } = await postAlerts({ sellerId, type: 'account-at-risk' });
    const [record] = await settled([json.alerts![0]!.id]);
    const res = await ops(`/alerts/${record!.id}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id: record!.id, sellerId, type: 'account-at-risk', status: 'delivered', attempts: 1, language: 'ja' });
    for (const id of ['al_doesnotexist00000000', '..%2Fsettings', 'x']) {
      const missing = await ops(`/alerts/${id}`);
      expect(missing.status, id).toBe(404);
      expect(((await missing.json()) as ErrorBody).error).toBe('alert not found');
    }
  });
});

describe('GET /api/sellers/:sellerId/alerts', () => {
  it('pages a seller’s alerts newest first with cursor and limit', async () => {
    const sellerId = newSellerId();
    const ids: string[] = [];
    for (const type of ALERT_TYPES.slice(0, 5)) {
      ids.push((await postAlerts({ sellerId, type })).json.alerts![0]!.id);
      await new Promise((r) => setTimeout(r, 5));
    }
    const first = (await (await ops(`/sellers/${sellerId}/alerts?limit=2`)).json()) as { alerts: { id: string }[]; cursor?: string };
    expect(first.alerts.map((a) => a.id)).toEqual(ids.slice(-2).reverse());
    expect(first.cursor).toBeTruthy();
    const seen = [...first.alerts.map((a) => a.id)];
    let cursor = first.cursor;
    while (cursor) {
      const page = (await (await ops(`/sellers/${sellerId}/alerts?limit=2&cursor=${encodeURIComponent(cursor)}`)).json()) as { alerts: { id: string }[]; cursor?: string };
      seen.push(...page.alerts.map((a) => a.id));
      cursor = page.cursor;
    }
    expect(seen).toEqual([...ids].reverse());
    const all = (await (await ops(`/sellers/${sellerId}/alerts`)).json()) as { alerts: unknown[]; cursor?: string };
    expect(all.alerts).toHaveLength(5);
    expect(all.cursor).toBeUndefined();
    await settled(ids);
  });

  it('refuses a bad limit, cursor or seller id with 400', async () => {
    for (const query of ['limit=0', 'limit=101', 'limit=abc', 'limit=2.5', 'cursor=']) {
      const res = await ops(`/sellers/A1B2C3/alerts?${query}`);
      expect(res.status, query).toBe(400);
      expect(((await res.json()) as ErrorBody).error).toBe('invalid query');
    }
    expect((await ops('/sellers/bad%3Aid/alerts')).status).toBe(400);
  });
});

describe('/api/sellers/:sellerId/settings', () => {
  it('starts with Japanese and every switch on', async () => {
    const sellerId = newSellerId();
    const res = await ops(`/sellers/${sellerId}/settings`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ sellerId, language: 'ja', switches: Object.fromEntries(SWITCH_IDS.map((id) => [id, true])) });
  });

  it('changes language and switches; fields left out keep their value', async () => {
    const sellerId = newSellerId();
    const put = await ops(`/sellers/${sellerId}/settings`, { method: 'PUT', body: JSON.stringify({ language: 'en', switches: { 'bank-account': false } }) });
    expect(put.status).toBe(200);
    await ops(`/sellers/${sellerId}/settings`, { method: 'PUT', body: JSON.stringify({ switches: { 'tracking-rate': false } }) });
    const got = (await (await ops(`/sellers/${sellerId}/settings`)).json()) as { language: string; switches: Record<string, boolean> };
    expect(got.language).toBe('en');
    expect(got.switches).toMatchObject({ 'bank-account': false, 'tracking-rate': false, 'account-suspension': true });
    expect(await getSettings(env, sellerId)).toMatchObject({ language: 'en', switches: got.switches });
  });

  it('names every bad field and changes nothing', async () => {
    const sellerId = newSellerId();
    const cases: [unknown, string[]][] = [
      [{ language: 'fr', switches: { 'bank-account': 'no', 'late-shipment-rate': false }, theme: 'dark' }, ['language', 'switches.bank-account', 'switches.late-shipment-rate', 'theme']],
      [{}, ['body']],
      [[], ['body']],
      [{ switches: [true] }, ['switches']],
    ];
    for (const [body, expected] of cases) {
      const res = await ops(`/sellers/${sellerId}/settings`, { method: 'PUT', body: JSON.stringify(body) });
      expect(res.status, JSON.stringify(body)).toBe(400);
      const json = (await res.json()) as ErrorBody;
      expect(json.error).toBe('invalid settings');
      expect(fields(json)).toEqual(expected.sort());
    }
    expect((await ops(`/sellers/${sellerId}/settings`, { method: 'PUT', body: 'nope' })).status).toBe(400);
    expect((await ops(`/sellers/${sellerId}/settings`, { method: 'PUT', body: JSON.stringify({ language: 'en', pad: 'x'.repeat(5000) }) })).status).toBe(413);
    expect((await getSettings(env, sellerId)).language).toBe('ja');
  });
});
