import type { Env } from './env';
import { app } from './app';
import { handleAlertQueue } from './alerts/queue-consumer';
import { sweepStuckAlerts } from './alerts/sweeper';
import { createLogger } from './log';

export { Conversation } from './bot/conversation';
export { LinkSession } from './store/link-sessions';
export { SellerAccount } from './store/seller-account';

export default {
  fetch: app.fetch,
  queue: handleAlertQueue,
  async scheduled(controller, env, ctx) {
    ctx.waitUntil(sweepStuckAlerts(env, controller.scheduledTime, createLogger({ cron: controller.cron })));
  },
} satisfies ExportedHandler<Env>;
