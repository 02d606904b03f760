import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { app } from '../../src/app';
import { verifyLineSignature } from '../../src/line/signature';
import { messagesTo } from '../support/fake-line';
import { newUserId, settle, signedRequest, uniqueId } from '../support/webhook';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('verifyLineSignature', () => {
  // The vector every official LINE SDK tests against.
  it('accepts LINE’s official test vector', async () => {
    expect(await verifyLineSignature('test_secret', bytes(JSON.stringify({ hello: 'world' })), 't7Hn4ZDHqs6e+wdvI5TyQIvzie0DmMUmuXEBqyyE/tM=')).toBe(true);
  });

  it('refuses the same vector with two characters changed, another secret, or no signature', async () => {
    const body = bytes(JSON.stringify({ hello: 'world' }));
    expect(await verifyLineSignature('test_secret', body, 't7Hn4ZDHqs6e+wdvi5TyQivzie0DmMUmuXEBqyyE/tM=')).toBe(false);
    expect(await verifyLineSignature('other_secret', body, 't7Hn4ZDHqs6e+wdvI5TyQIvzie0DmMUmuXEBqyyE/tM=')).toBe(false);
    expect(await verifyLineSignature('test_secret', body, '')).toBe(false);
    expect(await verifyLineSignature('test_secret', body, 'not base64!')).toBe(false);
    expect(await verifyLineSignature('', body, 't7Hn4ZDHqs6e+wdvI5TyQIvzie0DmMUmuXEBqyyE/tM=')).toBe(false);
  });

  it('verifies the raw bytes, so escaped emoji surrogate pairs keep their signature', async () => {
    const user = newUserId();
    // As LINE sends it: the emoji escaped as \uD83D\uDE00. Re-serialising would turn the escapes
    // into raw UTF-8 and break the signature.
    const raw = `{"destination":"U","events":[{"type":"message","mode":"active","timestamp":${Date.now()},"source":{"type":"user","userId":"${user}"},"webhookEventId":"${uniqueId('01E')}","deliveryContext":{"isRedelivery":false},"replyToken":"${user}.r","message":{"type":"text","id":"1","quoteToken":"q","text":"\\uD83D\\uDE00 menu \\u30E1\\u30CB\\u30E5\\u30FC"}}]}`;
    expect(JSON.stringify(JSON.parse(raw))).not.toBe(raw);
    const res = await app.request('/webhook', await signedRequest(raw), env);
    expect(res.status).toBe(200);
    await settle([user]);
    expect(await messagesTo(user)).toHaveLength(1);
  });
});
