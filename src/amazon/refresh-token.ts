import type { TokenCipher } from '../crypto/token-cipher';

/**
 * How a seller's LWA refresh token is kept: encrypted with TOKEN_ENCRYPTION_KEY and bound to
 * the seller id, so a sealed token copied onto another seller's record does not decrypt.
 *
 * Contract: `openRefreshToken(cipher, sellerId, sealRefreshToken(cipher, sellerId, t)) === t`;
 * any other seller id, key or a changed value throws TokenDecryptError.
 */
const context = (sellerId: string) => `lwa-refresh-token:${sellerId}`;

export const sealRefreshToken = (cipher: TokenCipher, sellerId: string, refreshToken: string): Promise<string> =>
  cipher.encrypt(refreshToken, context(sellerId));

export const openRefreshToken = (cipher: TokenCipher, sellerId: string, sealed: string): Promise<string> => cipher.decrypt(sealed, context(sellerId));
