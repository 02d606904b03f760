import type { AmazonConfig } from '../amazon/config';
import { exchangeAuthorizationCode, LwaError } from '../amazon/lwa-client';
import { verifySellerIdentity } from '../amazon/seller-identity';
import { SELLER_ID_PATTERN, SellerAuthError, type SellerAuthProvider, type VerifiedSeller } from './provider';

export interface SpApiAuthConfig extends Pick<AmazonConfig, 'sellerCentralUrl' | 'applicationId' | 'authVersion' | 'lwa' | 'spApiEndpoint' | 'timeoutMs'> {
  /** Must be one of the redirect URIs registered for the app. */
  redirectUri: string;
}

/**
 * SP-API website authorization: consent in Seller Central, then the authorization code is
 * exchanged with Login with Amazon, then the new access token must open the Listings Items
 * API of the `selling_partner_id` on the callback URL. Only then is that id believed: the URL
 * is the browser's word, the code only proves that *some* seller consented, and SP-API answers
 * 403 when the token is another seller's.
 */
export class SpApiAuthProvider implements SellerAuthProvider {
  constructor(private readonly config: SpApiAuthConfig) {}

  consentUrl(state: string): string {
    const url = new URL(`${this.config.sellerCentralUrl}/apps/authorize/consent`);
    url.searchParams.set('application_id', this.config.applicationId);
    url.searchParams.set('state', state);
    if (this.config.authVersion) url.searchParams.set('version', this.config.authVersion);
    url.searchParams.set('redirect_uri', this.config.redirectUri);
    return url.toString();
  }

  async exchangeCode(code: string, sellingPartnerId: string): Promise<VerifiedSeller> {
    if (!SELLER_ID_PATTERN.test(sellingPartnerId)) throw new SellerAuthError('rejected', 'malformed selling_partner_id');
    if (!code || code.length > 512) throw new SellerAuthError('rejected', 'missing or oversized code');
    let tokens;
    try {
      tokens = await exchangeAuthorizationCode(this.config.lwa, code, this.config.redirectUri);
    } catch (err) {
      if (err instanceof LwaError) throw new SellerAuthError(err.kind, `token endpoint: ${err.message}`);
      throw err;
    }
    const identity = await verifySellerIdentity(this.config.spApiEndpoint, tokens.accessToken, sellingPartnerId, { timeoutMs: this.config.timeoutMs });
    if (identity === 'mismatch') throw new SellerAuthError('mismatch', 'SP-API refused the seller id on the callback for this authorization');
    if (identity === 'unavailable') throw new SellerAuthError('unavailable', 'SP-API could not confirm the seller');
    return { sellerId: sellingPartnerId, refreshToken: tokens.refreshToken };
  }
}
