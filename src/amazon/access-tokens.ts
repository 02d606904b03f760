import { sha256Hex } from '../crypto/hash';
import type { LwaConfig } from './config';
import { refreshAccessToken, type AccessToken } from './lwa-client';
import type { RetryDeps, RetryPolicy } from './retry';

/**
 * Access tokens for stored refresh tokens, cached until shortly before they expire.
 *
 * Contract: `get(refreshToken)` returns a valid access token, asking Login with Amazon only
 * when none is cached or the cached one has less than `marginMs` left; concurrent callers for
 * the same refresh token share one request. `invalidate(refreshToken)` drops the cached token
 * (SP-API said it is expired or invalid). Errors of refreshAccessToken pass through, in
 * particular AuthorizationRevokedError. Entries are keyed by a hash, so no refresh token is a
 * map key; the cache lives as long as the Worker isolate.
 */

export interface AccessTokenSource {
  get(refreshToken: string): Promise<string>;
  invalidate(refreshToken: string): Promise<void>;
}

interface Cached {
  accessToken: string;
  expiresAt: number;
}

export interface AccessTokenCacheDeps extends RetryDeps {
  retry?: RetryPolicy;
  /** Injected for tests; defaults to the LWA client. */
  refresh?: (config: LwaConfig, refreshToken: string) => Promise<AccessToken>;
}

export class AccessTokenCache implements AccessTokenSource {
  private readonly entries = new Map<string, Cached>();
  private readonly inFlight = new Map<string, Promise<string>>();

  constructor(
    private readonly lwa: LwaConfig,
    private readonly deps: AccessTokenCacheDeps = {},
    private readonly marginMs = 60_000,
  ) {}

  private now() {
    return (this.deps.now ?? Date.now)();
  }

  async get(refreshToken: string): Promise<string> {
    const key = await sha256Hex(refreshToken);
    const cached = this.entries.get(key);
    if (cached && cached.expiresAt - this.marginMs > this.now()) return cached.accessToken;
    const pending = this.inFlight.get(key);
    if (pending) return pending;
    const request = (async () => {
      try {
        const refresh = this.deps.refresh ?? ((config, token) => refreshAccessToken(config, token, this.deps));
        const issuedAt = this.now();
        const token = await refresh(this.lwa, refreshToken);
        this.entries.set(key, { accessToken: token.accessToken, expiresAt: issuedAt + token.expiresIn * 1000 });
        return token.accessToken;
      } finally {
        this.inFlight.delete(key);
      }
    })();
    this.inFlight.set(key, request);
    return request;
  }

  async invalidate(refreshToken: string): Promise<void> {
    this.entries.delete(await sha256Hex(refreshToken));
  }
}

const perIsolate = new Map<string, AccessTokenCache>();

/** The isolate's cache for one LWA app (tests pass their own AccessTokenCache instead). */
export function sharedAccessTokenCache(lwa: LwaConfig): AccessTokenCache {
  const id = `${lwa.tokenUrl} ${lwa.clientId}`;
  let cache = perIsolate.get(id);
  if (!cache) {
    cache = new AccessTokenCache(lwa);
    perIsolate.set(id, cache);
  }
  return cache;
}
