import type { Env } from './env';
import { app } from './app';
import { handleAlertQueue } from './alerts/queue-consumer';

export { Conversation } from './bot/conversation';

export default {
  fetch: app.fetch,
  queue: handleAlertQueue,
} satisfies ExportedHandler<Env>;
