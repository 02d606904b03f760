import { DurableObject } from 'cloudflare:workers';
import type { messagingApi } from '@line/bot-sdk';
import { DEFAULT_LANG } from '../../content/i18n';
import { ui } from '../../content/ui';
import type { Env } from '../env';
import { createLineClient } from '../line/create-line-client';
import { retryKeyFor } from '../line/retry-key';
import { loadConversationContent } from '../conversation-content';
import { loadRouterModel } from '../intents/load-model';
import { eventUserId } from '../line/webhook-events';
import { createLogger, maskId, type Logger } from '../log';
import { textMessage } from '../render/flex';
import { restoreConversationState, type ConversationState, type ConversationView, type LinkPointer } from './conversation-state';
import { handleEvent } from './handle-event';
import type { InboundEvent } from './internal-events';
import type { ConversationApi, EnqueueResult } from './conversation-api';
import type { Turn } from './turn';

/**
 * One LINE user's conversation. The webhook only stores the user's events here (the inbox)
 * and is answered at once; the object then handles them one at a time, in order:
 *
 *   inbox ─handle→ (state + what to send + "handled", one transaction) ─send→ done
 *
 * Each webhookEventId is remembered for a week, far longer than LINE redelivers, so a
 * redelivery is never handled twice. What an event sends is recorded before it is sent: a
 * send that was cut off (a reply LINE may have received after our timeout, or the object
 * restarting mid-send) is "maybe delivered" and never sent again, by reply or by push.
 * An event whose handling throws is retried a few times with backoff (its later events
 * wait, to keep the order); after that it is settled with an apology, never retried forever.
 */

const STATE_KEY = 'state';
/** LINE redelivers for far less than this; ids are dropped by age, never by count. */
export const SEEN_RETENTION_MS = 7 * 24 * 60 * 60 * 1000;
/** Handling attempts per event, and the waits between them. */
const RETRY_DELAYS_MS = [1_000, 5_000, 20_000];

interface InboxRow {
  seq: number;
  event: string;
  request_id: string;
  attempts: number;
  not_before: number;
  [key: string]: SqlStorageValue;
}

interface OutboxRow {
  event_id: string;
  user_id: string;
  reply_token: string | null;
  messages: string;
  state: 'pending' | 'sending';
  request_id: string;
  [key: string]: SqlStorageValue;
}

