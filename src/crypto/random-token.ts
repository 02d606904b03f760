import { toBase64Url } from './base64';

/** An unguessable URL-safe token; 16 bytes = 128 bits by default. */
export function randomToken(bytes = 16): string {
  return toBase64Url(crypto.getRandomValues(new Uint8Array(bytes)));
}
