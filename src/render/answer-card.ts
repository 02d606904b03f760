import type { messagingApi } from '@line/bot-sdk';
import type { Lang } from '../../content/i18n';
import type { FaqReplies } from '../../content/intents/replies';
import { SELLER_CENTRAL_HELP_URL, type IntentContent, type IntentGroup } from '../../content/intents/types';
import { faqReplies, intentContent, intentContents } from '../conversation-content';
import { encodePostback } from './postback';
import { ui } from '../../content/ui';
import { button, buttonRow, card, flexMessage, postbackAction, quickReply, separator, text, textMessage, uriAction, COLORS } from './flex';
import { intentAction, menuQuickReply, type MenuContext } from './menu';

/** The quick-reply label of an intent (content keeps labels within LINE's 20 characters). */
const labelOf = (id: string, lang: Lang): string => intentContent(id)?.label[lang] ?? id;

const intentChoice = (id: string, lang: Lang) => intentAction(labelOf(id, lang), id);

/**
 * 役に立った / 役に立たない, each carrying the intent id so ops can see which answer helped.
 * The labels fit one of two buttons on a phone; the chat shows the user's full words.
 */
function feedbackRow(intentId: string, lang: Lang): messagingApi.FlexComponent[] {
  const vote = (v: 'up' | 'down', label: string, said: string) => postbackAction(label, encodePostback({ a: 'fb', id: intentId, vote: v }), said);
  return [
    separator(),
    text(faqReplies().feedbackQuestion[lang], { size: 'xs', color: COLORS.muted, margin: 'md', align: 'center' }),
    buttonRow([vote('up', faqReplies().helpful[lang], faqReplies().helpful[lang]), vote('down', ui.notHelpfulButton[lang], faqReplies().notHelpful[lang])]),
  ];
}

/** Intents that take something away; their buttons are never the highlighted one. */
const DESTRUCTIVE_INTENTS: ReadonlySet<string> = new Set(['link.unlink']);

/**
 * An answer as a Flex card: title, paragraphs, numbered steps, buttons that act (run an
 * intent such as link.start) or open Seller Central, feedback buttons, and related
 * questions as quick replies.
 */
export function answerCardMessage(content: IntentContent, lang: Lang): messagingApi.FlexMessage {
  const paragraphs = content.answer?.[lang] ?? [];
  const buttons = [
    ...(content.actions ?? []).map((id, i) => button(intentChoice(id, lang), i === 0 && !DESTRUCTIVE_INTENTS.has(id) ? 'primary' : 'secondary')),
    ...(content.links ?? []).map((link) => button(uriAction(link.label[lang], link.url), 'link')),
  ];
  const bubble = card({
    title: content.title[lang],
    body: paragraphs,
    ...(content.steps ? { steps: content.steps[lang] } : {}),
    buttons,
    footer: feedbackRow(content.id, lang),
  });
  const related = [...(content.related ?? []).map((id) => intentChoice(id, lang)), intentAction(faqReplies().menu[lang], 'menu.help')];
  return flexMessage([content.title[lang], ...paragraphs].join('\n'), bubble, quickReply(related));
}

const GROUPS: { group: IntentGroup; title: keyof FaqReplies }[] = [
  { group: 'line', title: 'groupLine' },
  { group: 'login', title: 'groupLogin' },
  { group: 'account', title: 'groupAccount' },
  { group: 'alert', title: 'groupAlert' },
];

/** The FAQ list: one card per topic, each question a button that answers it. */
export function faqListMessage(ctx: MenuContext): messagingApi.FlexMessage {
  const { lang } = ctx;
  const bubbles = GROUPS.map(({ group, title }) =>
    card({
      title: faqReplies()[title][lang],
      body: [],
      buttons: intentContents().filter((c) => c.group === group).map((c) => button(intentAction(c.label[lang], c.id), 'link')),
    }),
  );
  return flexMessage(`${faqReplies().faqListTitle[lang]}: ${faqReplies().faqListIntro[lang]}`, { type: 'carousel', contents: bubbles }, menuQuickReply(ctx));
}

/** Two or three intents fit about equally well: let the seller pick, or say none of them. */
export function didYouMeanMessage(intentIds: readonly string[], lang: Lang): messagingApi.TextMessage {
  return textMessage(
    faqReplies().didYouMean[lang],
    quickReply([...intentIds.slice(0, 3).map((id) => intentChoice(id, lang)), intentAction(faqReplies().noneOfThese[lang], 'none')]),
  );
}

/** The honest "I can't answer that here": no inquiries through this account, where to ask instead. */
export function cannotAnswerMessage(lang: Lang, chips?: messagingApi.QuickReply): messagingApi.FlexMessage {
  const bubble = card({
    title: faqReplies().cannotAnswerTitle[lang],
    body: [faqReplies().cannotAnswer[lang], faqReplies().noInquiries[lang]],
    buttons: [button(uriAction(faqReplies().sellerCentralHelp[lang], SELLER_CENTRAL_HELP_URL), 'primary')],
  });
  return flexMessage(`${faqReplies().cannotAnswerTitle[lang]}\n${faqReplies().noInquiries[lang]}`, bubble, chips);
}
