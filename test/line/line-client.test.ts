import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { createLineClient } from '../../src/line/create-line-client';
import { LineApiError } from '../../src/line/line-api-error';
import { retryKeyFor } from '../../src/line/retry-key';
import { createLogger } from '../../src/log';
import { MessageGuardError } from '../../src/line/message-guard';
import { textMessage } from '../../src/render/flex';
import { callsFor, injectFaults, LATE_MS } from '../support/fake-line';
import { newUserId } from '../support/webhook';

const client = () => createLineClient(env, createLogger({ test: 'line-client' }));

describe('LineClient.push', () => {
  it.each([
    ['429', { status: 429 }, 'sent'],
    ['500', { status: 500 }, 'sent'],
    // LINE may have accepted a push whose answer timed out: the retry then meets 409.
    ['a timeout', { delayMs: LATE_MS }, 'already-sent'],
  ])('retries after %s with the same retry key and delivers once', async (_, fault, outcome) => {
    const user = newUserId();
    await injectFaults([{ to: user, path: '/message/push', count: 2, ...fault }]);
    const key = await retryKeyFor(`test:${user}`);
    expect(await client().push(user, [textMessage('hello')], key)).toBe(outcome);
    const pushes = (await callsFor(user)).filter((c) => c.kind === 'push');
    expect(pushes).toHaveLength(1);
    expect(pushes[0]?.retryKey).toBe(key);
  });

  it('counts LINE’s 409 for a known retry key as already sent, not as a second message', async () => {
    const user = newUserId();
    const key = await retryKeyFor(`dup:${user}`);
    expect(await client().push(user, [textMessage('once')], key)).toBe('sent');
    expect(await client().push(user, [textMessage('once')], key)).toBe('already-sent');
    expect((await callsFor(user)).filter((c) => c.kind === 'push')).toHaveLength(1);
  });

  it('gives up after a bounded number of attempts with LINE’s reason', async () => {
    const user = newUserId();
    await injectFaults([{ to: user, path: '/message/push', count: -1, status: 500 }]);
    const error = await client().push(user, [textMessage('x')], await retryKeyFor(`fail:${user}`)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LineApiError);
    expect((error as LineApiError).reason).toContain('500');
    expect((await callsFor(user)).filter((c) => c.kind === 'fault')).toHaveLength(4);
  });

  it('does not retry a 400', async () => {
    const user = newUserId();
    await injectFaults([{ to: user, path: '/message/push', count: -1, status: 400 }]);
    await expect(client().push(user, [textMessage('x')], await retryKeyFor(`bad:${user}`))).rejects.toThrow(LineApiError);
    expect((await callsFor(user)).filter((c) => c.kind === 'fault')).toHaveLength(1);
  });

  it('refuses an invalid message before calling LINE', async () => {
    const user = newUserId();
    await expect(client().push(user, [textMessage('')], await retryKeyFor(`guard:${user}`))).rejects.toThrow(MessageGuardError);
    expect(await callsFor(user)).toEqual([]);
  });
});

describe('LineClient other calls', () => {
  it('issues link tokens and reads the profile language', async () => {
    const user = newUserId();
    expect(await client().issueLinkToken(user)).toMatch(/^lt-/);
    await fetch(`${env.LINE_API_BASE_URL}/control/profiles`, { method: 'POST', body: JSON.stringify({ userId: user, language: 'en' }) });
    expect((await client().getProfile(user)).language).toBe('en');
  });

  it('shows the loading animation and never fails because of it', async () => {
    const user = newUserId();
    await client().showLoading(user, 5);
    await injectFaults([{ to: user, path: '/chat/loading', count: 1, status: 500 }]);
    await expect(client().showLoading(user, 5)).resolves.toBeUndefined();
    expect((await callsFor(user)).map((c) => c.kind)).toEqual(['loading', 'fault']);
  });
});
