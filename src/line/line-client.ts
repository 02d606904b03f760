import type { messagingApi } from '@line/bot-sdk';
import { assertValidMessages } from './message-guard';
import type { Logger } from '../log';
import { maskId } from '../log';
import { LineApiError } from './line-api-error';
import { DEFAULT_BACKOFF, backoffDelay, sleep, type BackoffPolicy } from './backoff';

export interface LineClientConfig {
  /** Without a trailing slash, like every base URL src/config.ts hands out. */
  apiBaseUrl: string;
  dataApiBaseUrl: string;
  channelAccessToken: string;
  timeoutMs: number;
  backoff?: BackoffPolicy;
  log: Logger;
}

export type PushOutcome = 'sent' | 'already-sent';

const isRejectedReplyToken = (err: LineApiError) => err.status === 400 && /reply ?token/i.test(err.body);

/**
 * The LINE Messaging API, typed with @line/bot-sdk's request and response types.
 *
 * The SDK's own MessagingApiClient resolves every path against the origin of its base URL
 * (`new URL('/v2/bot/…', base)`), so a base URL with a path, such as the dev fake under
 * `/dev/line-api`, cannot be reached through it, and it offers no timeout. This client keeps
 * the SDK's shapes and adds both, plus retries, the reply-token fallback and the message guard.
 */
export class LineClient {
  private readonly backoff: BackoffPolicy;

  constructor(private readonly config: LineClientConfig) {
    this.backoff = config.backoff ?? DEFAULT_BACKOFF;
  }

  /**
   * Replies once to an event. A reply token that LINE rejects (expired, used, or the event
   * came through redelivery) is answered by a push to the user instead; a 429 is retried.
   * A timeout or a 5xx is thrown: LINE may have delivered the reply, so the caller must not
   * send it again.
   */
  async reply(replyToken: string | undefined, userId: string, messages: messagingApi.Message[], retryKey: string): Promise<'replied' | PushOutcome> {
    assertValidMessages(messages);
    if (replyToken) {
      for (let attempt = 0; ; attempt++) {
        try {
          const body: messagingApi.ReplyMessageRequest = { replyToken, messages };
          await this.call('reply', this.config.apiBaseUrl, '/v2/bot/message/reply', { method: 'POST', body });
          return 'replied';
        } catch (err) {
          if (!(err instanceof LineApiError)) throw err;
          if (err.status === 429 && attempt + 1 < this.backoff.attempts) {
            // The user waits while LINE asks us to slow down: show that the bot is typing.
            await this.showLoading(userId);
            await sleep(backoffDelay(this.backoff, attempt));
            continue;
          }
          if (!isRejectedReplyToken(err) && err.status !== 429) throw err;
          this.config.log.warn('reply not possible; pushing instead', { user: maskId(userId), status: err.status, lineRequestId: err.requestId });
          break;
        }
      }
    }
    return this.push(userId, messages, retryKey);
  }

  /**
   * Pushes with an `X-Line-Retry-Key`, so a retry after a timeout cannot deliver twice:
   * LINE answers 409 for a key it has already accepted, which counts as sent.
   */
  async push(to: string, messages: messagingApi.Message[], retryKey: string): Promise<PushOutcome> {
    assertValidMessages(messages);
    const body: messagingApi.PushMessageRequest = { to, messages };
    for (let attempt = 0; ; attempt++) {
      try {
        await this.call('push', this.config.apiBaseUrl, '/v2/bot/message/push', {
          method: 'POST',
          body,
          headers: { 'X-Line-Retry-Key': retryKey },
        });
        return 'sent';
      } catch (err) {
        if (err instanceof LineApiError && err.status === 409) return 'already-sent';
        const retry = err instanceof LineApiError && err.retryable && attempt + 1 < this.backoff.attempts;
        if (!retry) throw err;
        await sleep(backoffDelay(this.backoff, attempt));
      }
    }
  }

  async issueLinkToken(userId: string): Promise<string> {
    const res = await this.call('linkToken', this.config.apiBaseUrl, `/v2/bot/user/${encodeURIComponent(userId)}/linkToken`, {
      method: 'POST',
    });
    return ((await res.json()) as messagingApi.IssueLinkTokenResponse).linkToken;
  }

  async getProfile(userId: string): Promise<messagingApi.UserProfileResponse> {
    const res = await this.call('profile', this.config.apiBaseUrl, `/v2/bot/profile/${encodeURIComponent(userId)}`, { method: 'GET' });
    return (await res.json()) as messagingApi.UserProfileResponse;
  }

  /** Shows the typing indicator while slow work runs; failure is harmless. */
  async showLoading(userId: string, seconds = 5): Promise<void> {
    // LINE takes 5–60 seconds in steps of 5.
    const loadingSeconds = Math.min(60, Math.max(5, Math.ceil(seconds / 5) * 5));
    const body: messagingApi.ShowLoadingAnimationRequest = { chatId: userId, loadingSeconds };
    await this.call('loading', this.config.apiBaseUrl, '/v2/bot/chat/loading/start', { method: 'POST', body }).catch(() => undefined);
  }

  async linkRichMenu(userId: string, richMenuId: string): Promise<void> {
    await this.call('richMenuLink', this.config.apiBaseUrl, `/v2/bot/user/${encodeURIComponent(userId)}/richmenu/${encodeURIComponent(richMenuId)}`, {
      method: 'POST',
    });
  }

  /** The rich menu an alias points at; the deploy moves aliases, so users are linked through them. */
  async getRichMenuIdOfAlias(aliasId: string): Promise<string> {
    const res = await this.call('richMenuAlias', this.config.apiBaseUrl, `/v2/bot/richmenu/alias/${encodeURIComponent(aliasId)}`, { method: 'GET' });
    return ((await res.json()) as messagingApi.RichMenuAliasResponse).richMenuId;
  }

  async unlinkRichMenu(userId: string): Promise<void> {
    await this.call('richMenuUnlink', this.config.apiBaseUrl, `/v2/bot/user/${encodeURIComponent(userId)}/richmenu`, { method: 'DELETE' });
  }

  private async call(
    operation: string,
    base: string,
    path: string,
    init: { method: string; body?: unknown; headers?: Record<string, string> },
  ): Promise<Response> {
    let res: Response;
    try {
      res = await fetch(base + path, {
        method: init.method,
        headers: {
          Authorization: `Bearer ${this.config.channelAccessToken}`,
          ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }),
          ...init.headers,
        },
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
        signal: AbortSignal.timeout(this.config.timeoutMs),
      });
    } catch (err) {
      this.config.log.warn('LINE call did not answer', { operation, error: String(err) });
      throw new LineApiError(operation, 0, undefined, String(err));
    }
    if (res.ok) {
      // LINE's request id is what LINE support asks for; keep it for every call, not only failures.
      this.config.log.info('LINE call', { operation, status: res.status, lineRequestId: res.headers.get('x-line-request-id') ?? undefined });
      return res;
    }
    const error = new LineApiError(operation, res.status, res.headers.get('x-line-request-id') ?? undefined, await res.text());
    this.config.log.warn('LINE call failed', { operation, status: res.status, lineRequestId: error.requestId, reason: error.reason });
    throw error;
  }
}
