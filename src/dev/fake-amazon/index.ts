import { Hono } from 'hono';
import { fakeAmazonControl } from './control';
import type { FakeEnv } from './fake-env';
import { fakeLwa } from './lwa';
import type { FakeAmazonOptions } from './options';
import { fakeSellerCentral } from './seller-central';
import { fakeSpApi } from './sp-api';
import type { FakeAmazonState } from './state';

export { FakeAmazonState } from './state';
export type { FakeAmazonOptions } from './options';

/**
 * A stand-in for the Amazon services the bot talks to, at the HTTP level: Seller Central's
 * consent page, Login with Amazon's token endpoint, the Selling Partner API, and control
 * endpoints. `wrangler dev` mounts `sellerCentral` (consent + token + control) under
 * /dev/seller-central and `spApi` under /dev/sp-api; the tests serve `all` from Node. Every
 * call except control calls is recorded (GET /control/calls) with the seller it was for.
 */
export function createFakeAmazon(state: FakeAmazonState, options: FakeAmazonOptions) {
  const recorded = () => {
    const app = new Hono<FakeEnv>();
    app.use('*', async (c, next) => {
      await next();
      if (!c.req.path.includes('/control/')) state.record({ method: c.req.method, path: c.req.path, sellerId: c.get('sellerId'), status: c.res.status });
    });
    return app;
  };
  const withSellerCentral = (app: Hono<FakeEnv>) => app.route('/', fakeSellerCentral(state, options)).route('/', fakeLwa(state, options)).route('/', fakeAmazonControl(state));
  const withSpApi = (app: Hono<FakeEnv>) => app.route('/', fakeSpApi(state));
  return { sellerCentral: withSellerCentral(recorded()), spApi: withSpApi(recorded()), all: withSpApi(withSellerCentral(recorded())) };
}
