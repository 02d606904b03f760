import { NONE, RouterModel, type ClassScore, type ModelData } from './model';
import { normalise } from './normalise';

export interface Scored {
  intent: string;
  /** Calibrated probability, 0…1. */
  score: number;
}

export interface RouteResult {
  /** The most likely intent, a `smalltalk.*` id, or `none` when nothing fits. */
  intent: string;
  /** Probability of `intent`, 0…1. */
  confidence: number;
  /** Up to three catalog intents (never small talk or none), most likely first: the did-you-mean choices. */
  candidates: Scored[];
  /** Answer with `intent`, ask which candidate was meant, or say it cannot be answered here. */
  decision: 'answer' | 'ask' | 'none';
}

/**
 * Answering needs this much probability; intents that change something (the link, settings,
 * the language) or answer about an alert the seller says they received need more, because a
 * wrong one does harm or misleads. Below it the bot asks (did you mean) or says it can't answer.
 */
export const ANSWER_AT = 0.6;
export const ANSWER_CAREFULLY_AT = 0.75;
const CAREFUL = /^(?:link\.unlink|link\.relink|settings\.|alert\.)/;

/** Whether answering with this intent changes something or speaks about an alert the seller received. */
export const needsCare = (intent: string): boolean => CAREFUL.test(intent);
/** The runner-up must be this far behind, or the bot asks between the two. */
const CLEAR_MARGIN = 0.2;
/** Less likely than this, an intent is not worth offering as a choice. */
const CANDIDATE_AT = 0.08;
/** When the best intent is this unlikely, the text is `none` even if no class is likelier. */
const NONE_BELOW = 0.2;
/** Leaning to none, but an intent has this much while none has under NONE_SURE: ask about it. */
const OFFER_AT = 0.3;
const NONE_SURE = 0.5;
/** Small talk is answered only when it is clearly small talk. */
const SMALLTALK_AT = 0.5;
/** Longer texts are not questions we can answer; cutting them bounds the work per message. */
const MAX_TEXT = 500;

/**
 * Words that cancel or stop something, alone: outside a running flow there is nothing to cancel,
 * and they must never reach an account action (unlinking) or a metric (キャンセル率).
 */
const BARE_CANCEL = new Set(
  ['キャンセル', 'キャンセルします', 'キャンセルで', 'やめる', 'やめます', 'やめた', 'やめて', 'やめとく', 'やっぱりやめる', '止める', '止めて', '止めます', 'ストップ', '中止', '中止します', '中断', '取り消し', '取消', 'もういい', 'いいです', '結構です',
    'cancel', 'stop', 'quit', 'exit', 'abort', 'never mind', 'nevermind', 'forget it', 'no thanks', 'end', 'stop it', 'cancel it', 'cancel that'].map(normalise),
);

/**
 * Unlinking is answered only when the text says so (the lexicon's `unlink`, or `link` with `stop`),
 * never for "stop the notifications", which the settings answer.
 */
const UNLINK = 'link.unlink';
const saysUnlink = (concepts: Set<string>) => concepts.has('unlink') || (concepts.has('link') && concepts.has('stop'));

/**
 * A question about the LINE app's own password or login (the lexicon's `line-own-login`) that
 * names nothing of Amazon is not ours: never a Seller Central login or security answer.
 */
const SELLER_CONCEPTS = ['sellercentral', 'seller-account', 'amazon'];
const LOGIN_ANSWERS = /^(?:login\.|security\.|diagnosis\.)/;
const aboutLineItself = (concepts: Set<string>) => concepts.has('line-own-login') && !SELLER_CONCEPTS.some((c) => concepts.has(c));

let model: RouterModel | undefined;

/**
 * Makes the router answer with this model (the build-time data: see load-model.ts for how the
 * Worker gets it). Decoding it is what a cold start costs.
 */
export const useRouterModel = (data: ModelData): RouterModel => (model = new RouterModel(data));

export const routerReady = (): boolean => model !== undefined;

const isIntent = (name: string) => name !== NONE && !name.startsWith('smalltalk.');

function decide(scores: ClassScore[], concepts: Set<string>): Pick<RouteResult, 'intent' | 'confidence' | 'decision'> {
  const top = scores[0]!;
  const intents = scores.filter((s) => isIntent(s.name));
  const [best, second] = intents;
  if (top.name.startsWith('smalltalk.')) return { intent: top.name, confidence: top.p, decision: top.p >= SMALLTALK_AT ? 'answer' : 'none' };
  const none = scores.find((s) => s.name === NONE)!;
  if (best && LOGIN_ANSWERS.test(best.name) && aboutLineItself(concepts)) return { intent: NONE, confidence: none.p, decision: 'none' };
  if (top.name === NONE || !best || best.p < NONE_BELOW) {
    // Leaning to none but an intent is nearly as likely: offer it, with "none of these".
    const ask = best !== undefined && best.p >= OFFER_AT && none.p < NONE_SURE;
    return { intent: NONE, confidence: none.p, decision: ask ? 'ask' : 'none' };
  }
  const needed = needsCare(best.name) ? ANSWER_CAREFULLY_AT : ANSWER_AT;
  const clear = !second || best.p - second.p >= CLEAR_MARGIN;
  const allowed = best.name !== UNLINK || saysUnlink(concepts);
  return { intent: best.name, confidence: best.p, decision: best.p >= needed && clear && allowed ? 'answer' : 'ask' };
}

/** The one router: the bot and the benchmark both call this. */
export function routeText(text: string): RouteResult {
  if (!model) throw new Error('the intent model is not loaded (load-model.ts)');
  const clipped = text.slice(0, MAX_TEXT);
  const normalised = normalise(clipped);
  if (normalised === '' || BARE_CANCEL.has(normalised)) return { intent: NONE, confidence: 1, candidates: [], decision: 'none' };
  const { scores, concepts } = model.classify(clipped);
  const candidates = scores
    .filter((s) => isIntent(s.name) && s.p >= CANDIDATE_AT)
    .slice(0, 3)
    .map((s) => ({ intent: s.name, score: s.p }));
  return { ...decide(scores, concepts), candidates };
}
