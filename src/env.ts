import type { ConversationApi } from './bot/conversation-api';
import type { LinkSessionApi } from './store/link-session-api';
import type { SellerAccountApi } from './sellers/seller-account-api';

/**
 * Bindings, vars and secrets of the Worker (wrangler.toml, README "Configuration"). Read vars
 * through readConfig (src/config.ts), which parses them once.
 *
 * `npm run types` writes what wrangler makes of wrangler.toml to worker-configuration.d.ts, and
 * `npm test` fails when that file is stale or disagrees with this interface (test/types/wrangler-env.check.ts).
 * It is not used directly because it types each Durable Object namespace by its class, which
 * would make everything that needs `Env` depend on the objects' implementations; here each is
 * typed by the RPC interface its class implements.
 */
export interface Env {
  KV: KVNamespace;
  CONVERSATIONS: DurableObjectNamespace<ConversationApi>;
  SELLERS: DurableObjectNamespace<SellerAccountApi>;
  LINK_SESSIONS: DurableObjectNamespace<LinkSessionApi>;
  ALERT_QUEUE: Queue<unknown>;
  /** Amazon source jobs: the pollers' fan-out and per-seller polls (src/sources/amazon/source-queue.ts). */
  SOURCE_QUEUE: Queue<unknown>;
  /** Static assets the Worker reads: the intent model, the conversation content and the OpenAPI document (wrangler.toml [assets]). */
  ASSETS: Fetcher;

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
