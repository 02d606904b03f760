import { alertDetailsSchema, type AlertDetails } from '../model/alert';

/**
 * Details for alerts that Amazon's data fills in. Amazon's values are not ours to trust
 * blindly: every field passes the same check as the ops API's (src/model/alert.ts), and one
 * that fails is left out rather than failing the alert. Marketplace ids become store names.
 *
 * Contract: `amazonDetails(raw)` returns only fields that alertDetailsSchema would accept, or
 * undefined when none is left; `percent(rate)` turns Amazon's 0–1 rates into percent (2 decimals).
 */

const MARKETPLACE_NAMES: Record<string, string> = {
  A1VC38T7YXB528: 'Amazon.co.jp',
  ATVPDKIKX0DER: 'Amazon.com',
  A2EUQ1WTGCTBG2: 'Amazon.ca',
  A1AM78C64UM0Y8: 'Amazon.com.mx',
  A1F83G8C2ARO7P: 'Amazon.co.uk',
  A1PA6795UKMFR9: 'Amazon.de',
  A39IBJ37TRP1C6: 'Amazon.com.au',
  A19VAU5U5O7RUS: 'Amazon.sg',
};

export const marketplaceName = (marketplaceId: string): string => MARKETPLACE_NAMES[marketplaceId] ?? marketplaceId;

export const percent = (rate: number): number => Math.round(rate * 10_000) / 100;

export function amazonDetails(raw: { [K in keyof AlertDetails]?: AlertDetails[K] | undefined }): AlertDetails | undefined {
  const details: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw) as [keyof AlertDetails, unknown][]) {
    if (value !== undefined && alertDetailsSchema.shape[key].safeParse(value).success) details[key] = value;
  }
  // A currency alone means nothing (and the intake refuses it).
  if (!('amount' in details)) delete details.currency;
  return Object.keys(details).length > 0 ? (details as AlertDetails) : undefined;
}

/** Idempotency keys are printable ASCII without spaces, at most 128 characters (src/model/alert.ts). */
export const idempotencyKey = (...parts: (string | number)[]): string =>
  parts
    .map((part) => String(part).replace(/[^\x21-\x7e]/g, '_'))
    .join(':')
    .slice(0, 128);
