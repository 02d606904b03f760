import * as z from '../model/zod';
import type { LwaConfig } from './config';
import { AmazonUnreachableError, DEFAULT_RETRY, sendWithRetry, type RetryDeps, type RetryPolicy } from './retry';

/**
 * Login with Amazon's token endpoint (the two grants SP-API apps use).
 *
 * Contract:
 * - `exchangeAuthorizationCode` turns the `spapi_oauth_code` of a website authorization into
 *   an access token and a refresh token. One try only: a code is single use and a person waits.
 * - `refreshAccessToken` turns a stored refresh token into a fresh access token, retrying
 *   429/5xx/no-answer with bounded backoff.
 * - LWA's `invalid_grant` on a refresh means the seller revoked our app (or the token is dead):
 *   AuthorizationRevokedError, which must not be retried; the seller has to link again.
 * - Any other refusal is LwaError `rejected` (4xx: retrying will not help); no useful answer
 *   is LwaError `unavailable` (5xx, timeout, garbage; later may work).
 * Tokens never appear in an error message.
 */

export type LwaFailure = 'rejected' | 'unavailable';

export class LwaError extends Error {
  constructor(
    readonly kind: LwaFailure,
    readonly status: number,
    /** OAuth error code from the body, e.g. invalid_grant, invalid_client. */
    readonly oauthError?: string,
  ) {
    super(`Login with Amazon ${kind}: ${status || 'no answer'}${oauthError ? ` ${oauthError}` : ''}`);
    this.name = 'LwaError';
  }
}

export class AuthorizationRevokedError extends Error {
  constructor() {
    super('Login with Amazon answered invalid_grant for the refresh token: the seller has revoked the authorization');
    this.name = 'AuthorizationRevokedError';
  }
}

const tokenResponseSchema = z.object({
  access_token: z.string().check(z.minLength(1)),
  refresh_token: z.optional(z.string().check(z.minLength(1))),
  token_type: z.string(),
  expires_in: z.number().check(z.int(), z.positive()),
});

const errorResponseSchema = z.object({ error: z.string(), error_description: z.optional(z.string()) });

export interface AccessToken {
  accessToken: string;
  /** Seconds from issue, as LWA says (3600). */
  expiresIn: number;
}

export interface AuthorizationTokens extends AccessToken {
  refreshToken: string;
}

interface LwaDeps extends RetryDeps {
  retry?: RetryPolicy;
}

async function postToken(config: LwaConfig, operation: string, form: Record<string, string>, policy: RetryPolicy, deps: RetryDeps) {
  let res: Response;
  try {
    res = await sendWithRetry(
      operation,
      (signal) =>
        fetch(config.tokenUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded;charset=UTF-8', accept: 'application/json' },
          body: new URLSearchParams({ ...form, client_id: config.clientId, client_secret: config.clientSecret }),
          signal,
        }),
      policy,
      deps,
    );
  } catch (err) {
    if (err instanceof AmazonUnreachableError) throw new LwaError('unavailable', 0);
    throw err;
  }
  const body: unknown = await res.json().catch(() => null);
  if (res.ok) {
    const parsed = tokenResponseSchema.safeParse(body);
    // A 200 without tokens is no proof of anything.
    if (!parsed.success) throw new LwaError('unavailable', res.status, 'malformed_response');
    return parsed.data;
  }
  const oauthError = errorResponseSchema.safeParse(body).data?.error;
  throw new LwaError(res.status >= 400 && res.status < 500 && res.status !== 429 ? 'rejected' : 'unavailable', res.status, oauthError);
}

export async function exchangeAuthorizationCode(config: LwaConfig, code: string, redirectUri: string, deps: LwaDeps = {}): Promise<AuthorizationTokens> {
  const policy = { ...DEFAULT_RETRY, attempts: 1, timeoutMs: config.timeoutMs };
  const body = await postToken(config, 'lwa.authorizationCode', { grant_type: 'authorization_code', code, redirect_uri: redirectUri }, policy, deps);
  if (!body.refresh_token) throw new LwaError('unavailable', 200, 'no_refresh_token');
  return { accessToken: body.access_token, refreshToken: body.refresh_token, expiresIn: body.expires_in };
}

export async function refreshAccessToken(config: LwaConfig, refreshToken: string, deps: LwaDeps = {}): Promise<AccessToken> {
  const policy = { ...(deps.retry ?? DEFAULT_RETRY), timeoutMs: config.timeoutMs };
  try {
    const body = await postToken(config, 'lwa.refreshToken', { grant_type: 'refresh_token', refresh_token: refreshToken }, policy, deps);
    return { accessToken: body.access_token, expiresIn: body.expires_in };
  } catch (err) {
    if (err instanceof LwaError && err.oauthError === 'invalid_grant') throw new AuthorizationRevokedError();
    throw err;
  }
}
