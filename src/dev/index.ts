import worker from '../index';
import { devApp } from './app';
import type { DevEnv } from './dev-env';

/**
 * The Worker of `npm run dev` ([env.dev] in wrangler.toml): the production Worker with the
 * local tools (fake LINE API, simulator, fake Amazon, LINE's account-link dialog) mounted
 * under /dev. The production entry (src/index.ts) imports none of them.
 */
export { Conversation, LinkSession, SellerAccount } from '../index';

export default {
  ...worker,
  fetch: devApp.fetch,
} satisfies ExportedHandler<DevEnv>;
