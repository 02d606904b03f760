/** Bindings, vars and secrets of the Worker (see wrangler.toml and the README). */
export interface Env {
  KV: KVNamespace;
  CONVERSATIONS: DurableObjectNamespace<import('./bot/conversation').Conversation>;
  ALERT_QUEUE: Queue<unknown>;

  LINE_API_BASE_URL: string;
  LINE_DATA_API_BASE_URL: string;
  LINE_ACCOUNT_LINK_URL: string;
  PUBLIC_BASE_URL: string;
  DEV_MODE: string;
  /** Optional: how long a LINE call may take before it counts as a timeout (ms, default 5000). */
  LINE_API_TIMEOUT_MS?: string;

  LINE_CHANNEL_SECRET: string;
  LINE_CHANNEL_ACCESS_TOKEN: string;
  OPS_API_TOKEN: string;
}

export const isDevMode = (env: Pick<Env, 'DEV_MODE'>): boolean => env.DEV_MODE === 'true';
