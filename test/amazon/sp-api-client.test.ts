import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AccessTokenCache } from '../../src/amazon/access-tokens';
import { exchangeAuthorizationCode, AuthorizationRevokedError, LwaError, refreshAccessToken } from '../../src/amazon/lwa-client';
import { sellerSpApiClient } from '../../src/amazon/seller-client';
import { verifySellerIdentity } from '../../src/amazon/seller-identity';
import { SpApiError } from '../../src/amazon/sp-api-client';
import { DEFAULT_RETRY } from '../../src/amazon/retry';
import {
  amazonCallsFor,
  authorizeSeller,
  clearAmazonFaults,
  consentCode,
  expireAccessTokens,
  injectAmazonFaults,
  revokeAuthorization,
  testLwaConfig,
} from '../support/fake-amazon';
import { newSellerId } from '../support/linking';

const searchResults = z.object({ numberOfResults: z.number(), items: z.array(z.object({ sku: z.string() })) });
const listings = (sellerId: string) => ({ method: 'GET' as const, path: `/listings/2021-08-01/items/${sellerId}`, query: { marketplaceIds: 'A1VC38T7YXB528' } });
const config = () => ({ lwa: testLwaConfig(), spApiEndpoint: env.SPAPI_ENDPOINT!, timeoutMs: 2000 });
const noWait = { sleep: async () => undefined };
const tokenCalls = async (sellerId: string) => (await amazonCallsFor(sellerId)).filter((call) => call.path === '/auth/o2/token');
const listingCalls = async (sellerId: string) => (await amazonCallsFor(sellerId)).filter((call) => call.path.startsWith('/listings/')).map((call) => call.status);

describe('Login with Amazon', () => {
  it('exchanges a code once; the second exchange is refused', async () => {
    const code = await consentCode(newSellerId());
    const redirect = 'https://bot.test/link/callback';
    const tokens = await exchangeAuthorizationCode(testLwaConfig(), code, redirect);
    expect(tokens.refreshToken).toMatch(/^Atzr\|/);
    expect(tokens.expiresIn).toBe(3600);
    await expect(exchangeAuthorizationCode(testLwaConfig(), code, redirect)).rejects.toMatchObject({ kind: 'rejected', status: 400, oauthError: 'invalid_grant' });
  });

  it('refuses a code sent with another redirect URI or client', async () => {
    const redirect = 'https://bot.test/link/callback';
    await expect(exchangeAuthorizationCode(testLwaConfig(), await consentCode(newSellerId()), 'https://evil.test/link/callback')).rejects.toMatchObject({ oauthError: 'invalid_grant' });
    await expect(exchangeAuthorizationCode({ ...testLwaConfig(), clientSecret: 'wrong' }, await consentCode(newSellerId()), redirect)).rejects.toMatchObject({ kind: 'rejected', status: 401, oauthError: 'invalid_client' });
  });

  it('turns invalid_grant on a refresh into AuthorizationRevokedError, and other failures into LwaError', async () => {
    const seller = newSellerId();
    const refreshToken = await authorizeSeller(seller);
    expect((await refreshAccessToken(testLwaConfig(), refreshToken)).accessToken).toMatch(/^Atza\|/);
    await injectAmazonFaults([{ sellerId: seller, path: '/auth/o2/token', status: 503, count: -1 }]);
    try {
      await expect(refreshAccessToken(testLwaConfig(), refreshToken, noWait)).rejects.toMatchObject({ kind: 'unavailable', status: 503 });
      expect((await tokenCalls(seller)).slice(-DEFAULT_RETRY.attempts).map((call) => call.status)).toEqual(Array(DEFAULT_RETRY.attempts).fill(503));
    } finally {
      await clearAmazonFaults(seller);
    }
    await revokeAuthorization(seller);
    await expect(refreshAccessToken(testLwaConfig(), refreshToken)).rejects.toBeInstanceOf(AuthorizationRevokedError);
    await expect(refreshAccessToken(testLwaConfig(), 'Atzr|never-issued')).rejects.toBeInstanceOf(AuthorizationRevokedError);
    await expect(refreshAccessToken({ ...testLwaConfig(), tokenUrl: 'http://127.0.0.1:9/auth/o2/token' }, refreshToken, noWait)).rejects.toBeInstanceOf(LwaError);
  });
});

describe('AccessTokenCache', () => {
  it('asks LWA once while the token is fresh, once for concurrent callers, and again shortly before expiry', async () => {
    const seller = newSellerId();
    const refreshToken = await authorizeSeller(seller);
    let now = Date.now();
    const cache = new AccessTokenCache(testLwaConfig(), { now: () => now });
    const before = (await tokenCalls(seller)).length;
    const [a, b] = await Promise.all([cache.get(refreshToken), cache.get(refreshToken)]);
    expect(a).toBe(b);
    expect(await cache.get(refreshToken)).toBe(a);
    expect((await tokenCalls(seller)).length - before).toBe(1);
    now += 3600_000 - 30_000; // inside the last minute
    const renewed = await cache.get(refreshToken);
    expect(renewed).not.toBe(a);
    expect((await tokenCalls(seller)).length - before).toBe(2);
    await cache.invalidate(refreshToken);
    expect(await cache.get(refreshToken)).not.toBe(renewed);
  });
});

