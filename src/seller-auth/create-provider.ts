import { amazonConfig, AmazonNotConfiguredError } from '../amazon/config';
import { readConfig } from '../config';
import { decodeTokenKey, TokenKeyError } from '../crypto/token-cipher';
import type { Env } from '../env';
import { SellerAuthError, type SellerAuthProvider } from './provider';
import { SpApiAuthProvider } from './sp-api-provider';

export const linkCallbackUrl = (env: Env) => `${readConfig(env).publicBaseUrl}/link/callback`;

/**
 * The provider for this deployment. In DEV_MODE without a SELLER_CENTRAL_URL, the same
 * SP-API provider talks to the local fake Amazon (src/dev/fake-amazon), so the exchange and
 * identity check that run in production also run on one machine. Linking also needs
 * TOKEN_ENCRYPTION_KEY, since a linked seller's refresh token is only ever kept encrypted.
 */
export function createSellerAuthProvider(env: Env): SellerAuthProvider {
  try {
    decodeTokenKey(readConfig(env).tokenEncryptionKey);
    return new SpApiAuthProvider({ ...amazonConfig(env), redirectUri: linkCallbackUrl(env) });
  } catch (err) {
    if (err instanceof AmazonNotConfiguredError || err instanceof TokenKeyError) throw new SellerAuthError('not-configured', err.message);
    throw err;
  }
}
