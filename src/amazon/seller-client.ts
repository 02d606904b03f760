import { sharedAccessTokenCache, type AccessTokenSource } from './access-tokens';
import type { AmazonConfig } from './config';
import { DEFAULT_RETRY, type RetryDeps, type RetryPolicy } from './retry';
import { SpApiClient } from './sp-api-client';

/**
 * The SP-API client for one linked seller, from the seller's (decrypted) refresh token.
 *
 * Contract: access tokens come from the isolate's AccessTokenCache unless one is passed;
 * an AuthorizationRevokedError from any call means the seller revoked our app: mark the
 * seller so and stop calling until they link again.
 */
export function sellerSpApiClient(
  config: Pick<AmazonConfig, 'lwa' | 'spApiEndpoint' | 'timeoutMs'>,
  refreshToken: string,
  options: { tokens?: AccessTokenSource; retry?: RetryPolicy; deps?: RetryDeps } = {},
): SpApiClient {
  const tokens = options.tokens ?? sharedAccessTokenCache(config.lwa);
  return new SpApiClient({
    endpoint: config.spApiEndpoint,
    tokens: { accessToken: () => tokens.get(refreshToken), invalidate: () => tokens.invalidate(refreshToken) },
    retry: options.retry ?? { ...DEFAULT_RETRY, timeoutMs: config.timeoutMs },
    ...(options.deps ? { deps: options.deps } : {}),
  });
}
