import type { Env } from './env';
import { app } from './app';

export { Conversation } from './bot/conversation';

export default {
  fetch: app.fetch,
} satisfies ExportedHandler<Env>;
