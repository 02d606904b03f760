import { fromBase64 } from '../crypto/base64';

const encoder = new TextEncoder();
const keys = new Map<string, Promise<CryptoKey>>();

function hmacKey(secret: string): Promise<CryptoKey> {
  let key = keys.get(secret);
  if (!key) {
    key = crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
      'sign',
      'verify',
    ]);
    keys.set(secret, key);
  }
  return key;
}

/**
 * Checks `x-line-signature` (base64 HMAC-SHA256 of the raw body with the channel secret).
 * It must be given the bytes exactly as received: re-serialised JSON changes escapes
 * such as emoji surrogate pairs and breaks the signature. `subtle.verify` compares in
 * constant time.
 */
export async function verifyLineSignature(
  channelSecret: string,
  rawBody: ArrayBuffer | Uint8Array,
  signature: string | null | undefined,
): Promise<boolean> {
  if (!channelSecret || !signature) return false;
  const expected = fromBase64(signature.trim());
  if (!expected || expected.length !== 32) return false;
  return crypto.subtle.verify('HMAC', await hmacKey(channelSecret), expected, rawBody);
}

/** Signs a body as LINE would; used by the dev tools that post webhook events. */
export async function signLineBody(channelSecret: string, rawBody: string | Uint8Array): Promise<string> {
  const bytes = typeof rawBody === 'string' ? encoder.encode(rawBody) : rawBody;
  const mac = await crypto.subtle.sign('HMAC', await hmacKey(channelSecret), bytes);
  let binary = '';
  for (const b of new Uint8Array(mac)) binary += String.fromCharCode(b);
  return btoa(binary);
}
