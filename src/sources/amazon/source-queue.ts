import { isDeadLetterQueue } from '../../alerts/queue-consumer';
import type { Env } from '../../env';
import { createLogger, type Logger } from '../../log';
import { listPollableSellers } from '../../store/poll-index';
import { enqueueJobs, pollJobsFor, sourceJobSchema, type SourceJob } from './jobs';
import { pollAccountHealth, pollFinances, type JobOutcome } from './pollers';
import { MAX_SOURCE_ATTEMPTS, retryDelaySeconds } from './schedule';

/** The source queues are named after this (wrangler.toml): seller-sources, seller-sources-dev, their -dlq. */
export const SOURCE_QUEUE_PREFIX = 'seller-sources';
export const isSourceQueue = (queueName: string): boolean => queueName === SOURCE_QUEUE_PREFIX || queueName.startsWith(`${SOURCE_QUEUE_PREFIX}-`);

/** Sellers listed per fan-out step; each gets one job per poller. */
export const FAN_OUT_PAGE = 500;

/** Starts a poll of every pollable seller (the cron, or ops without a seller id). */
export const startPollingAll = (env: Pick<Env, 'SOURCE_QUEUE'>) => enqueueJobs(env, [{ kind: 'fan-out' }]);

/** One page of the poll index → a job per seller and poller, and the next page as a job of its own. */
async function fanOut(env: Env, cursor: string | undefined, log: Logger): Promise<JobOutcome> {
  const page = await listPollableSellers(env, { limit: FAN_OUT_PAGE, ...(cursor ? { cursor } : {}) });
  await enqueueJobs(env, page.sellerIds.flatMap(pollJobsFor));
  if (page.cursor) await enqueueJobs(env, [{ kind: 'fan-out', cursor: page.cursor }]);
  log.info('polls queued', { sellers: page.sellerIds.length, more: Boolean(page.cursor) });
  return { kind: 'done' };
}

function runJob(env: Env, job: SourceJob, attempt: number, log: Logger): Promise<JobOutcome> {
  switch (job.kind) {
    case 'fan-out':
      return fanOut(env, job.cursor, log);
    case 'account-health':
      return pollAccountHealth(env, job.sellerId, attempt, log);
    case 'finances':
      return pollFinances(env, job.sellerId, attempt, log);
  }
}

/**
 * The `queue` handler of the source queues. Each job is acked or retried on its own; a job
 * asks to come back later (a report still being made, Amazon throttling or failing) through a
 * delayed retry, bounded by MAX_SOURCE_ATTEMPTS: the last attempt gives up and says so in the
 * log, so nothing is retried forever. The dead-letter queue only logs what reached it.
 */
export async function handleSourceQueue(batch: MessageBatch<unknown>, env: Env): Promise<void> {
  const log = createLogger({ queue: batch.queue });
  const deadLetters = isDeadLetterQueue(batch.queue);
  await Promise.all(
    batch.messages.map(async (message) => {
      const parsed = sourceJobSchema.safeParse(message.body);
      if (!parsed.success) {
        log.error('dropping a source queue message that is not a job', { messageId: message.id });
        message.ack();
        return;
      }
      const job = parsed.data;
      const jobLog = log.child({ job: job.kind, ...('sellerId' in job ? { seller: job.sellerId } : {}), attempt: message.attempts });
      if (deadLetters) {
        jobLog.error('source job dead-lettered; the next scheduled poll runs it again');
        message.ack();
        return;
      }
      let outcome: JobOutcome;
      try {
        outcome = await runJob(env, job, message.attempts, jobLog);
      } catch (err) {
        jobLog.error('source job failed', { error: err });
        outcome = { kind: 'retry', delaySeconds: retryDelaySeconds(message.attempts), reason: 'crashed' };
      }
      if (outcome.kind === 'done') {
        message.ack();
      } else if (message.attempts >= MAX_SOURCE_ATTEMPTS) {
        jobLog.error('source job given up; the next scheduled poll runs it again', { reason: outcome.reason });
        message.ack();
      } else {
        jobLog.info('source job comes back later', { reason: outcome.reason, delaySeconds: outcome.delaySeconds });
        message.retry({ delaySeconds: outcome.delaySeconds });
      }
    }),
  );
}
