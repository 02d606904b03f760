import type { messagingApi } from '@line/bot-sdk';
import type { Lang } from '../../content/i18n';
import { SMALL_TALK_KINDS, smallTalkCanDo, smallTalkLines, type SmallTalkKind } from '../../content/small-talk';
import { textMessage } from './flex';

/** Router intents whose id starts with this are small talk. */
export const SMALL_TALK_PREFIX = 'smalltalk.';

// Names the router may give a kind besides the kind itself.
const ALIASES: Record<string, SmallTalkKind> = {
  hello: 'greeting',
  hi: 'greeting',
  thank: 'thanks',
  thankyou: 'thanks',
  sorry: 'apology',
  whoareyou: 'who',
  identity: 'who',
  about: 'who',
  goodbye: 'bye',
};

export const isSmallTalkIntent = (intentId: string): boolean => intentId.startsWith(SMALL_TALK_PREFIX);

/** The kind of reply for a small-talk intent (smalltalk.thanks → thanks); `other` for one we have no line for. */
export function smallTalkKind(intentId: string): SmallTalkKind {
  const name = intentId.slice(SMALL_TALK_PREFIX.length).toLowerCase().replace(/[^a-z]/g, '');
  return (SMALL_TALK_KINDS as readonly string[]).includes(name) ? (name as SmallTalkKind) : (ALIASES[name] ?? 'other');
}

/** Sentences joined as the language joins them: no space in Japanese, one in English. */
export const sentences = (lang: Lang, parts: readonly string[]): string => parts.join(lang === 'ja' ? '' : ' ');

/** The short line for this kind of small talk, without what the bot can do (for replies that go on). */
export const smallTalkLine = (kind: SmallTalkKind, lang: Lang): string => smallTalkLines[kind][lang];

/** A short, warm reply: one line for what was said, one for what the bot can do. */
export function smallTalkMessage(kind: SmallTalkKind, lang: Lang, quickReply?: messagingApi.QuickReply): messagingApi.TextMessage {
  return textMessage(sentences(lang, [smallTalkLines[kind][lang], smallTalkCanDo[lang]]), quickReply);
}
