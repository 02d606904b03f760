import { OUTCOME_IDS } from '../../content/diagnosis';
import type { Lang } from '../../content/i18n';
import { SMALL_TALK_INTENTS } from '../../content/small-talk';
import { diagnosisWords } from '../../content/diagnosis';
import { intentContents, isCommandIntent } from '../conversation-content';
import { DIAGNOSIS_FLOW } from '../render/diagnosis-cards';
import type { Postback, PostbackAction } from '../render/postback';
import type { InternalEvent } from './internal-events';
import * as alerts from './features/alerts';
import * as amazonAuthorization from './features/amazon-authorization';
import * as basics from './features/conversation-basics';
import * as diagnosis from './features/diagnosis';
import * as faq from './features/faq';
import * as linking from './features/linking';
import type { Reply, Turn } from './turn';

/**
 * Who handles what, in one place. Each intent has exactly one owner, each postback action
 * exactly one, and typed text is tried in the order written here. Features are plain modules
 * of handlers; none of them knows this table.
 */

/** Answers an intent; typed questions pass the language they were asked in. */
export type IntentHandler = (turn: Turn, lang?: Lang) => Reply | Promise<Reply>;

/** An object literal that refuses a key written twice: an intent or action has one owner. */
function table<T>(entries: readonly (readonly [string, T])[]): Readonly<Record<string, T>> {
  const out: Record<string, T> = {};
  for (const [key, value] of entries) {
    if (Object.hasOwn(out, key)) throw new Error(`two owners for ${key}`);
    out[key] = value;
  }
  return out;
}

const outcomeIds: readonly string[] = OUTCOME_IDS;

let intentOwners: Readonly<Record<string, IntentHandler>> | undefined;

/**
 * Intent id → its one owner. Typed text, rich-menu areas and buttons all arrive here. Made on
 * first use: the answer intents are those of the conversation content, which a conversation
 * loads before its first event.
 */
export const INTENTS = (): Readonly<Record<string, IntentHandler>> =>
  (intentOwners ??= table<IntentHandler>([
  ['link.start', linking.start],
  ['link.relink', linking.relink],
  ['link.unlink', linking.unlink],
  ['link.status', linking.status],
  ['settings.open', alerts.openSettings],
  ['settings.language', alerts.chooseLanguage],
  ['alerts.history', alerts.history],
  ['diagnosis.start', diagnosis.start],
  // The やめる offered after a diagnosis went idle.
  ['diagnosis.cancel', diagnosis.cancelIdle],
  ['menu.help', basics.help],
  ['menu.faq', faq.list],
  // "None of these" under a did-you-mean question.
  ['none', (turn) => faq.cannotAnswer(turn)],
  // The diagnosis outcomes (login trouble, suspension, closure) are answered by the diagnosis, so
  // that 解決しない can go on to the next cause; every other answer intent by its answer card.
  ...OUTCOME_IDS.map((id) => [id, diagnosis.jumpTo(id)] as const),
  ...intentContents().filter((c) => !isCommandIntent(c.id) && !outcomeIds.includes(c.id)).map((c) => [c.id, faq.answer(c.id)] as const),
  ...SMALL_TALK_INTENTS.map((id) => [id, basics.smallTalk(id)] as const),
  ]));

type PostbackHandler<A extends PostbackAction> = (turn: Turn, postback: Extract<Postback, { a: A }>) => Promise<Reply>;
type FlowTap = PostbackHandler<'flow'>;

/** Flow kind → the owner of its buttons; a tap reaches it only from the user's current run. */
export const FLOWS = table<FlowTap>([
  ['link', linking.onTap('link')],
  ['relink', linking.onTap('relink')],
  ['unlink', linking.onTap('unlink')],
  [DIAGNOSIS_FLOW, diagnosis.onTap],
]);

/** Postback action → its one owner (see render/postback.ts for what each action carries). */
export const POSTBACKS: { [A in PostbackAction]: PostbackHandler<A> | 'intent' | 'flow' } = {
  // Routed like the typed intent of the same id (INTENTS) and to the flow that made the button (FLOWS).
  intent: 'intent',
  flow: 'flow',
  // Feedback on a diagnosis outcome moves the diagnosis on; on any other answer it is a vote.
  fb: (turn, postback) => (diagnosis.isOutcome(postback.id) ? diagnosis.onFeedback(turn, { ...postback, id: postback.id }) : faq.onFeedback(turn, postback)),
  set: alerts.toggle,
  lang: alerts.setLanguage,
  alert: alerts.openAlert,
};

/** Bare cancel words, as the diagnosis reads them. */
const isCancelWord = (text: string) => (diagnosisWords.cancel as readonly string[]).includes(text.normalize('NFKC').toLowerCase().replace(/[\p{P}\p{S}\s]/gu, ''));

/**
 * Typed text is offered to these in order; the first that answers (not null) wins. A running
 * diagnosis reads answers; "cancel" with nothing running is never an account action; the
 * router answers the rest, its intent run by its owner in INTENTS.
 */
export const TEXT: readonly ((turn: Turn, text: string) => Promise<Reply | null>)[] = [
  diagnosis.onText,
  async (turn, text) => (turn.state.flow?.kind !== DIAGNOSIS_FLOW && isCancelWord(text) ? basics.nothingToCancel(turn) : null),
  async (turn, text) => {
    const outcome = await faq.answerText(turn, text);
    return 'reply' in outcome ? outcome.reply : runIntent(turn, outcome.intent, outcome.lang);
  },
];

/** LINE's other events and our own internal ones. */
export const EVENTS = {
  follow: linking.onFollow,
  unfollow: linking.onUnfollow,
  accountLink: linking.onAccountLink,
  internal: {
    'link-replaced': linking.onLinkReplaced,
    'authorization-revoked': amazonAuthorization.onAuthorizationRevoked,
  } satisfies { [K in InternalEvent['kind']]: (turn: Turn, event: Extract<InternalEvent, { kind: K }>) => Promise<Reply> },
} as const;

export const hasIntent = (id: string): boolean => Object.hasOwn(INTENTS(), id);

export async function runIntent(turn: Turn, id: string, lang?: Lang): Promise<Reply> {
  return INTENTS()[id]!(turn, lang);
}
