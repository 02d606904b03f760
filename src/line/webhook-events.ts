import type { webhook } from '@line/bot-sdk';
import * as z from '../model/zod';

/**
 * LINE webhook bodies, checked field by field before anything is stored. The envelope must
 * be LINE's; each event is then reduced to the fields our handlers read, with their types
 * and lengths checked, so a malformed event is settled here (logged, skipped) instead of
 * failing on every redelivery and holding up the user's later events.
 */

/** LINE user ids are "U" + 32 hex digits; a bound on length and alphabet keeps storage keys sane. */
export const LINE_USER_ID = /^U[0-9A-Za-z]{1,64}$/;

const userSource = z.object({ type: z.literal('user'), userId: z.string().check(z.regex(LINE_USER_ID)) });

const common = {
  mode: z.enum(['active', 'standby']),
  timestamp: z.number().check(z.int(), z.nonnegative()),
  source: userSource,
  webhookEventId: z.string().check(z.regex(/^[0-9A-Za-z]{1,64}$/)),
  deliveryContext: z.object({ isRedelivery: z.boolean() }),
};
const replyToken = z.string().check(z.minLength(1), z.maxLength(256));

const followEvent = z.object({ ...common, type: z.literal('follow'), replyToken, follow: z.optional(z.object({ isUnblocked: z.boolean() })) });
const unfollowEvent = z.object({ ...common, type: z.literal('unfollow') });
const messageEvent = z.object({
  ...common,
  type: z.literal('message'),
  replyToken,
  message: z.union([
    z.object({ type: z.literal('text'), id: z.string().check(z.maxLength(64)), text: z.string().check(z.maxLength(5000)) }),
    // Stickers, images and the rest: only their kind matters (the bot says it reads text).
    z.object({ type: z.string().check(z.maxLength(32), z.refine((t) => t !== 'text')), id: z.string().check(z.maxLength(64)) }),
  ]),
});
const postbackEvent = z.object({ ...common, type: z.literal('postback'), replyToken, postback: z.object({ data: z.string().check(z.maxLength(300)) }) });
const accountLinkEvent = z.object({
  ...common,
  type: z.literal('accountLink'),
  replyToken: z.optional(replyToken),
  link: z.object({ result: z.enum(['ok', 'failed']), nonce: z.string().check(z.maxLength(512)) }),
});

const HANDLED = { follow: followEvent, unfollow: unfollowEvent, message: messageEvent, postback: postbackEvent, accountLink: accountLinkEvent } as const;
type HandledType = keyof typeof HANDLED;

/** The events the bot acts on, as LINE's SDK types them. */
export type LineEvent = webhook.FollowEvent | webhook.UnfollowEvent | webhook.MessageEvent | webhook.PostbackEvent | webhook.AccountLinkEvent;

const envelope = z.object({ destination: z.string().check(z.maxLength(128)), events: z.array(z.looseObject({ type: z.string() })).check(z.maxLength(1000)) });

export type ParsedCallback = { ok: true; events: EventVerdict[] } | { ok: false; error: string };

/** What becomes of one event: handled, ignored (not for us), or refused (malformed). */
export type EventVerdict =
  | { kind: 'event'; event: LineEvent }
  | { kind: 'ignored'; index: number; reason: string }
  | { kind: 'invalid'; index: number; problems: string[] };

const describe = (error: z.core.$ZodError) => error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(event)'}: ${i.message}`);

export function classifyEvent(raw: Record<string, unknown> & { type: string }, index: number): EventVerdict {
  if (raw.mode === 'standby') return { kind: 'ignored', index, reason: 'standby' };
  if (!Object.hasOwn(HANDLED, raw.type)) return { kind: 'ignored', index, reason: `type ${String(raw.type).slice(0, 32)}` };
  const source = raw.source as { type?: unknown } | undefined;
  if (source && typeof source === 'object' && source.type !== 'user') return { kind: 'ignored', index, reason: 'not a one-to-one chat' };
  const parsed = HANDLED[raw.type as HandledType].safeParse(raw);
  return parsed.success ? { kind: 'event', event: parsed.data as LineEvent } : { kind: 'invalid', index, problems: describe(parsed.error) };
}

/** Parses a signed body. Only a body that is not LINE's envelope at all is refused (400). */
export function parseCallbackBody(text: string): ParsedCallback {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: 'body is not JSON' };
  }
  const parsed = envelope.safeParse(json);
  if (!parsed.success) return { ok: false, error: describe(parsed.error).join('; ') };
  return { ok: true, events: parsed.data.events.map((event, i) => classifyEvent(event, i)) };
}

/** The LINE user an event belongs to, for one-to-one chats only. */
export function eventUserId(event: { source?: { type?: string; userId?: string } }): string | undefined {
  const source = event.source;
  return source?.type === 'user' && source.userId ? source.userId : undefined;
}
