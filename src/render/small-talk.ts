import type { messagingApi } from '@line/bot-sdk';
import type { Lang } from '../../content/i18n';
import { smallTalkCanDo, smallTalkLines, type SmallTalkIntent } from '../../content/small-talk';
import { textMessage } from './flex';

/** Sentences joined as the language joins them: no space in Japanese, one in English. */
export const sentences = (lang: Lang, parts: readonly string[]): string => parts.join(lang === 'ja' ? '' : ' ');

/** The short line for this small talk, without what the bot can do (for replies that go on). */
export const smallTalkLine = (intent: SmallTalkIntent, lang: Lang): string => smallTalkLines[intent][lang];

/** A short, warm reply: one line for what was said, one for what the bot can do. */
export function smallTalkMessage(intent: SmallTalkIntent, lang: Lang, quickReply?: messagingApi.QuickReply): messagingApi.TextMessage {
  return textMessage(sentences(lang, [smallTalkLines[intent][lang], smallTalkCanDo[lang]]), quickReply);
}
