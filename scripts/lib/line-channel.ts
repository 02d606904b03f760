import { HTTPFetchError, messagingApi } from '@line/bot-sdk';
import { LineApiError } from '../../src/line/line-api-error';

/**
 * The LINE channel as the ops scripts configure it, through @line/bot-sdk's own clients: the
 * Messaging API and, for binary uploads (rich-menu images), its data host.
 */
export interface LineChannel {
  api: messagingApi.MessagingApiClient;
  blob: messagingApi.MessagingApiBlobClient;
}

export interface LineChannelConfig {
  apiBaseUrl: string;
  dataApiBaseUrl: string;
  channelAccessToken: string;
}

export function lineConfigFromEnv(env: NodeJS.ProcessEnv = process.env): LineChannelConfig {
  const channelAccessToken = env.LINE_CHANNEL_ACCESS_TOKEN;
  if (!channelAccessToken) throw new Error('LINE_CHANNEL_ACCESS_TOKEN is not set (the channel access token from the LINE Developers console)');
  return {
    apiBaseUrl: env.LINE_API_BASE_URL || 'https://api.line.me',
    dataApiBaseUrl: env.LINE_DATA_API_BASE_URL || 'https://api-data.line.me',
    channelAccessToken,
  };
}

export function lineChannel(config: LineChannelConfig): LineChannel {
  const api = new URL(config.apiBaseUrl);
  const data = new URL(config.dataApiBaseUrl);
  keepBasePaths([api, data]);
  return {
    api: new messagingApi.MessagingApiClient({ channelAccessToken: config.channelAccessToken, baseURL: api.origin }),
    blob: new messagingApi.MessagingApiBlobClient({ channelAccessToken: config.channelAccessToken, baseURL: data.origin }),
  };
}

const pathOf = (base: URL) => base.pathname.replace(/\/+$/, '');
/** Origin → the path its requests go under. */
const kept = new Map<string, string>();
let fetchKeepsPaths = false;

/**
 * The SDK resolves its absolute paths against its base URL (`new URL('/v2/bot/…', baseURL)`),
 * which drops a base URL's own path, such as the dev fake LINE API's `/dev/line-api`, and it
 * takes no fetch of its own. So, for a base URL with a path, this process's fetch puts the path
 * back on requests to that origin. LINE's own hosts have no path and leave fetch untouched.
 */
function keepBasePaths(bases: URL[]): void {
  for (const base of bases) {
    const path = pathOf(base);
    if (!path) continue;
    const existing = kept.get(base.origin);
    if (existing === path) continue;
    if (existing !== undefined) throw new Error(`LINE_API_BASE_URL and LINE_DATA_API_BASE_URL share the origin ${base.origin} under different paths; give them the same path or different hosts`);
    kept.set(base.origin, path);
  }
  if (kept.size === 0 || fetchKeepsPaths) return;
  const inner = globalThis.fetch;
  globalThis.fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : input);
    const path = kept.get(url.origin);
    if (path === undefined || url.pathname.startsWith(`${path}/`)) return inner(input, init);
    url.pathname = path + url.pathname;
    return inner(input instanceof Request ? new Request(url, input) : url, init);
  };
  fetchKeepsPaths = true;
}

/**
 * One call to LINE. A refusal becomes a LineApiError with LINE's status, reason and request id
 * (what LINE support asks for); no answer at all, one with status 0.
 */
export async function lineCall<T>(operation: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    if (err instanceof HTTPFetchError) throw new LineApiError(operation, err.status, err.headers.get('x-line-request-id') ?? undefined, err.body);
    if (err instanceof TypeError) throw new LineApiError(operation, 0, undefined, String(err.cause ?? err));
    throw err;
  }
}

/** A call whose 404 means "there is none" rather than a failure (e.g. no default rich menu). */
export async function lineFind<T>(operation: string, call: () => Promise<T>): Promise<T | undefined> {
  try {
    return await lineCall(operation, call);
  } catch (err) {
    if (err instanceof LineApiError && err.status === 404) return undefined;
    throw err;
  }
}

/** One line for the terminal: what failed, LINE's reason and its request id. */
export function describeError(err: unknown): string {
  if (err instanceof LineApiError) return `${err.operation}: ${err.reason}${err.requestId ? ` (x-line-request-id ${err.requestId})` : ''}`;
  return err instanceof Error ? err.message : String(err);
}
