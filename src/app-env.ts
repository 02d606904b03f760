import type { Env } from './env';
import type { Logger } from './log';

/** Hono's environment: our bindings plus what the request middleware sets. */
export interface AppEnv {
  Bindings: Env;
  Variables: { log: Logger; requestId: string };
}
