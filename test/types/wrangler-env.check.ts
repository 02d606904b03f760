/**
 * Checked by `npm run types:check` (part of `npm test`), in a program of its own that also holds
 * worker-configuration.d.ts, the `wrangler types` output for wrangler.toml: Env (src/env.ts),
 * with DevEnv (src/dev/dev-env.ts) for what only [env.dev] has, must name what wrangler.toml
 * names, with the same kinds, and each Durable Object class wrangler binds must implement the
 * interface Env types its namespace with. A failure reads "Type 'false' does not satisfy the
 * constraint 'true'" at the check that disagrees.
 */
import type { DevEnv } from '../../src/dev/dev-env';
import type { Env } from '../../src/env';

/** Every environment's bindings together; one that not every environment has is optional. */
type Generated = WranglerEnv;
type DurableObjectBinding = 'CONVERSATIONS' | 'SELLERS' | 'LINK_SESSIONS';
/** Set with `wrangler secret put` only, or optional with a default: wrangler.toml does not name them. */
type NotInWranglerToml = 'LWA_CLIENT_SECRET' | 'LINE_API_TIMEOUT_MS' | 'AMAZON_API_TIMEOUT_MS' | 'AMAZON_LISTING_WINDOW_MS';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Check<T extends true> = T;
/** Each binding's kind, whether or not every environment sets it (only `[env.dev]` sets the secrets). */
type Kinds<E, K extends keyof E> = { [P in K]-?: NonNullable<E[P]> };
type Implements<N, Api> = N extends DurableObjectNamespace<infer Class> ? ([Class] extends [Api] ? true : false) : false;
type ApiOf<N> = N extends DurableObjectNamespace<infer Api> ? Api : never;

export type SameNames = Check<Equal<Exclude<keyof DevEnv, NotInWranglerToml>, keyof Generated>>;
export type SameKinds = Check<Equal<Kinds<Generated, Exclude<keyof Generated, DurableObjectBinding>>, Kinds<DevEnv, Exclude<keyof Generated, DurableObjectBinding>>>>;
/** What only DevEnv has is not in every environment, so not in production. */
export type DevOnlyIsDevOnly = Check<{} extends Pick<Generated, Exclude<keyof DevEnv, keyof Env>> ? true : false>;
export type ClassesImplementTheirApis = Check<
  Equal<{ [K in DurableObjectBinding]: Implements<Generated[K], ApiOf<Env[K]>> }, { [K in DurableObjectBinding]: true }>
>;
