import type { Lang } from '../../../content/i18n';
import { faqReplies, intentContent } from '../../conversation-content';
import { routeText } from '../../intents/route';
import { hasJapanese } from '../../intents/language';
import { answerCardMessage, cannotAnswerMessage, didYouMeanMessage, faqListMessage } from '../../render/answer-card';
import { textMessage } from '../../render/flex';
import type { Postback } from '../../render/postback';
import { recordFeedback, recordUnanswered } from '../../store/insights';
import { isLinked } from '../own-link';
import { menuChips } from '../replies';
import type { Reply, Turn } from '../turn';

/**
 * Free-text questions: the router's decision becomes an answer card, a "did you mean", an
 * honest "can't answer here", or an intent for its owner to run (dispatch.ts decides whose).
 */

/** What typed text comes to: a reply, or an intent whose owner answers (in this language). */
export type TextOutcome = { reply: Reply } | { intent: string; lang: Lang };

/**
 * A typed question in English gets an English answer and one in Japanese a Japanese answer,
 * whatever the chat language; a lone word ("iPhone", "FAQ") keeps the chat language.
 */
function answerLang(turn: Turn, text: string): Lang {
  if (hasJapanese(text)) return 'ja';
  return (text.match(/[A-Za-z]+/g) ?? []).length >= 2 ? 'en' : turn.lang;
}

/** The answer card of an answer intent. */
export const answer =
  (id: string) =>
  (turn: Turn, lang: Lang = turn.lang): Reply => [answerCardMessage(intentContent(id)!, lang)];

export const list = async (turn: Turn): Promise<Reply> => [faqListMessage({ lang: turn.lang, linked: await isLinked(turn) })];

/** The honest "I can't answer that here", with where to ask instead and the menu as chips. */
export async function cannotAnswer(turn: Turn, lang: Lang = turn.lang): Promise<Reply> {
  return [cannotAnswerMessage(lang, await menuChips({ ...turn, lang }))];
}

export async function answerText(turn: Turn, text: string): Promise<TextOutcome> {
  const result = routeText(text);
  const lang = answerLang(turn, text);
  if (result.decision === 'none') {
    await recordUnanswered(turn.env, { text, userId: turn.userId, lang, now: turn.now });
    turn.log.info('unanswered question', { candidates: result.candidates.map((c) => c.intent) });
    return { reply: await cannotAnswer(turn, lang) };
  }
  if (result.decision === 'ask') return { reply: [didYouMeanMessage(result.candidates.map((c) => c.intent), lang)] };
  return { intent: result.intent, lang };
}

/** 役に立った / 役に立たない under an answer card. Only answers the bot gives can be rated. */
export async function onFeedback(turn: Turn, postback: Extract<Postback, { a: 'fb' }>): Promise<Reply> {
  if (!intentContent(postback.id)) return [textMessage(faqReplies().cannotAnswer[turn.lang], await menuChips(turn))];
  await recordFeedback(turn.env, { intentId: postback.id, userId: turn.userId, vote: postback.vote === 'up' ? 'up' : 'down' });
  const thanks = postback.vote === 'up' ? faqReplies().thanksUp : faqReplies().thanksDown;
  return [textMessage(thanks[turn.lang])];
}
