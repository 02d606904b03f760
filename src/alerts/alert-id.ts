import { sha256Hex } from '../crypto/hash';
import { randomToken } from '../crypto/random-token';

/**
 * Alert ids. With an idempotency key the id is derived from (seller, key), so a repeated
 * request, even two racing ones, lands on the same record and the same LINE retry key.
 * Ids fit postback values ([A-Za-z0-9._-]).
 */
export async function alertIdFor(sellerId: string, idempotencyKey: string): Promise<string> {
  return `al_${(await sha256Hex(`${sellerId}\n${idempotencyKey}`)).slice(0, 32)}`;
}

export const newAlertId = (): string => `al_${randomToken(16)}`;

export const ALERT_ID = /^al_[A-Za-z0-9_-]{16,40}$/;
