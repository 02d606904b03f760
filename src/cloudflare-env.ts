import type { Env as WorkerEnv } from './env';

// Lets `env` from "cloudflare:workers" (used by tests) carry our bindings' types.
declare global {
  namespace Cloudflare {
    interface Env extends WorkerEnv {}
  }
}
