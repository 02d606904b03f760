import type { Env } from './env';
import { app } from './app';
import { handleAlertQueue } from './alerts/queue-consumer';
import { sweepStuckAlerts } from './alerts/sweeper';
import { createLogger } from './log';
import { SOURCE_POLL_CRON } from './sources/amazon/schedule';
import { handleSourceQueue, isSourceQueue, startPollingAll } from './sources/amazon/source-queue';

export { Conversation } from './bot/conversation';
export { LinkSession } from './store/link-sessions';
export { SellerAccount } from './sellers/seller-account';

export default {
  fetch: app.fetch,
  queue: (batch, env) => (isSourceQueue(batch.queue) ? handleSourceQueue(batch, env) : handleAlertQueue(batch, env)),
  async scheduled(controller, env, ctx) {
    const log = createLogger({ cron: controller.cron });
    if (controller.cron === SOURCE_POLL_CRON) ctx.waitUntil(startPollingAll(env).then(() => log.info('Amazon polls started')));
    else ctx.waitUntil(sweepStuckAlerts(env, controller.scheduledTime, log));
  },
} satisfies ExportedHandler<Env>;
