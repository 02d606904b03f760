import { LineApiError } from '../../src/line/line-api-error';

/**
 * The LINE Messaging API as the ops scripts need it: JSON in and out, the data host for
 * binary uploads, LINE's request id on every answer and on every error. The Worker's
 * LineClient is about messaging users (guard, retries, reply fallback); this is about
 * configuring the channel, so it stays this small.
 */
export interface LineHttpConfig {
  apiBaseUrl: string;
  dataApiBaseUrl: string;
  channelAccessToken: string;
}

export interface LineAnswer<T> {
  status: number;
  body: T;
  /** `x-line-request-id`: what LINE support asks for, and the handle of a batch operation. */
  requestId: string | undefined;
}

type Host = 'api' | 'data';

export function lineConfigFromEnv(env: NodeJS.ProcessEnv = process.env): LineHttpConfig {
  const channelAccessToken = env.LINE_CHANNEL_ACCESS_TOKEN;
  if (!channelAccessToken) throw new Error('LINE_CHANNEL_ACCESS_TOKEN is not set (the channel access token from the LINE Developers console)');
  return {
    apiBaseUrl: env.LINE_API_BASE_URL || 'https://api.line.me',
    dataApiBaseUrl: env.LINE_DATA_API_BASE_URL || 'https://api-data.line.me',
    channelAccessToken,
  };
}

export class LineHttp {
  constructor(private readonly config: LineHttpConfig) {}

  get<T>(path: string): Promise<LineAnswer<T>> {
    return this.send<T>('GET', 'api', path);
  }

  /** A GET whose 404 means "there is none" rather than a failure (e.g. no default rich menu). */
  async find<T>(path: string): Promise<T | undefined> {
    try {
      return (await this.get<T>(path)).body;
    } catch (err) {
      if (err instanceof LineApiError && err.status === 404) return undefined;
      throw err;
    }
  }

  post<T = unknown>(path: string, body?: unknown): Promise<LineAnswer<T>> {
    return this.send<T>('POST', 'api', path, body);
  }

  put<T = unknown>(path: string, body: unknown): Promise<LineAnswer<T>> {
    return this.send<T>('PUT', 'api', path, body);
  }

  delete<T = unknown>(path: string): Promise<LineAnswer<T>> {
    return this.send<T>('DELETE', 'api', path);
  }

  /** Binary content (rich-menu images) goes to the data host. */
  upload(path: string, content: Uint8Array, contentType: string): Promise<LineAnswer<unknown>> {
    return this.send('POST', 'data', path, content, contentType);
  }

  private async send<T>(method: string, host: Host, path: string, body?: unknown, contentType?: string): Promise<LineAnswer<T>> {
    const base = host === 'data' ? this.config.dataApiBaseUrl : this.config.apiBaseUrl;
    const binary = body instanceof Uint8Array;
    let res: Response;
    try {
      res = await fetch(base.replace(/\/+$/, '') + path, {
        method,
        headers: {
          Authorization: `Bearer ${this.config.channelAccessToken}`,
          ...(body === undefined ? {} : { 'Content-Type': contentType ?? 'application/json' }),
        },
        body: body === undefined ? undefined : binary ? body : JSON.stringify(body),
        signal: AbortSignal.timeout(30_000),
      });
    } catch (err) {
      throw new LineApiError(`${method} ${path}`, 0, undefined, String(err));
    }
    const requestId = res.headers.get('x-line-request-id') ?? undefined;
    const text = await res.text();
    if (!res.ok) throw new LineApiError(`${method} ${path}`, res.status, requestId, text);
    let parsed: unknown = {};
    if (text) {
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = text;
      }
    }
    return { status: res.status, body: parsed as T, requestId };
  }
}

/** One line for the terminal: what failed, LINE's reason and its request id. */
export function describeError(err: unknown): string {
  if (err instanceof LineApiError) return `${err.operation}: ${err.reason}${err.requestId ? ` (x-line-request-id ${err.requestId})` : ''}`;
  return err instanceof Error ? err.message : String(err);
}
