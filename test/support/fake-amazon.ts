import { env } from 'cloudflare:workers';
import { exchangeAuthorizationCode } from '../../src/amazon/lwa-client';
import type { FakeCall, FakeFault } from '../../src/dev/fake-amazon/state';

/**
 * The fake Amazon's control endpoints, for tests running inside the Worker runtime. The fake
 * serves everything from one origin (SPAPI_ENDPOINT). Test files share it, so every helper is
 * scoped to a seller id the test made up.
 */
const control = async (method: string, path: string, body?: unknown) => {
  const res = await fetch(`${env.SPAPI_ENDPOINT}/control${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`fake Amazon control ${method} ${path} answered ${res.status}: ${await res.text()}`);
  return res.json();
};

export const injectAmazonFaults = (faults: FakeFault[]) => control('POST', '/faults', { faults });
export const clearAmazonFaults = (sellerId: string) => control('DELETE', `/faults?sellerId=${encodeURIComponent(sellerId)}`);
export const expireAuthorizationCode = (code: string) => control('POST', `/codes/${encodeURIComponent(code)}/expire`);
export const revokeAuthorization = (sellerId: string) => control('POST', `/sellers/${sellerId}/revoke`);
export const expireAccessTokens = (sellerId: string) => control('POST', `/sellers/${sellerId}/expire-access-tokens`);

export async function issuedRefreshTokens(sellerId: string): Promise<string[]> {
  return ((await control('GET', `/sellers/${sellerId}/refresh-tokens`)) as { refreshTokens: string[] }).refreshTokens;
}

/** What reached the fake Amazon for a seller (consent, token and SP-API calls). */
export async function amazonCallsFor(sellerId: string): Promise<FakeCall[]> {
  return ((await control('GET', `/calls?sellerId=${encodeURIComponent(sellerId)}`)) as { calls: FakeCall[] }).calls;
}

/** The LWA settings the Worker under test uses (they point at the fake). */
export const testLwaConfig = (timeoutMs = 2000) => ({ tokenUrl: env.LWA_TOKEN_URL!, clientId: env.LWA_CLIENT_ID!, clientSecret: env.LWA_CLIENT_SECRET!, timeoutMs });

const TEST_REDIRECT = 'https://bot.test/link/callback';

/** A seller consents on the fake Seller Central: the authorization code it hands back. */
export async function consentCode(sellerId: string): Promise<string> {
  const form = new URLSearchParams({ application_id: env.SPAPI_APPLICATION_ID!, state: 'test-state', redirect_uri: TEST_REDIRECT, seller_id: sellerId });
  const res = await fetch(`${env.SELLER_CENTRAL_URL}/apps/authorize/consent`, { method: 'POST', body: form, redirect: 'manual' });
  if (res.status !== 302) throw new Error(`consent answered ${res.status}`);
  return new URL(res.headers.get('location')!).searchParams.get('spapi_oauth_code')!;
}

/** Consent plus code exchange: the seller's refresh token, as linking obtains it. */
export async function authorizeSeller(sellerId: string): Promise<string> {
  return (await exchangeAuthorizationCode(testLwaConfig(), await consentCode(sellerId), TEST_REDIRECT)).refreshToken;
}

export const setAccountHealth = (sellerId: string, health: { accountStatus?: string; lateShipmentRate?: Record<string, unknown>; validTrackingRate?: Record<string, unknown> }) =>
  control('PUT', `/sellers/${sellerId}/account-health`, health);
export const setReportSettings = (sellerId: string, settings: { processingDelayMs?: number; outcome?: 'DONE' | 'FATAL' | 'CANCELLED'; gzip?: boolean }) =>
  control('PUT', `/sellers/${sellerId}/reports`, settings);
export const addFinancialEventGroup = (sellerId: string, group: { amount: number; currency?: string; FundTransferStatus?: string; FinancialEventGroupId?: string; startedDaysAgo?: number }) =>
  control('POST', `/sellers/${sellerId}/financial-event-groups`, group) as Promise<{ FinancialEventGroupId: string }>;
