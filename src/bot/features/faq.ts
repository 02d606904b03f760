import type { Lang } from '../../../content/i18n';
import { faqReplies, intentContent, intentContents, isCommandIntent, isSmalltalkIntent, smalltalkReplies } from '../../../content/intents';
import { routeText } from '../../intents/route';
import { hasJapanese } from '../../intents/language';
import { answerCardMessage, cannotAnswerMessage, didYouMeanMessage, faqListMessage } from '../../render/answer-card';
import { menuMessage } from '../../render/menu';
import { textMessage } from '../../render/flex';
import { recordFeedback, recordUnanswered } from '../../store/insights';
import { isLinked as linked } from '../own-link';
import type { Postback } from '../../render/postback';
import type { Reply, Turn } from '../turn';
import type { Feature, IntentHandler } from './feature';
import { features } from './index';


/**
 * A typed question in English gets an English answer and one in Japanese a Japanese answer,
 * whatever the chat language; a lone word ("iPhone", "FAQ") keeps the chat language.
 */
function answerLang(turn: Turn, text: string): Lang {
  if (hasJapanese(text)) return 'ja';
  return (text.match(/[A-Za-z]+/g) ?? []).length >= 2 ? 'en' : turn.lang;
}

// Imported when first needed: intent-handlers builds its table from the feature list, which
// includes this module, so a static import would read that list before it exists.
const intentHandlers = () => import('../intent-handlers');

async function cannotAnswer(turn: Turn, lang: Lang = turn.lang): Promise<Reply> {
  return [cannotAnswerMessage(lang), menuMessage({ lang, linked: await linked(turn) }, faqReplies.orMenu[lang])];
}

/**
 * An answer intent shows its card, unless another feature answers it (the diagnosis feature
 * owns the login-trouble and suspension outcomes); then that feature's answer is used.
 */
const answerWith =
  (id: string, lang?: Lang): IntentHandler =>
  (turn) => {
    const owner = features.find((f) => f !== faqFeature && f.intents?.[id])?.intents?.[id];
    if (owner) return owner(turn);
    const content = intentContent(id)!;
    return [answerCardMessage(content, lang ?? turn.lang)];
  };

async function answerText(turn: Turn, text: string): Promise<Reply> {
  const result = routeText(text);
  const lang = answerLang(turn, text);
  if (result.decision === 'none') {
    await recordUnanswered(turn.env, { text, userId: turn.userId, lang, now: turn.now });
    turn.log.info('unanswered question', { candidates: result.candidates.map((c) => c.intent) });
    return cannotAnswer(turn, lang);
  }
  if (result.decision === 'ask') return [didYouMeanMessage(result.candidates.map((c) => c.intent), lang)];
  if (isSmalltalkIntent(result.intent)) return [textMessage(smalltalkReplies[result.intent][lang])];
  if (isCommandIntent(result.intent)) return (await intentHandlers()).runIntent(turn, result.intent);
  return answerWith(result.intent, lang)(turn);
}

async function onFeedback(turn: Turn, postback: Extract<Postback, { a: 'fb' }>): Promise<Reply> {
  const { hasIntentHandler, showMenu } = await intentHandlers();
  // Only answers we (or another feature) actually give can be rated; anything else is a forged button.
  if (!intentContent(postback.id) && !hasIntentHandler(postback.id)) return showMenu(turn, faqReplies.cannotAnswer[turn.lang]);
  await recordFeedback(turn.env, { intentId: postback.id, userId: turn.userId, vote: postback.vote === 'up' ? 'up' : 'down' });
  const thanks = postback.vote === 'up' ? faqReplies.thanksUp : faqReplies.thanksDown;
  return [textMessage(thanks[turn.lang])];
}

const answerIntents = Object.fromEntries(intentContents.filter((c) => !isCommandIntent(c.id)).map((c) => [c.id, answerWith(c.id)]));

/** Free-text questions: route, then answer with a card, a feature, "did you mean", or an honest "can't answer". */
export const faqFeature: Feature = {
  name: 'faq',
  intents: {
    ...answerIntents,
    'menu.faq': async (turn) => [faqListMessage({ lang: turn.lang, linked: await linked(turn) })],
    // "None of these" under a did-you-mean question.
    none: (turn) => cannotAnswer(turn),
  },
  postbacks: { fb: onFeedback },
  answerText,
};
