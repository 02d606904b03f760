/** Bindings, vars and secrets of the Worker (see wrangler.toml and the README). */
export interface Env {
  KV: KVNamespace;
  CONVERSATIONS: DurableObjectNamespace<import('./bot/conversation-api').ConversationApi>;
  SELLERS: DurableObjectNamespace<import('./store/seller-account').SellerAccount>;
  LINK_SESSIONS: DurableObjectNamespace<import('./store/link-sessions').LinkSession>;
  ALERT_QUEUE: Queue<unknown>;
  /** Amazon source jobs: the pollers' fan-out and per-seller polls (src/sources/amazon/source-queue.ts). */
  SOURCE_QUEUE: Queue<unknown>;

  LINE_API_BASE_URL: string;
  LINE_DATA_API_BASE_URL: string;
  LINE_ACCOUNT_LINK_URL: string;
  PUBLIC_BASE_URL: string;
  DEV_MODE: string;
  /** Optional: how long a LINE call may take before it counts as a timeout (ms, default 5000). */
  LINE_API_TIMEOUT_MS?: string;

  /** Seller Central website authorization (SP-API). Unset in DEV_MODE → the local dev consent page. */
  SELLER_CENTRAL_URL?: string;
  SPAPI_APPLICATION_ID?: string;
  /** "beta" while the SP-API app is in draft; empty once it is published. */
  SPAPI_AUTH_VERSION?: string;
  LWA_TOKEN_URL?: string;
  LWA_CLIENT_ID?: string;
  /** SP-API base URL (default https://sellingpartnerapi-fe.amazon.com, the Far East region that serves Japan). */
  SPAPI_ENDPOINT?: string;
  /** Optional: how long one Login with Amazon or SP-API call may take (ms, default 8000). */
  AMAZON_API_TIMEOUT_MS?: string;
  /** Optional: how long a seller's listing changes are gathered into one alert (ms, default 180000). */
  AMAZON_LISTING_WINDOW_MS?: string;

  LINE_CHANNEL_SECRET: string;
  LINE_CHANNEL_ACCESS_TOKEN: string;
  OPS_API_TOKEN: string;
  LWA_CLIENT_SECRET?: string;
  /** Base64 of 32 bytes: the AES-GCM key for stored SP-API refresh tokens. Linking is off without it. */
  TOKEN_ENCRYPTION_KEY?: string;
  /** Bearer of POST /sources/amazon/events (the EventBridge API destination). Without it the endpoint refuses everything. */
  AMAZON_EVENTS_TOKEN?: string;
}

export const isDevMode = (env: Pick<Env, 'DEV_MODE'>): boolean => env.DEV_MODE === 'true';