export class Conversation extends DurableObject<Env> implements ConversationApi {
  private readonly sql = this.ctx.storage.sql;
  private readonly kv = this.ctx.storage.kv;
  private draining: Promise<void> | undefined;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    // One statement list: this runs whenever the object wakes up.
    this.sql.exec(`
      CREATE TABLE IF NOT EXISTS inbox (
        seq INTEGER PRIMARY KEY AUTOINCREMENT, event TEXT NOT NULL, request_id TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0, not_before INTEGER NOT NULL DEFAULT 0);
      CREATE TABLE IF NOT EXISTS seen (event_id TEXT PRIMARY KEY, at INTEGER NOT NULL, handled_seq INTEGER);
      CREATE INDEX IF NOT EXISTS seen_at ON seen (at);
      CREATE TABLE IF NOT EXISTS outbox (
        event_id TEXT PRIMARY KEY, user_id TEXT NOT NULL, reply_token TEXT, messages TEXT NOT NULL,
        state TEXT NOT NULL, request_id TEXT NOT NULL);`);
  }

  /**
   * Stores new events (a redelivered or repeated id is skipped) and returns once they are
   * durable. Handling starts right away and an alarm backs it up should this object restart.
   */
  async enqueue(events: InboundEvent[], requestId: string): Promise<EnqueueResult> {
    const now = Date.now();
    const result = this.ctx.storage.transactionSync(() => {
      const counts: EnqueueResult = { accepted: 0, duplicates: 0 };
      for (const event of events) {
        if (this.sql.exec('SELECT 1 FROM seen WHERE event_id = ?', event.webhookEventId).toArray().length > 0) {
          counts.duplicates++;
          continue;
        }
        this.sql.exec('INSERT INTO seen (event_id, at) VALUES (?, ?)', event.webhookEventId, now);
        this.sql.exec('INSERT INTO inbox (event, request_id) VALUES (?, ?)', JSON.stringify(event), requestId);
        counts.accepted++;
      }
      return counts;
    });
    if (result.accepted > 0) {
      await this.ctx.storage.setAlarm(now);
      // Not awaited: the caller (the webhook) is answered as soon as the events are stored.
      this.drain().catch((err) => createLogger({ requestId }).error('conversation drain failed; the alarm retries', { error: err }));
    }
    return result;
  }

  /** Waits until every stored event that may run now has been handled (tests, benchmarks, health). */
  async settled(options: { retryNow?: boolean } = {}): Promise<{ pending: number }> {
    if (options.retryNow) this.sql.exec('UPDATE inbox SET not_before = 0');
    await this.drain();
    return { pending: this.sql.exec<{ n: number }>('SELECT COUNT(*) AS n FROM inbox').one().n };
  }

  override async alarm(): Promise<void> {
    await this.drain();
  }

  getState(): ConversationView {
    const handled = this.sql
      .exec<{ event_id: string }>('SELECT event_id FROM seen WHERE handled_seq IS NOT NULL ORDER BY handled_seq')
      .toArray()
      .map((row) => row.event_id);
    return { ...this.readState(), handledEvents: handled };
  }

  /** The seller this user linked, as far as this conversation knows (see LinkPointer). */
  linkPointer(): LinkPointer | null {
    return this.readState().link ?? null;
  }

  /** For the dev tools and tests that link without walking the flow. */
  setLinkPointer(pointer: LinkPointer | null): void {
    const state = this.readState();
    if (pointer) state.link = pointer;
    else delete state.link;
    this.kv.put(STATE_KEY, state);
  }

  private readState(): ConversationState {
    return restoreConversationState(this.kv.get(STATE_KEY));
  }

  private drain(): Promise<void> {
    this.draining ??= (async () => {
      try {
        await this.flushOutbox();
        while (await this.handleNext());
        this.sql.exec('DELETE FROM seen WHERE at < ?', Date.now() - SEEN_RETENTION_MS);
      } finally {
        this.draining = undefined;
      }
    })();
    return this.draining;
  }

  /** Handles the oldest stored event. False when there is nothing to do now. */
  private async handleNext(): Promise<boolean> {
    const row = this.sql.exec<InboxRow>('SELECT * FROM inbox ORDER BY seq LIMIT 1').toArray()[0];
    if (!row) return false;
    const now = Date.now();
    if (row.not_before > now) {
      await this.ctx.storage.setAlarm(row.not_before);
      return false;
    }
    const event = JSON.parse(row.event) as InboundEvent;
    const userId = eventUserId(event) ?? '';
    const log = createLogger({ requestId: row.request_id, user: maskId(userId), event: event.type === 'internal' ? event.kind : event.type });
    const state = this.readState();
    const turn: Turn = { env: this.env, userId, lang: state.lang ?? DEFAULT_LANG, state, line: createLineClient(this.env, log), log, now };

    let messages: messagingApi.Message[];
    let nextState: ConversationState = turn.state;
    try {
      await Promise.all([loadRouterModel(this.env.ASSETS), loadConversationContent(this.env.ASSETS)]);
      messages = await handleEvent(turn, event);
    } catch (err) {
      const attempts = row.attempts + 1;
      const delay = RETRY_DELAYS_MS[attempts - 1];
      if (delay !== undefined) {
        log.warn('event handling failed; will retry', { attempts, retryInMs: delay, error: err });
        // The user is waiting for this answer: the typing indicator says it is coming.
        if (event.type !== 'internal' && event.type !== 'unfollow') await turn.line.showLoading(userId, delay / 1000 + 5);
        this.sql.exec('UPDATE inbox SET attempts = ?, not_before = ? WHERE seq = ?', attempts, now + delay, row.seq);
        await this.ctx.storage.setAlarm(now + delay);
        return false;
      }
      // It will not succeed: settle it, say so, and let the user's later events through. A
      // running flow whose stored snapshot no longer restores is the usual cause, so it ends too.
      log.error('event handling failed for good; settled with an apology', { attempts, error: err });
      nextState = this.readState();
      delete nextState.flow;
      const userWaits = event.type !== 'internal' && event.type !== 'unfollow';
      messages = userWaits ? [textMessage(ui.somethingWentWrong[nextState.lang ?? DEFAULT_LANG])] : [];
    }

    this.ctx.storage.transactionSync(() => {
      this.kv.put(STATE_KEY, nextState);
      this.sql.exec('DELETE FROM inbox WHERE seq = ?', row.seq);
      this.sql.exec('UPDATE seen SET handled_seq = ? WHERE event_id = ?', row.seq, event.webhookEventId);
      if (messages.length > 0) {
        const replyToken = 'replyToken' in event && typeof event.replyToken === 'string' ? event.replyToken : null;
        this.sql.exec(
          'INSERT OR REPLACE INTO outbox (event_id, user_id, reply_token, messages, state, request_id) VALUES (?, ?, ?, ?, ?, ?)',
          event.webhookEventId, userId, replyToken, JSON.stringify(messages), 'pending', row.request_id,
        );
      }
    });
    await this.flushOutbox(log);
    return true;
  }

  /**
   * Sends what handled events left to send. A row already marked "sending" was cut off
   * mid-send: LINE may have it, so it is dropped rather than sent twice.
   */
  private async flushOutbox(log?: Logger): Promise<void> {
    for (const row of this.sql.exec<OutboxRow>('SELECT * FROM outbox').toArray()) {
      const rowLog = log ?? createLogger({ requestId: row.request_id, user: maskId(row.user_id) });
      if (row.state === 'sending') {
        rowLog.warn('a send was cut off; LINE may have it, so it is not repeated', { eventId: row.event_id });
        this.sql.exec('DELETE FROM outbox WHERE event_id = ?', row.event_id);
        continue;
      }
      this.sql.exec("UPDATE outbox SET state = 'sending' WHERE event_id = ?", row.event_id);
      try {
        const line = createLineClient(this.env, rowLog);
        const how = await line.reply(row.reply_token ?? undefined, row.user_id, JSON.parse(row.messages) as messagingApi.Message[], await retryKeyFor(`reply:${row.event_id}`));
        if (how !== 'replied') rowLog.info('answered by push', { how });
      } catch (err) {
        // A timeout or a 5xx may still have reached the user: never resend it as a push.
        rowLog.warn('reply not confirmed by LINE; it may have arrived, so it is not sent again', { error: err });
      }
      this.sql.exec('DELETE FROM outbox WHERE event_id = ?', row.event_id);
    }
  }
}
