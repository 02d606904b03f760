import { SELLER_ID_PATTERN, SellerAuthError, type SellerAuthProvider } from './provider';

export interface SpApiAuthConfig {
  /** e.g. https://sellercentral-japan.amazon.com */
  sellerCentralUrl: string;
  applicationId: string;
  /** "beta" while the app is in draft; empty for a published app. */
  version: string;
  /** Must be one of the redirect URIs registered for the app. */
  redirectUri: string;
  /** Login with Amazon token endpoint, e.g. https://api.amazon.com/auth/o2/token */
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  timeoutMs?: number;
}

/**
 * SP-API website authorization: consent in Seller Central, then the authorization code is
 * exchanged with Login with Amazon. A `selling_partner_id` on the callback URL is only
 * believed once Amazon has accepted the code that came with it, so a hand-made callback
 * URL links nothing. The refresh token is not kept: this bot never calls SP-API.
 */
export class SpApiAuthProvider implements SellerAuthProvider {
  constructor(private readonly config: SpApiAuthConfig) {}

  consentUrl(state: string): string {
    const url = new URL(`${this.config.sellerCentralUrl.replace(/\/+$/, '')}/apps/authorize/consent`);
    url.searchParams.set('application_id', this.config.applicationId);
    url.searchParams.set('state', state);
    if (this.config.version) url.searchParams.set('version', this.config.version);
    url.searchParams.set('redirect_uri', this.config.redirectUri);
    return url.toString();
  }

  async exchangeCode(code: string, sellingPartnerId: string): Promise<string> {
    if (!SELLER_ID_PATTERN.test(sellingPartnerId)) throw new SellerAuthError('rejected', 'malformed selling_partner_id');
    if (!code || code.length > 512) throw new SellerAuthError('rejected', 'missing or oversized code');
    let res: Response;
    try {
      res = await fetch(this.config.tokenUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded;charset=UTF-8', accept: 'application/json' },
        body: new URLSearchParams({
          grant_type: 'authorization_code',
          code,
          redirect_uri: this.config.redirectUri,
          client_id: this.config.clientId,
          client_secret: this.config.clientSecret,
        }),
        signal: AbortSignal.timeout(this.config.timeoutMs ?? 8000),
      });
    } catch (err) {
      throw new SellerAuthError('unavailable', `token endpoint did not answer: ${String(err)}`);
    }
    if (res.status >= 400 && res.status < 500) throw new SellerAuthError('rejected', `token endpoint answered ${res.status}`);
    if (!res.ok) throw new SellerAuthError('unavailable', `token endpoint answered ${res.status}`);
    const body = (await res.json().catch(() => null)) as { refresh_token?: unknown } | null;
    // A 200 without a refresh token is no proof that Amazon accepted the code.
    if (typeof body?.refresh_token !== 'string' || body.refresh_token === '') throw new SellerAuthError('unavailable', 'token response has no refresh_token');
    return sellingPartnerId;
  }
}
