import { ALERT_TYPES } from '../../../content/alerts';
import { readConfig } from '../../config';
import type { Env } from '../../env';

/**
 * What the page needs to know. No secret: events are signed and ops calls authorised by the
 * dev Worker on the page's behalf (routes.ts), so nothing secret ever reaches a browser.
 */
export interface SimulatorConfig {
  /** Where the bot's own links point (link pages open from here). */
  publicBaseUrl: string;
  alertTypes: readonly string[];
}

export const simulatorConfig = (env: Env): SimulatorConfig => ({
  publicBaseUrl: readConfig(env).publicBaseUrl,
  alertTypes: ALERT_TYPES,
});
