import { backoffDelay, sleep as realSleep } from '../line/backoff';

/**
 * Bounded retries for calls to Amazon (Login with Amazon, SP-API, report downloads).
 *
 * Contract: `sendWithRetry(send, policy)` calls `send` with an abort signal that fires after
 * `policy.timeoutMs`, and tries again on a network error, a timeout, 429 or 5xx, at most
 * `policy.attempts` times in all. Between tries it waits exponential backoff with jitter, but
 * never less than Amazon asks for (`Retry-After`, or one request's share of
 * `x-amzn-RateLimit-Limit`). When Amazon asks for a longer wait than `policy.maxWaitMs`, it
 * stops at once and returns that answer, so the caller can put the work off (a queue retry)
 * instead of holding a Worker. Every other answer is returned as it is; a call that never got
 * an answer throws AmazonUnreachableError after the last try.
 */

export interface RetryPolicy {
  /** Total tries, including the first. */
  attempts: number;
  baseMs: number;
  /** Cap of one backoff wait. */
  maxMs: number;
  /** Longest wait Amazon may ask for before we give up instead. */
  maxWaitMs: number;
  /** Per try. */
  timeoutMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 4, baseMs: 500, maxMs: 8000, maxWaitMs: 10_000, timeoutMs: 8000 };

export interface RetryDeps {
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  now?: () => number;
}

export class AmazonUnreachableError extends Error {
  constructor(readonly operation: string, detail: string) {
    super(`${operation}: no answer (${detail})`);
    this.name = 'AmazonUnreachableError';
  }
}

export const isRetryableStatus = (status: number) => status === 429 || (status >= 500 && status <= 599);

/** Retry-After in ms: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(headers: Headers, now = Date.now()): number | undefined {
  const value = headers.get('retry-after')?.trim();
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Math.ceil(Number(value) * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** One request's share of SP-API's usage plan (`x-amzn-RateLimit-Limit`, requests per second). */
export function rateLimitSpacingMs(headers: Headers): number | undefined {
  const perSecond = Number(headers.get('x-amzn-ratelimit-limit'));
  return Number.isFinite(perSecond) && perSecond > 0 ? Math.ceil(1000 / perSecond) : undefined;
}

/** How long Amazon asked us to wait before trying again (the larger of both hints). */
export function requestedWaitMs(res: Response, now = Date.now()): number | undefined {
  const hints = [retryAfterMs(res.headers, now), res.status === 429 ? rateLimitSpacingMs(res.headers) : undefined].filter((v): v is number => v !== undefined);
  return hints.length > 0 ? Math.max(...hints) : undefined;
}

export async function sendWithRetry(operation: string, send: (signal: AbortSignal) => Promise<Response>, policy: RetryPolicy = DEFAULT_RETRY, deps: RetryDeps = {}): Promise<Response> {
  const sleep = deps.sleep ?? realSleep;
  const now = deps.now ?? Date.now;
  const backoff = { attempts: policy.attempts, baseMs: policy.baseMs, maxMs: policy.maxMs };
  for (let attempt = 0; ; attempt++) {
    const last = attempt + 1 >= policy.attempts;
    let res: Response;
    try {
      res = await send(AbortSignal.timeout(policy.timeoutMs));
    } catch (err) {
      const detail = err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError') ? `timed out after ${policy.timeoutMs} ms` : String(err);
      if (last) throw new AmazonUnreachableError(operation, detail);
      await sleep(backoffDelay(backoff, attempt, deps.random));
      continue;
    }
    if (!isRetryableStatus(res.status) || last) return res;
    const asked = requestedWaitMs(res, now());
    if (asked !== undefined && asked > policy.maxWaitMs) return res;
    // The body of an answer we drop is never read; release it.
    await res.body?.cancel();
    await sleep(Math.max(asked ?? 0, backoffDelay(backoff, attempt, deps.random)));
  }
}
