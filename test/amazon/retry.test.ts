import { describe, expect, it } from 'vitest';
import { AmazonUnreachableError, rateLimitSpacingMs, retryAfterMs, sendWithRetry, type RetryPolicy } from '../../src/amazon/retry';

const POLICY: RetryPolicy = { attempts: 4, baseMs: 100, maxMs: 1000, maxWaitMs: 5000, timeoutMs: 1000 };

/** A scripted server: each call takes the next answer (a status with headers, or a network error). */
function scripted(answers: ({ status: number; headers?: Record<string, string> } | 'network-error')[]) {
  let calls = 0;
  const send = async () => {
    const answer = answers[Math.min(calls++, answers.length - 1)]!;
    if (answer === 'network-error') throw new TypeError('fetch failed');
    return new Response('{}', { status: answer.status, headers: answer.headers });
  };
  return { send, calls: () => calls };
}

function recordingSleep() {
  const waits: number[] = [];
  return { waits, sleep: async (ms: number) => void waits.push(ms) };
}

describe('sendWithRetry', () => {
  it('retries 5xx and 429 with growing, jittered, capped waits, then returns the success', async () => {
    const server = scripted([{ status: 500 }, { status: 503 }, { status: 429 }, { status: 200 }]);
    const { waits, sleep } = recordingSleep();
    const res = await sendWithRetry('op', server.send, POLICY, { sleep, random: () => 1 });
    expect(res.status).toBe(200);
    expect(server.calls()).toBe(4);
    expect(waits).toEqual([100, 200, 400]);
    const low = recordingSleep();
    await sendWithRetry('op', scripted([{ status: 500 }, { status: 500 }, { status: 500 }, { status: 200 }]).send, POLICY, { sleep: low.sleep, random: () => 0 });
    expect(low.waits).toEqual([50, 100, 200]);
  });

  it('gives up after the last attempt and returns Amazon’s answer', async () => {
    const server = scripted([{ status: 500 }]);
    const { sleep } = recordingSleep();
    expect((await sendWithRetry('op', server.send, POLICY, { sleep })).status).toBe(500);
    expect(server.calls()).toBe(4);
  });

  it('does not retry an answer that will not change (400, 403, 404)', async () => {
    for (const status of [400, 401, 403, 404]) {
      const server = scripted([{ status }, { status: 200 }]);
      expect((await sendWithRetry('op', server.send, POLICY, recordingSleep())).status).toBe(status);
      expect(server.calls()).toBe(1);
    }
  });

  it('waits at least as long as Retry-After asks', async () => {
    const server = scripted([{ status: 429, headers: { 'retry-after': '3' } }, { status: 200 }]);
    const { waits, sleep } = recordingSleep();
    await sendWithRetry('op', server.send, POLICY, { sleep, random: () => 0 });
    expect(waits).toEqual([3000]);
  });

  it('spaces a throttled call by x-amzn-RateLimit-Limit', async () => {
    const server = scripted([{ status: 429, headers: { 'x-amzn-ratelimit-limit': '0.5' } }, { status: 200 }]);
    const { waits, sleep } = recordingSleep();
    await sendWithRetry('op', server.send, POLICY, { sleep, random: () => 0 });
    expect(waits).toEqual([2000]);
  });

  it('returns at once when Amazon asks for a longer wait than the policy allows', async () => {
    const server = scripted([{ status: 429, headers: { 'retry-after': '60' } }, { status: 200 }]);
    const { waits, sleep } = recordingSleep();
    const res = await sendWithRetry('op', server.send, POLICY, { sleep });
    expect(res.status).toBe(429);
    expect(server.calls()).toBe(1);
    expect(waits).toEqual([]);
  });

  it('retries a call that got no answer, then says so', async () => {
    const recovering = scripted(['network-error', { status: 200 }]);
    expect((await sendWithRetry('op', recovering.send, POLICY, recordingSleep())).status).toBe(200);
    const dead = scripted(['network-error']);
    await expect(sendWithRetry('lwa.refreshToken', dead.send, POLICY, recordingSleep())).rejects.toBeInstanceOf(AmazonUnreachableError);
    expect(dead.calls()).toBe(4);
  });

  it('aborts a call that takes longer than the timeout', async () => {
    let aborted = 0;
    const hanging = (signal: AbortSignal) =>
      new Promise<Response>((_, reject) => signal.addEventListener('abort', () => reject((aborted++, signal.reason))));
    await expect(sendWithRetry('op', hanging, { ...POLICY, attempts: 2, timeoutMs: 20 }, recordingSleep())).rejects.toThrow(/timed out after 20 ms/);
    expect(aborted).toBe(2);
  });
});

describe('Amazon’s wait hints', () => {
  it('reads Retry-After as seconds or an HTTP date', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(retryAfterMs(new Headers({ 'retry-after': '2' }), now)).toBe(2000);
    expect(retryAfterMs(new Headers({ 'retry-after': 'Thu, 01 Jan 2026 00:00:05 GMT' }), now)).toBe(5000);
    expect(retryAfterMs(new Headers({ 'retry-after': 'soon' }), now)).toBeUndefined();
    expect(retryAfterMs(new Headers(), now)).toBeUndefined();
  });

  it('reads x-amzn-RateLimit-Limit as requests per second', () => {
    expect(rateLimitSpacingMs(new Headers({ 'x-amzn-RateLimit-Limit': '0.0167' }))).toBe(59881);
    expect(rateLimitSpacingMs(new Headers({ 'x-amzn-RateLimit-Limit': '5.0' }))).toBe(200);
    expect(rateLimitSpacingMs(new Headers({ 'x-amzn-RateLimit-Limit': 'x' }))).toBeUndefined();
  });
});
