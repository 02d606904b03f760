import * as z from '../model/zod';
import { JP_MARKETPLACE_ID } from './config';
import { DEFAULT_RETRY, type RetryDeps } from './retry';
import { fixedToken, SpApiClient, SpApiError } from './sp-api-client';

/**
 * Proof that an access token belongs to the seller id a browser claimed.
 *
 * Contract: `verifySellerIdentity` calls the seller-scoped Listings Items API
 * (`GET /listings/2021-08-01/items/{sellerId}?marketplaceIds=A1VC38T7YXB528`) with the token:
 * 200 → `verified`; 403 → `mismatch` (Amazon refuses another seller's id); anything else, or
 * no answer within the time allowed (two tries), → `unavailable`. Nothing else is trusted.
 */

export type IdentityCheck = 'verified' | 'mismatch' | 'unavailable';

// Only the shape Amazon promises for a 200 (ItemSearchResults); the items themselves are not needed.
const itemSearchResultsSchema = z.object({ numberOfResults: z.number().check(z.int(), z.nonnegative()), items: z.array(z.unknown()) });

export async function verifySellerIdentity(
  spApiEndpoint: string,
  accessToken: string,
  sellerId: string,
  options: { timeoutMs: number; deps?: RetryDeps },
): Promise<IdentityCheck> {
  // A person waits in the browser: one retry with a short backoff, no long waits.
  const client = new SpApiClient({
    endpoint: spApiEndpoint,
    tokens: fixedToken(accessToken),
    retry: { ...DEFAULT_RETRY, attempts: 2, baseMs: 200, maxMs: 1000, maxWaitMs: 2000, timeoutMs: options.timeoutMs },
    ...(options.deps ? { deps: options.deps } : {}),
  });
  try {
    await client.request(
      'listings.searchListingsItems',
      { method: 'GET', path: `/listings/2021-08-01/items/${encodeURIComponent(sellerId)}`, query: { marketplaceIds: JP_MARKETPLACE_ID, pageSize: 1 } },
      itemSearchResultsSchema,
    );
    return 'verified';
  } catch (err) {
    if (err instanceof SpApiError) return err.status === 403 ? 'mismatch' : 'unavailable';
    throw err;
  }
}
