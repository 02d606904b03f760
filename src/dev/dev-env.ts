import type { AppEnv } from '../app-env';
import type { Env } from '../env';

/**
 * The dev Worker's bindings: the production ones plus what only `npm run dev` has. The
 * production Env knows nothing of these. (Its ASSETS also hold the simulator's built page,
 * script and stylesheet: [env.dev.assets] in wrangler.toml.)
 */
export interface DevEnv extends Env {
  /**
   * The bearer token of `POST /sources/amazon/events`; the simulator's Amazon panel posts
   * through the dev Worker, which adds it, so the page never holds it.
   */
  AMAZON_EVENTS_TOKEN?: string;
}

export interface DevAppEnv {
  Bindings: DevEnv;
  Variables: AppEnv['Variables'];
}
