import { ALERT_TYPES } from '../../../content/alerts';
import { DEV_LWA_CLIENT } from '../../amazon/config';
import type { Env } from '../../env';
import type { SimulatorConfig } from './protocol';

/** What the page needs to know; nothing secret (see protocol.ts). */
export const simulatorConfig = (env: Env): SimulatorConfig => ({
  publicBaseUrl: env.PUBLIC_BASE_URL,
  alertTypes: ALERT_TYPES,
  spApiApplicationId: env.SPAPI_APPLICATION_ID || DEV_LWA_CLIENT.applicationId,
});
