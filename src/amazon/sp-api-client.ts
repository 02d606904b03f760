import * as z from '../model/zod';
import { AmazonUnreachableError, DEFAULT_RETRY, requestedWaitMs, sendWithRetry, type RetryDeps, type RetryPolicy } from './retry';

/**
 * Calls to the Selling Partner API for one seller.
 *
 * Contract: `request(operation, {method, path, query, body}, schema)` sends the call to
 * `endpoint + path` with the seller's LWA access token in `x-amz-access-token` (no AWS
 * signature: SP-API no longer needs one), retries 429/5xx/no-answer within the retry policy
 * (honouring Retry-After and x-amzn-RateLimit-Limit), and parses a 2xx body with `schema`.
 * An access token SP-API calls expired or invalid (401, or 403 saying so) is dropped and
 * replaced once. Everything else that is not 2xx is an SpApiError carrying the status,
 * SP-API's error code and, for 429/5xx, how long Amazon asked us to wait; no answer at all is
 * SpApiError status 0. A 2xx body that does not match the schema is SpApiError status 0 with
 * code `MalformedResponse`. Errors from the token source (AuthorizationRevokedError) pass through.
 */

export interface SpApiTokenSource {
  accessToken(): Promise<string>;
  /** The token was refused as expired or invalid: forget it, so the next call gets a fresh one. */
  invalidate(): Promise<void>;
}

export interface SpApiClientConfig {
  /** Without a trailing slash, as src/config.ts hands it out. */
  endpoint: string;
  tokens: SpApiTokenSource;
  retry?: RetryPolicy;
  deps?: RetryDeps;
}

export interface SpApiRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  query?: Record<string, string | number | readonly string[] | undefined>;
  body?: unknown;
}

const errorListSchema = z.object({ errors: z.array(z.object({ code: z.string(), message: z.optional(z.string()), details: z.optional(z.string()) })) });

export class SpApiError extends Error {
  constructor(
    readonly operation: string,
    /** 0 when no usable answer came back at all. */
    readonly status: number,
    readonly code?: string,
    /** What Amazon asked for on a 429/5xx that we did not wait out. */
    readonly retryAfterMs?: number,
  ) {
    super(`SP-API ${operation}: ${status || 'no answer'}${code ? ` ${code}` : ''}`);
    this.name = 'SpApiError';
  }

  /** Worth trying again later (throttled, Amazon's fault, or no answer). */
  get retryable(): boolean {
    return this.status === 0 || this.status === 429 || this.status >= 500;
  }
}

// SP-API calls an expired token 403 "Unauthorized" with a message saying so; an unknown one 401 or 403.
const TOKEN_REFUSED = /expired|revoked|malformed|invalid/i;

async function errorCodeOf(res: Response): Promise<{ code?: string; message?: string }> {
  const parsed = errorListSchema.safeParse(await res.json().catch(() => null));
  const first = parsed.success ? parsed.data.errors[0] : undefined;
  return { code: first?.code, message: first?.message };
}

export function buildUrl(endpoint: string, path: string, query: SpApiRequest['query'] = {}): string {
  const url = new URL(endpoint + path);
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue;
    url.searchParams.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  return url.toString();
}

export class SpApiClient {
  constructor(private readonly config: SpApiClientConfig) {}

  async request<S extends z.core.$ZodType>(operation: string, request: SpApiRequest, schema: S): Promise<z.infer<S>> {
    const res = await this.send(operation, request);
    const parsed = z.safeParse(schema, await res.json().catch(() => undefined));
    if (!parsed.success) throw new SpApiError(operation, 0, 'MalformedResponse');
    return parsed.data;
  }

  /** The raw 2xx answer (for callers that read no JSON); same errors as `request`. */
  async send(operation: string, request: SpApiRequest): Promise<Response> {
    const url = buildUrl(this.config.endpoint, request.path, request.query);
    const policy = this.config.retry ?? DEFAULT_RETRY;
    for (let renewed = false; ; renewed = true) {
      const token = await this.config.tokens.accessToken();
      let res: Response;
      try {
        res = await sendWithRetry(
          operation,
          (signal) =>
            fetch(url, {
              method: request.method,
              headers: {
                'x-amz-access-token': token,
                accept: 'application/json',
                ...(request.body === undefined ? {} : { 'content-type': 'application/json' }),
              },
              body: request.body === undefined ? undefined : JSON.stringify(request.body),
              signal,
            }),
          policy,
          this.config.deps,
        );
      } catch (err) {
        if (err instanceof AmazonUnreachableError) throw new SpApiError(operation, 0, 'Unreachable');
        throw err;
      }
      if (res.ok) return res;
      const { code, message } = await errorCodeOf(res);
      const tokenRefused = res.status === 401 || (res.status === 403 && TOKEN_REFUSED.test(message ?? ''));
      if (tokenRefused && !renewed) {
        await this.config.tokens.invalidate();
        continue;
      }
      throw new SpApiError(operation, res.status, code, requestedWaitMs(res, (this.config.deps?.now ?? Date.now)()));
    }
  }
}

/** A token source for one access token that cannot be renewed (the one a code exchange just returned). */
export const fixedToken = (accessToken: string): SpApiTokenSource => ({
  accessToken: async () => accessToken,
  invalidate: async () => undefined,
});
