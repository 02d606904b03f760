import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signLineBody } from '../../src/line/signature';
import { startDevWorker, type RunningWorker } from '../../scripts/lib/wrangler-dev';

// `npm run dev`'s configuration in real `wrangler dev` (not the vitest integration, which
// turns on Node compatibility by itself and would hide a missing nodejs_compat flag).
let dev: RunningWorker;
beforeAll(async () => {
  dev = await startDevWorker(8799);
}, 120_000);
afterAll(async () => dev?.stop());

describe('wrangler dev (env dev)', () => {
  it('answers a signed follow event with the greeting, recorded by the dev fake LINE API', async () => {
    const userId = `Usmoke${Date.now()}`;
    const raw = JSON.stringify({
      destination: 'Udev',
      events: [{ type: 'follow', mode: 'active', timestamp: Date.now(), source: { type: 'user', userId }, webhookEventId: `01SMOKE${Date.now()}`, deliveryContext: { isRedelivery: false }, replyToken: `${userId}.r1`, follow: { isUnblocked: false } }],
    });
    const res = await fetch(`${dev.url}/webhook`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-line-signature': await signLineBody('dev-channel-secret', raw) }, body: raw });
    expect(res.status).toBe(200);
    const { calls } = (await (await fetch(`${dev.url}/dev/line-api/messages?to=${userId}`)).json()) as { calls: { kind: string; body: { messages: { altText?: string }[] } }[] };
    expect(calls.map((c) => c.kind)).toEqual(['reply']);
    expect(calls[0]?.body.messages[0]?.altText).toContain('Amazon');
  });

  it('refuses an unsigned event', async () => {
    const res = await fetch(`${dev.url}/webhook`, { method: 'POST', body: '{"destination":"U","events":[]}' });
    expect(res.status).toBe(401);
  });
});
