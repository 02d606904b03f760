import { env } from 'cloudflare:workers';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { app } from '../src/app';
import { createLogger } from '../src/log';
import { injectFaults } from './support/fake-line';
import { followEvent, postEvents, textEvent } from './support/webhook';

/** A user id shaped like LINE's (U + 32 hex), so masking is tested on the real thing. */
const lineUserId = () => `U${crypto.randomUUID().replace(/-/g, '')}`;

let lines: string[] = [];
beforeEach(() => {
  lines = [];
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void lines.push(args.map(String).join(' ')));
  }
});
afterEach(() => vi.restoreAllMocks());

const secrets = () => [env.LINE_CHANNEL_SECRET, env.LINE_CHANNEL_ACCESS_TOKEN, env.OPS_API_TOKEN];

function parsed(): Record<string, unknown>[] {
  return lines.map((line) => {
    expect(() => JSON.parse(line), `not a JSON line: ${line}`).not.toThrow();
    return JSON.parse(line) as Record<string, unknown>;
  });
}

describe('logs of a webhook run', () => {
  it('are JSON lines with the request id and LINE\'s request id, and no secret or full user id', async () => {
    const userId = lineUserId();
    const res = await postEvents([followEvent(userId), textEvent(userId, 'help')]);
    expect(res.status).toBe(200);

    const entries = parsed();
    expect(entries.length).toBeGreaterThan(0);
    const requestId = res.headers.get('x-request-id');
    expect(entries.every((e) => e.requestId === requestId)).toBe(true);
    expect(entries.some((e) => e.msg === 'LINE call' && typeof e.lineRequestId === 'string')).toBe(true);
    expect(entries.some((e) => e.msg === 'request' && e.route === '/webhook' && e.status === 200)).toBe(true);
    const all = lines.join('\n');
    for (const secret of secrets()) expect(all).not.toContain(secret);
    expect(all).not.toContain(userId);
  });

  it('keep failures traceable to LINE without leaking the user id', async () => {
    const userId = lineUserId();
    await injectFaults([{ path: '/message/reply', to: userId, status: 500, count: 1 }]);
    const res = await postEvents([followEvent(userId)]);
    // The webhook stored the event and was answered; the reply failed afterwards and is logged.
    expect(res.status).toBe(200);

    const failure = parsed().find((e) => e.msg === 'LINE call failed');
    expect(failure).toMatchObject({ operation: 'reply', status: 500, requestId: res.headers.get('x-request-id') });
    expect(typeof failure?.lineRequestId).toBe('string');
    const all = lines.join('\n');
    for (const secret of secrets()) expect(all).not.toContain(secret);
    expect(all).not.toContain(userId);
  });
});

describe('logs of the ops API', () => {
  it('never carry a full seller id, access lines included', async () => {
    const sellerId = 'A2SELLERLOGTEST9';
    const auth = { authorization: `Bearer ${env.OPS_API_TOKEN}`, 'content-type': 'application/json' };
    await app.request(`/api/sellers/${sellerId}/settings`, { headers: auth }, env);
    await app.request(`/api/sellers/${sellerId}/settings`, { method: 'PUT', headers: auth, body: JSON.stringify({ language: 'en' }) }, env);
    await app.request(`/api/sellers/${sellerId}/alerts?limit=5`, { headers: auth }, env);
    const access = parsed().filter((e) => e.msg === 'request');
    expect(access.map((e) => e.route)).toEqual(['/api/sellers/:sellerId/settings', '/api/sellers/:sellerId/settings', '/api/sellers/:sellerId/alerts']);
    expect(lines.join('\n')).not.toContain(sellerId);
  });

  it('mask a seller id that slipped into any text', () => {
    createLogger().warn('failed', { url: '/api/sellers/A2SELLERLOGTEST9/alerts', detail: 'selling_partner_id=A2SELLERLOGTEST9&x=1', seller: 'A2SELLERLOGTEST9' });
    expect(lines.join('\n')).not.toContain('A2SELLERLOGTEST9');
    expect(lines.join('\n')).toContain('A2***********ST9');
  });
});

describe('createLogger', () => {
  it('drops values under secret-looking keys and masks LINE user ids inside any text', () => {
    const userId = lineUserId();
    createLogger({ requestId: 'r1' }).warn('failed', { accessToken: 'tok-123', error: new Error(`no menu for ${userId}`), nested: { to: userId } });

    const [entry] = parsed();
    expect(entry).toMatchObject({ level: 'warn', msg: 'failed', requestId: 'r1', accessToken: '[redacted]' });
    expect(lines[0]).not.toContain('tok-123');
    expect(lines[0]).not.toContain(userId);
    expect(lines[0]).toContain(`${userId.slice(0, 3)}…${userId.slice(-3)}`);
  });
});
