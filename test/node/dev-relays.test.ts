import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signLineBody } from '../../src/line/signature';
import { startDevWorker, type RunningWorker } from '../../scripts/lib/wrangler-dev';
import { serveOverHttp } from '../support/serve-over-http';

/**
 * The simulator page holds no secret; the dev Worker's relays add them. Here the dev Worker's
 * own routes (PUBLIC_BASE_URL) are a recorder, so what the relays send is seen as sent.
 */

interface Received {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string;
}

const received: Received[] = [];
let recorder: { url: string; close(): void };
let dev: RunningWorker;
const PORT = 8796;

beforeAll(async () => {
  const served = await serveOverHttp('recorder', async (request) => {
    const url = new URL(request.url);
    received.push({ method: request.method, path: url.pathname + url.search, headers: Object.fromEntries(request.headers), body: await request.text() });
    return Response.json({ recorded: true }, { status: 202 });
  });
  recorder = { url: served.url, close: () => served.server.close() };
  dev = await startDevWorker(PORT, { PUBLIC_BASE_URL: recorder.url });
}, 120_000);
afterAll(async () => {
  await dev?.stop();
  recorder?.close();
});

const last = (path: string) => received.filter((r) => r.path === path).at(-1);
const post = (path: string, body: unknown) => fetch(`${dev.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('the simulator relays', () => {
  it('post Amazon events to /sources/amazon/events with the events token, and answer what the Worker answered', async () => {
    const event = { version: '0', 'detail-type': 'ACCOUNT_STATUS_CHANGED', detail: { NotificationType: 'ACCOUNT_STATUS_CHANGED' } };
    const res = await post('/dev/simulator/amazon/events', event);
    expect(res.status).toBe(202);
    expect(await res.json()).toEqual({ recorded: true });
    const sent = last('/sources/amazon/events');
    expect(sent?.method).toBe('POST');
    expect(sent?.headers.authorization).toBe('Bearer dev-amazon-events-token');
    expect(JSON.parse(sent!.body)).toEqual(event);
  });

  it('call the ops API with the ops token, on the paths the panels use only', async () => {
    expect((await post('/dev/simulator/ops/api/sources/amazon/poll', { sellerId: 'A1RELAYTEST01' })).status).toBe(202);
    const poll = last('/api/sources/amazon/poll');
    expect(poll?.headers.authorization).toBe('Bearer dev-ops-token');
    expect(JSON.parse(poll!.body)).toEqual({ sellerId: 'A1RELAYTEST01' });
    expect((await fetch(`${dev.url}/dev/simulator/ops/api/alerts/al_1`)).status).toBe(202);
    expect(last('/api/alerts/al_1')?.method).toBe('GET');
    const before = received.length;
    expect((await post('/dev/simulator/ops/api/insights/unanswered', {})).status).toBe(404);
    expect(received.length).toBe(before);
  });

  it('sign webhook events with the channel secret, as LINE would', async () => {
    const events = [{ type: 'unfollow', mode: 'active', timestamp: 1, source: { type: 'user', userId: 'U0123456789abcdef0123456789abcdef' }, webhookEventId: '01RELAY', deliveryContext: { isRedelivery: false } }];
    expect((await post('/dev/simulator/webhook', { events })).status).toBe(202);
    const sent = last('/webhook');
    expect(sent?.headers['x-line-signature']).toBe(await signLineBody('dev-channel-secret', sent!.body));
    expect(JSON.parse(sent!.body)).toEqual({ destination: 'Udevbot', events });
  });

  it('LINE’s account-link dialog sends a signed accountLink event with a LINE-shaped event id, every time', async () => {
    for (let i = 0; i < 12; i++) {
      const userId = `U${crypto.randomUUID().replace(/-/g, '')}`;
      const issued = await fetch(`${dev.url}/dev/line-api/v2/bot/user/${userId}/linkToken`, { method: 'POST', headers: { authorization: 'Bearer dev-channel-access-token' } });
      const { linkToken } = (await issued.json()) as { linkToken: string };
      const form = new URLSearchParams({ linkToken, nonce: `nonce${i}`, lang: 'en', result: 'ok' });
      expect((await fetch(`${dev.url}/dev/line/account-link`, { method: 'POST', body: form })).status).toBe(200);
      const sent = last('/webhook')!;
      expect(sent.headers['x-line-signature']).toBe(await signLineBody('dev-channel-secret', sent.body));
      const [event] = (JSON.parse(sent.body) as { events: { type: string; webhookEventId: string; source: { userId: string }; link: { result: string; nonce: string } }[] }).events;
      expect(event).toMatchObject({ type: 'accountLink', source: { userId }, link: { result: 'ok', nonce: `nonce${i}` } });
      // The webhook's validation (src/line/webhook-events.ts) takes letters and digits only.
      expect(event!.webhookEventId).toMatch(/^[0-9A-Za-z]{1,64}$/);
    }
  });
});
