import type { webhook } from '@line/bot-sdk';
import type { InternalEvent } from '../internal-events';
import type { Postback, PostbackAction } from '../../render/postback';
import type { Reply, Turn } from '../turn';

export type IntentHandler = (turn: Turn) => Reply | Promise<Reply>;
type FlowPostback = Extract<Postback, { a: 'flow' }>;

/**
 * What one feature adds to the conversation. handle-event.ts asks each registered feature
 * in turn; a handler returns null when the event is not its business.
 */
export interface Feature {
  name: string;
  /** Command and FAQ intents this feature answers (typed, rich menu, buttons alike). */
  intents?: Record<string, IntentHandler>;
  /**
   * Taps on buttons of this feature's flows, keyed by flow kind (`f`). Called only when
   * the tap belongs to the user's current, non-idle run; stale taps never reach it.
   */
  flows?: Record<string, (turn: Turn, postback: FlowPostback) => Promise<Reply>>;
  /** Other postback actions this feature owns (fb, set, lang, alert). */
  postbacks?: Partial<{ [A in PostbackAction]: (turn: Turn, postback: Extract<Postback, { a: A }>) => Promise<Reply> }>;
  /** Typed text while this feature's flow is active; null lets the router answer. */
  onText?: (turn: Turn, text: string) => Promise<Reply | null>;
  /** Typed text nobody else took (the intent router). */
  answerText?: (turn: Turn, text: string) => Promise<Reply>;
  onFollow?: (turn: Turn, event: webhook.FollowEvent) => Promise<Reply | null>;
  onUnfollow?: (turn: Turn, event: webhook.UnfollowEvent) => Promise<void>;
  onAccountLink?: (turn: Turn, event: webhook.AccountLinkEvent) => Promise<Reply>;
  /** Events the bot itself left in this user's conversation (internal-events.ts). */
  onInternal?: (turn: Turn, event: InternalEvent) => Promise<Reply>;
}
