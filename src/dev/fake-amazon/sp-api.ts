import { Hono, type MiddlewareHandler } from 'hono';
import { injectedFault } from './faults';
import { spApiErrors, type FakeEnv } from './fake-env';
import { fakeListings } from './listings';
import type { FakeAmazonState } from './state';

/** SP-API's default usage plans (requests per second), sent back as x-amzn-RateLimit-Limit. */
const RATE_LIMITS: [RegExp, string][] = [
  [/\/listings\/2021-08-01\//, '5.0'],
  [/\/reports\/2021-06-30\/reports$/, '0.0167'],
  [/\/reports\/2021-06-30\/reports\//, '2.0'],
  [/\/reports\/2021-06-30\/documents\//, '0.0167'],
  [/\/finances\/v0\//, '0.5'],
];

/**
 * The Selling Partner API: every call needs `x-amz-access-token`. A missing, unknown or
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
    const limit = RATE_LIMITS.find(([pattern]) => pattern.test(c.req.path))?.[1];
    if (limit) c.res.headers.set('x-amzn-RateLimit-Limit', limit);
    c.res.headers.set('x-amzn-RequestId', crypto.randomUUID());
  };
  for (const prefix of ['/listings/*', '/reports/*', '/finances/*']) app.use(prefix, authorise);

  app.route('/', fakeListings(state));
  return app;
}
