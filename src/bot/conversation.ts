import { DurableObject } from 'cloudflare:workers';
import type { webhook } from '@line/bot-sdk';
import { DEFAULT_LANG } from '../../content/i18n';
import type { Env } from '../env';
import { createLineClient } from '../line/create-line-client';
import { eventUserId } from '../line/webhook-body';
import { retryKeyFor } from '../line/retry-key';
import { createLogger, maskId } from '../log';
import { emptyConversationState, HANDLED_EVENTS_KEPT, type ConversationState } from './conversation-state';
import { handleEvent } from './handle-event';
import type { Turn } from './turn';

const STATE_KEY = 'state';

export interface HandleResult {
  handled: number;
  duplicates: number;
}

/**
 * One LINE user's conversation. Events are applied one at a time, in the order they
 * arrive, even when several webhook requests for the same user overlap: a Durable Object
 * only serialises storage, not the outbound fetches in between, so calls are chained.
 * Per event: restore → handle → reply → persist (with the event id, for dedupe).
 */
export class Conversation extends DurableObject<Env> {
  private tail: Promise<unknown> = Promise.resolve();

  async handleEvents(events: webhook.Event[], requestId: string): Promise<HandleResult> {
    const run = this.tail.then(() => this.apply(events, requestId));
    this.tail = run.catch(() => undefined);
    return run;
  }

  async getState(): Promise<ConversationState> {
    return (await this.ctx.storage.get<ConversationState>(STATE_KEY)) ?? emptyConversationState();
  }

  private async apply(events: webhook.Event[], requestId: string): Promise<HandleResult> {
    const result: HandleResult = { handled: 0, duplicates: 0 };
    for (const event of events) {
      const state = await this.getState();
      if (state.handledEvents.includes(event.webhookEventId)) {
        result.duplicates++;
        continue;
      }
      const userId = eventUserId(event);
      if (!userId) continue;
      const log = createLogger({ requestId, user: maskId(userId), event: event.type });
      const turn: Turn = {
        env: this.env,
        userId,
        lang: state.lang ?? DEFAULT_LANG,
        state,
        line: createLineClient(this.env, log),
        log,
        now: Date.now(),
      };
      const messages = await handleEvent(turn, event);
      if (messages.length > 0) {
        const replyToken = 'replyToken' in event ? event.replyToken : undefined;
        await turn.line.reply(replyToken, userId, messages, await retryKeyFor(`reply:${event.webhookEventId}`));
      }
      state.handledEvents = [...state.handledEvents, event.webhookEventId].slice(-HANDLED_EVENTS_KEPT);
      await this.ctx.storage.put(STATE_KEY, state);
      result.handled++;
    }
    return result;
  }
}
