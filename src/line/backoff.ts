export interface BackoffPolicy {
  attempts: number; // total tries, including the first
  baseMs: number;
  maxMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { attempts: 4, baseMs: 200, maxMs: 2000 };

/** Full-jitter exponential backoff: spreads retries so a burst does not return as a burst. */
export function backoffDelay(policy: BackoffPolicy, attempt: number, random = Math.random): number {
  const cap = Math.min(policy.maxMs, policy.baseMs * 2 ** attempt);
  return Math.round(cap / 2 + random() * (cap / 2));
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