describe('SpApiClient for a seller', () => {
  it('reads the seller’s own data with x-amz-access-token and is refused another seller’s (403, not retried)', async () => {
    const seller = newSellerId();
    const other = newSellerId();
    const client = sellerSpApiClient(config(), await authorizeSeller(seller), { tokens: new AccessTokenCache(testLwaConfig()) });
    const result = await client.request('listings', listings(seller), searchResults);
    expect(result.items.map((item) => item.sku)).toEqual(['DEV-SKU-001']);
    await expect(client.request('listings', listings(other), searchResults)).rejects.toMatchObject({ status: 403, code: 'Unauthorized', retryable: false });
    expect(await listingCalls(seller)).toEqual([200, 403]);
  });

  it('replaces an access token SP-API calls expired, once', async () => {
    const seller = newSellerId();
    const tokens = new AccessTokenCache(testLwaConfig());
    const client = sellerSpApiClient(config(), await authorizeSeller(seller), { tokens });
    await client.request('listings', listings(seller), searchResults);
    await expireAccessTokens(seller);
    await client.request('listings', listings(seller), searchResults);
    expect(await listingCalls(seller)).toEqual([200, 403, 200]);
  });

  it('surfaces a revoked authorization as AuthorizationRevokedError, without retrying it', async () => {
    const seller = newSellerId();
    const client = sellerSpApiClient(config(), await authorizeSeller(seller), { tokens: new AccessTokenCache(testLwaConfig()) });
    await client.request('listings', listings(seller), searchResults);
    await revokeAuthorization(seller);
    const before = (await tokenCalls(seller)).length;
    await expect(client.request('listings', listings(seller), searchResults)).rejects.toBeInstanceOf(AuthorizationRevokedError);
    expect((await tokenCalls(seller)).slice(before).map((call) => call.status)).toEqual([400]);
  });

  it('retries 429s and 5xx within its policy; a long Retry-After is handed back instead of waited out', async () => {
    const seller = newSellerId();
    const client = sellerSpApiClient(config(), await authorizeSeller(seller), { tokens: new AccessTokenCache(testLwaConfig()), deps: noWait });
    await injectAmazonFaults([
      { sellerId: seller, path: '/listings/', status: 429, count: 1, retryAfterSeconds: 1 },
      { sellerId: seller, path: '/listings/', status: 503, count: 1 },
    ]);
    await client.request('listings', listings(seller), searchResults);
    expect(await listingCalls(seller)).toEqual([429, 503, 200]);

    await injectAmazonFaults([{ sellerId: seller, path: '/listings/', status: 429, count: 1, retryAfterSeconds: 120 }]);
    await expect(client.request('listings', listings(seller), searchResults)).rejects.toMatchObject({ status: 429, retryable: true, retryAfterMs: 120_000 });

    await injectAmazonFaults([{ sellerId: seller, path: '/listings/', status: 500, count: -1 }]);
    try {
      const error = await client.request('listings', listings(seller), searchResults).catch((err: unknown) => err);
      expect(error).toBeInstanceOf(SpApiError);
      expect(error).toMatchObject({ status: 500, retryable: true });
    } finally {
      await clearAmazonFaults(seller);
    }
    expect((await listingCalls(seller)).slice(4)).toEqual(Array(DEFAULT_RETRY.attempts).fill(500));
  });

  it('refuses a 2xx body that is not what the schema says', async () => {
    const seller = newSellerId();
    const client = sellerSpApiClient(config(), await authorizeSeller(seller), { tokens: new AccessTokenCache(testLwaConfig()) });
    await expect(client.request('listings', listings(seller), z.object({ payload: z.string() }))).rejects.toMatchObject({ status: 0, code: 'MalformedResponse' });
  });
});

describe('verifySellerIdentity', () => {
  it('is verified for the token’s own seller, a mismatch for another, unavailable when SP-API fails', async () => {
    const seller = newSellerId();
    const code = await consentCode(seller);
    const { accessToken } = await exchangeAuthorizationCode(testLwaConfig(), code, 'https://bot.test/link/callback');
    const check = (sellerId: string) => verifySellerIdentity(env.SPAPI_ENDPOINT!, accessToken, sellerId, { timeoutMs: 2000, deps: noWait });
    expect(await check(seller)).toBe('verified');
    expect(await check(newSellerId())).toBe('mismatch');
    expect(await verifySellerIdentity(env.SPAPI_ENDPOINT!, 'Atza|forged', seller, { timeoutMs: 2000, deps: noWait })).toBe('unavailable');
    expect(await verifySellerIdentity('http://127.0.0.1:9', accessToken, seller, { timeoutMs: 2000, deps: noWait })).toBe('unavailable');
  });
});
