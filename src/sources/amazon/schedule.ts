import { readConfig } from '../../config';
import type { Env } from '../../env';

/**
 * When and how often the Amazon sources act. The cron expression must match the one in
 * wrangler.toml's `crons` (every environment): the scheduled handler tells the pollers' run
 * from the alert sweeper's by it.
 */
export const SOURCE_POLL_CRON = '17 */2 * * *';

/** Several listing changes of one seller within this long become one alert (AMAZON_LISTING_WINDOW_MS). */
export const listingWindowMs = (env: Env): number => readConfig(env).amazon.listingWindowMs;

/**
 * Queue attempts per source job. Keep equal to max_retries + 1 of the source queue's consumer
 * in wrangler.toml: the last attempt gives up itself, the dead-letter consumer catches the rest.
 */
export const MAX_SOURCE_ATTEMPTS = 16;

/** Waits (s) before checking a report that is still IN_QUEUE/IN_PROGRESS again: about 33 minutes in all. */
export const REPORT_CHECK_DELAYS_S = [15, 30, 60, 120, 240, 300, 300, 300, 300, 300] as const;

/** Waits (s) after a failure worth retrying, unless Amazon asked for longer. */
export const retryDelaySeconds = (attempt: number): number => Math.min(600, 10 * 2 ** Math.max(0, attempt - 1));

/** Queues take a delay of at most 12 hours. */
export const MAX_QUEUE_DELAY_S = 12 * 60 * 60;

/** How far back the finances poller looks for failed payouts (well inside the 90 days idempotency keys are kept). */
export const FINANCES_LOOKBACK_DAYS = 45;
