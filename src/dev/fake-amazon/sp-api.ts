import { Hono, type MiddlewareHandler } from 'hono';
import { injectedFault, rateLimitFor } from './faults';
import { spApiErrors, type FakeEnv } from './fake-env';
import { fakeFinances } from './finances';
import { fakeListings } from './listings';
import { fakeReports } from './reports';
import type { FakeAmazonState } from './state';

/**
 * The Selling Partner API (Listings Items, Reports with their document downloads, Finances):
 * every call needs `x-amz-access-token` (the presigned document download excepted). A missing, unknown or
 * revoked token is 401; an expired one 403 saying so; a valid one opens only its own seller's
 * data. Injected faults (429 with Retry-After, 5xx, delays) apply after the token is read, so
 * they can target one seller. Every answer carries x-amzn-RateLimit-Limit like Amazon's.
 */
export function fakeSpApi(state: FakeAmazonState) {
  const app = new Hono<FakeEnv>();

  const authorise: MiddlewareHandler<FakeEnv> = async (c, next) => {
    const grant = state.accessGrant(c.req.header('x-amz-access-token'));
    c.set('sellerId', grant?.sellerId);
    const fault = await injectedFault(state, c.req.path, grant?.sellerId, 'sp-api');
    if (fault) return fault;
    if (!grant) return c.json(spApiErrors('Unauthorized', 'Access to requested resource is denied.', 'The access token you provided is revoked, malformed or invalid.'), 401);
    if (grant.expired) return c.json(spApiErrors('Unauthorized', 'The access token you provided has expired.'), 403);
    await next();
    const limit = rateLimitFor(c.req.path);
    if (limit) c.res.headers.set('x-amzn-RateLimit-Limit', limit);
    c.res.headers.set('x-amzn-RequestId', crypto.randomUUID());
  };
  for (const prefix of ['/listings/*', '/reports/*', '/finances/*']) app.use(prefix, authorise);

  app.route('/', fakeListings(state));
  app.route('/', fakeReports(state));
  app.route('/', fakeFinances(state));
  return app;
}
