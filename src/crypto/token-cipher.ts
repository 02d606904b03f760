import { fromBase64, fromBase64Url, toBase64Url } from './base64';

/**
 * Encrypts credentials we must keep (an SP-API refresh token) with AES-256-GCM.
 *
 * Contract:
 * - The key is the secret TOKEN_ENCRYPTION_KEY: standard base64 of exactly 32 random bytes
 *   (`openssl rand -base64 32`). Anything else is refused with a TokenKeyError naming the
 *   problem, never the value.
 * - `encrypt(plaintext, context)` returns `v1.<iv>.<ciphertext+tag>` (base64url parts) with a
 *   fresh random 96-bit IV each time. `context` (e.g. the seller id the token belongs to) is
 *   bound as additional authenticated data: a sealed value copied to another context does
 *   not decrypt.
 * - `decrypt` throws TokenDecryptError for a wrong key, a wrong context, a tampered or a
 *   malformed value; it never returns garbage.
 */

const VERSION = 'v1';
const IV_BYTES = 12;
const KEY_BYTES = 32;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

export class TokenKeyError extends Error {
  constructor(detail: string) {
    super(`TOKEN_ENCRYPTION_KEY ${detail}`);
    this.name = 'TokenKeyError';
  }
}

export class TokenDecryptError extends Error {
  constructor(detail: string) {
    super(`cannot decrypt token: ${detail}`);
    this.name = 'TokenDecryptError';
  }
}

/** The raw key bytes, or a TokenKeyError saying what is wrong (missing, not base64, wrong length). */
export function decodeTokenKey(base64: string | undefined): Uint8Array {
  const text = (base64 ?? '').trim();
  if (!text) throw new TokenKeyError('is not set');
  const bytes = fromBase64(text);
  if (!bytes) throw new TokenKeyError('is not standard base64 (generate one with `openssl rand -base64 32`)');
  if (bytes.length !== KEY_BYTES) throw new TokenKeyError(`must be base64 of exactly ${KEY_BYTES} bytes; it decodes to ${bytes.length} bytes`);
  return bytes;
}

export interface TokenCipher {
  encrypt(plaintext: string, context: string): Promise<string>;
  decrypt(sealed: string, context: string): Promise<string>;
}

const aad = (context: string) => encoder.encode(`${VERSION}|${context}`);

// Importing is cheap but not free; a Worker isolate sees the same key on every request.
const keys = new Map<string, Promise<CryptoKey>>();

function importKey(base64: string): Promise<CryptoKey> {
  let key = keys.get(base64);
  if (!key) {
    key = crypto.subtle.importKey('raw', decodeTokenKey(base64), { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
    keys.set(base64, key);
  }
  return key;
}

/** A cipher for TOKEN_ENCRYPTION_KEY; throws TokenKeyError when the key is missing or invalid. */
export async function createTokenCipher(base64Key: string | undefined): Promise<TokenCipher> {
  decodeTokenKey(base64Key);
  const key = await importKey(base64Key!.trim());
  return {
    async encrypt(plaintext, context) {
      const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
      const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: aad(context) }, key, encoder.encode(plaintext));
      return `${VERSION}.${toBase64Url(iv)}.${toBase64Url(new Uint8Array(sealed))}`;
    },
    async decrypt(sealed, context) {
      const parts = sealed.split('.');
      if (parts.length !== 3 || parts[0] !== VERSION) throw new TokenDecryptError('unknown format or version');
      const iv = fromBase64Url(parts[1]!);
      const data = fromBase64Url(parts[2]!);
      if (!iv || iv.length !== IV_BYTES || !data) throw new TokenDecryptError('malformed value');
      try {
        const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: aad(context) }, key, data);
        return decoder.decode(plain);
      } catch {
        throw new TokenDecryptError('wrong key, wrong context or tampered value');
      }
    },
  };
}
