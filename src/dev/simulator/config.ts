import { ALERT_TYPES } from '../../../content/alerts';
import { DEV_LWA_CLIENT } from '../../amazon/config';
import { readConfig } from '../../config';
import type { Env } from '../../env';
import type { SimulatorConfig } from './protocol';

/** What the page needs to know; nothing secret (see protocol.ts). */
export const simulatorConfig = (env: Env): SimulatorConfig => ({
  publicBaseUrl: readConfig(env).publicBaseUrl,
  alertTypes: ALERT_TYPES,
  spApiApplicationId: readConfig(env).amazon.applicationId || DEV_LWA_CLIENT.applicationId,
});
