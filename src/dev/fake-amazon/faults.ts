import type { FakeAmazonState } from './state';

/** SP-API's default usage plans (requests per second), sent back as x-amzn-RateLimit-Limit. */
const RATE_LIMITS: [RegExp, string][] = [
  [/\/listings\/2021-08-01\//, '5.0'],
  [/\/reports\/2021-06-30\/reports$/, '0.0167'],
  [/\/reports\/2021-06-30\/reports\//, '2.0'],
  [/\/reports\/2021-06-30\/documents\//, '0.0167'],
  [/\/finances\/v0\//, '0.5'],
];

export const rateLimitFor = (path: string): string | undefined => RATE_LIMITS.find(([pattern]) => pattern.test(path))?.[1];

const MESSAGES: Record<number, { code: string; message: string }> = {
  429: { code: 'QuotaExceeded', message: 'You exceeded your quota for the requested resource.' },
  500: { code: 'InternalFailure', message: 'We encountered an internal error. Please try again.' },
  503: { code: 'ServiceUnavailable', message: 'Service temporarily unavailable. Please try again.' },
};

/**
 * Applies the first injected fault that matches this call: waits its delay, then answers its
 * status in SP-API's error shape (or LWA's for the token endpoint). Undefined = go on normally.
 */
export async function injectedFault(state: FakeAmazonState, path: string, sellerId: string | undefined, shape: 'sp-api' | 'lwa'): Promise<Response | undefined> {
  const fault = state.takeFault(path, sellerId);
  if (!fault) return undefined;
  if (fault.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
  if (!fault.status) return undefined;
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (fault.retryAfterSeconds !== undefined) headers['retry-after'] = String(fault.retryAfterSeconds);
  // Like Amazon, a throttled SP-API call says the operation's usage plan.
  const limit = shape === 'sp-api' ? rateLimitFor(path) : undefined;
  if (limit) headers['x-amzn-RateLimit-Limit'] = limit;
  const known = MESSAGES[fault.status] ?? { code: 'InternalFailure', message: 'Injected fault.' };
  const body = shape === 'lwa' ? { error: fault.status === 429 ? 'slow_down' : 'server_error', error_description: known.message } : { errors: [known] };
  return new Response(JSON.stringify(body), { status: fault.status, headers });
}
