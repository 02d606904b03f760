import { ALERT_TYPES } from '../../../content/alerts';
import type { Env } from '../../env';

export interface SimulatorConfig {
  /** Signs webhook events in the page, as LINE would with the channel secret. */
  channelSecret: string;
  /** Bearer token for the ops API calls of the ops panel. */
  opsToken: string;
  /** Where the bot's own links point (link pages open from here). */
  publicBaseUrl: string;
  alertTypes: readonly string[];
}

export const simulatorConfig = (env: Env): SimulatorConfig => ({
  channelSecret: env.LINE_CHANNEL_SECRET,
  opsToken: env.OPS_API_TOKEN,
  publicBaseUrl: env.PUBLIC_BASE_URL,
  alertTypes: ALERT_TYPES,
});
