import * as z from '../../model/zod';
import { SELLER_ID } from '../../model/seller-id';
import type { Env } from '../../env';
import { MAX_QUEUE_DELAY_S } from './schedule';

/**
 * The messages of the source queue. `fan-out` walks the poll index one page at a time and
 * queues the per-seller jobs (so a cron run never lists every seller in one invocation);
 * `account-health` and `finances` poll one seller each.
 */
const sellerId = z.string().check(z.regex(SELLER_ID));

export const sourceJobSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('fan-out'), cursor: z.optional(z.string().check(z.minLength(1), z.maxLength(2048))) }),
  z.object({ kind: z.literal('account-health'), sellerId }),
  z.object({ kind: z.literal('finances'), sellerId }),
]);

export type SourceJob = z.infer<typeof sourceJobSchema>;
export type SellerJob = Exclude<SourceJob, { kind: 'fan-out' }>;

export const POLLERS = ['account-health', 'finances'] as const;

/** Every poller for one seller. */
export const pollJobsFor = (sellerId: string): SellerJob[] => POLLERS.map((kind) => ({ kind, sellerId }));

/** Queues.sendBatch takes at most 100 messages. */
const BATCH = 100;

export async function enqueueJobs(env: Pick<Env, 'SOURCE_QUEUE'>, jobs: SourceJob[], delaySeconds = 0): Promise<void> {
  const delay = Math.min(MAX_QUEUE_DELAY_S, Math.max(0, Math.ceil(delaySeconds)));
  for (let start = 0; start < jobs.length; start += BATCH) {
    await env.SOURCE_QUEUE.sendBatch(jobs.slice(start, start + BATCH).map((body) => ({ body, contentType: 'json' as const, ...(delay > 0 ? { delaySeconds: delay } : {}) })));
  }
}
