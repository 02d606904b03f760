import { DEV_LWA_CLIENT } from '../amazon/config';
import { readConfig } from '../config';
import { linkCallbackUrl } from '../seller-auth/create-provider';
import type { DevEnv } from './dev-env';
import { createFakeAmazon, FakeAmazonState } from './fake-amazon';

/**
 * The fake Amazon of `npm run dev` (Seller Central's consent page, Login with Amazon, SP-API
 * and control endpoints, see ./fake-amazon), set up for the dev SP-API app: the app ids of
 * [env.dev.vars] or the dev defaults, and our own /link/callback as the one registered
 * redirect URI. One isolate serves `wrangler dev`, so its memory lives as long as the server.
 */
export const devFakeAmazon = createFakeAmazon(new FakeAmazonState(), {
  app: (c) => {
    const { amazon } = readConfig(c.env as DevEnv);
    return {
      applicationId: amazon.applicationId || DEV_LWA_CLIENT.applicationId,
      clientId: amazon.lwaClientId || DEV_LWA_CLIENT.clientId,
      clientSecret: amazon.lwaClientSecret || DEV_LWA_CLIENT.clientSecret,
    };
  },
  isRegisteredRedirect: (uri, c) => uri === linkCallbackUrl(c.env as DevEnv),
});
