/**
 * Checked by `npm run types:check` (part of `npm test`), in a program of its own that also holds
 * worker-configuration.d.ts, the `wrangler types` output for wrangler.toml: Env (env.ts) must
 * name what wrangler.toml names, with the same kinds, and each Durable Object class wrangler
 * binds must implement the interface Env types its namespace with. A failure reads
 * "Type 'false' does not satisfy the constraint 'true'" at the check that disagrees.
 */
import type { Env } from './env';

type Generated = WranglerEnv;
type DurableObjectBinding = 'CONVERSATIONS' | 'SELLERS' | 'LINK_SESSIONS';
/** Set with `wrangler secret put` only, or optional with a default: wrangler.toml does not name them. */
type NotInWranglerToml = 'LWA_CLIENT_SECRET' | 'LINE_API_TIMEOUT_MS' | 'AMAZON_API_TIMEOUT_MS';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Check<T extends true> = T;
/** Each binding's kind, whether or not every environment sets it (only `[env.dev]` sets the secrets). */
type Kinds<E, K extends keyof E> = { [P in K]-?: NonNullable<E[P]> };
type Implements<N, Api> = N extends DurableObjectNamespace<infer Class> ? ([Class] extends [Api] ? true : false) : false;
type ApiOf<N> = N extends DurableObjectNamespace<infer Api> ? Api : never;

export type SameNames = Check<Equal<Exclude<keyof Env, NotInWranglerToml>, keyof Generated>>;
export type SameKinds = Check<Equal<Kinds<Generated, Exclude<keyof Generated, DurableObjectBinding>>, Kinds<Env, Exclude<keyof Generated, DurableObjectBinding>>>>;
export type ClassesImplementTheirApis = Check<
  Equal<{ [K in DurableObjectBinding]: Implements<Generated[K], ApiOf<Env[K]>> }, { [K in DurableObjectBinding]: true }>
>;
