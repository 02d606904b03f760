import { readFileSync } from 'node:fs';
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

type Calls = { calls: { kind: string; body: { messages: { altText?: string }[] } }[] };

describe('wrangler dev (env dev)', () => {
  it('answers a signed follow event with the greeting, recorded by the dev fake LINE API a moment later', async () => {
    const userId = `Usmoke${Date.now()}`;
    const raw = JSON.stringify({
      destination: 'Udev',
      events: [{ type: 'follow', mode: 'active', timestamp: Date.now(), source: { type: 'user', userId }, webhookEventId: `01SMOKE${Date.now()}`, deliveryContext: { isRedelivery: false }, replyToken: `${userId}.r1`, follow: { isUnblocked: false } }],
    });
    const res = await fetch(`${dev.url}/webhook`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-line-signature': await signLineBody('dev-channel-secret', raw) }, body: raw });
    expect(res.status).toBe(200);
    // The webhook answers once the event is stored; the reply follows.
    const calls = async () => ((await (await fetch(`${dev.url}/dev/line-api/messages?to=${userId}`)).json()) as Calls).calls.filter((c) => c.kind === 'reply' || c.kind === 'push');
    await expect.poll(async () => (await calls()).map((c) => c.kind), { timeout: 20_000, interval: 200 }).toEqual(['reply']);
    expect((await calls())[0]?.body.messages[0]?.altText).toContain('Amazon');
  });

  it('refuses an unsigned event', async () => {
    const res = await fetch(`${dev.url}/webhook`, { method: 'POST', body: '{"destination":"U","events":[]}' });
    expect(res.status).toBe(401);
  });

  it('serves the simulator built from src/dev/simulator/client, holding no secret', async () => {
    const page = await fetch(`${dev.url}/dev`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    const html = await page.text();
    expect(html).toBe(readFileSync('src/dev/simulator/client/index.html', 'utf8'));
    expect(html).toContain('<script type="module" src="/dev/simulator/main.js">');

    const script = await fetch(`${dev.url}/dev/simulator/main.js`);
    expect(script.headers.get('content-type')).toContain('javascript');
    const code = await script.text();
    // One bundle: the page's modules and the chrome's words from content/, no imports left to fetch.
    expect(code).toContain('line-simulator.v1');
    expect(code).toContain('Amazon Seller Services');
    expect(code).not.toMatch(/^import /m);
    const css = await fetch(`${dev.url}/dev/simulator/style.css`);
    expect(css.headers.get('content-type')).toContain('text/css');
    const config = await (await fetch(`${dev.url}/dev/simulator/config`)).text();
    for (const text of [html, code, await css.text(), config]) {
      for (const secret of ['dev-channel-secret', 'dev-channel-access-token', 'dev-ops-token', 'dev-amazon-events-token']) expect(text).not.toContain(secret);
    }
    expect((await fetch(`${dev.url}/dev/simulator/other.js`)).status).toBe(404);
  });
});
