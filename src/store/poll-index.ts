/**
 * The sellers the Amazon pollers visit, in KV: `amazon-poll:<sellerId>` → "". Each seller's
 * object (SellerAccount) writes and removes its own entry whenever it becomes pollable or
 * stops being so (linked with stored credentials, authorization not revoked). It is a cache
 * for listing them: the object stays the truth and is asked again before each poll.
 */
const PREFIX = 'amazon-poll:';

export async function setPollable(env: { KV: KVNamespace }, sellerId: string, pollable: boolean): Promise<void> {
  if (pollable) await env.KV.put(PREFIX + sellerId, '');
  else await env.KV.delete(PREFIX + sellerId);
}

/** One page of pollable sellers; pass the cursor back for the next. */
export async function listPollableSellers(env: { KV: KVNamespace }, options: { limit: number; cursor?: string }): Promise<{ sellerIds: string[]; cursor?: string }> {
  const page = await env.KV.list({ prefix: PREFIX, limit: options.limit, ...(options.cursor ? { cursor: options.cursor } : {}) });
  return { sellerIds: page.keys.map((key) => key.name.slice(PREFIX.length)), ...(page.list_complete ? {} : { cursor: page.cursor }) };
}
