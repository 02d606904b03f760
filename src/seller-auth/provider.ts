/**
 * Seller Central's side of linking: send the seller to a consent page, and turn the code
 * that comes back into a seller id we can trust. Implementations: the SP-API website
 * authorization (sp-api-provider.ts), pointed at Amazon or, in DEV_MODE, at the local fake.
 */
export interface SellerAuthProvider {
  /** Where the browser goes to log in and press 同意/consent; `state` comes back on the callback. */
  consentUrl(state: string): string;
  /**
   * Exchanges the authorization code server-side and proves with the new access token that
   * it belongs to `sellingPartnerId`. Resolves only then; throws SellerAuthError otherwise.
   */
  exchangeCode(code: string, sellingPartnerId: string): Promise<VerifiedSeller>;
}

/** A seller Amazon vouched for, with the refresh token of our app's authorization (a secret: keep it encrypted). */
export interface VerifiedSeller {
  sellerId: string;
  refreshToken: string;
}

export type SellerAuthFailure =
  /** Settings are missing: linking cannot start at all. */
  | 'not-configured'
  /** Amazon refused the code (forged, used, expired) or the seller id is malformed. */
  | 'rejected'
  /** The code is real but belongs to another seller than the one on the callback URL. */
  | 'mismatch'
  /** Amazon did not answer usefully (5xx, timeout, garbage); trying again later may work. */
  | 'unavailable';

export class SellerAuthError extends Error {
  constructor(readonly reason: SellerAuthFailure, detail: string) {
    super(`seller auth ${reason}: ${detail}`);
    this.name = 'SellerAuthError';
  }
}

/** Amazon merchant tokens are upper-case letters and digits (e.g. A1B2C3D4E5F6G7). */
export const SELLER_ID_PATTERN = /^[A-Z0-9]{8,20}$/;
