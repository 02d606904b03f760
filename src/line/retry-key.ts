import { sha256Hex } from '../crypto/hash';

/**
 * A stable `X-Line-Retry-Key` (LINE wants a UUID) derived from what is being sent, so that
 * every retry of the same push, even from another invocation, carries the same key.
 */
export async function retryKeyFor(seed: string): Promise<string> {
  const h = await sha256Hex(seed);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
