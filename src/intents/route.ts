import { OUT_OF_SCOPE } from './entries';
import { indexData } from './index-data.generated';
import { IntentIndex, type Scored } from './intent-index';

export interface RouteResult {
  /** The intent to answer with, or `none` when nothing fits well enough. */
  intent: string | 'none';
  /** Score of the best intent, 0…1. */
  confidence: number;
  /** Up to three best intents (never the out-of-scope class), best first. */
  candidates: Scored[];
  /** What the bot should do: answer `intent`, ask which candidate was meant, or say it cannot answer. */
  decision: 'answer' | 'ask' | 'none';
}

/** Below this a match is a guess, and a wrong answer is worse than "I can't answer that". */
export const MIN_CONFIDENCE = 0.3;
/** Candidates weaker than this are not worth offering as "did you mean". */
const MIN_CANDIDATE = 0.2;
/** Longer texts are not questions we can answer; cutting them bounds the work per message. */
const MAX_TEXT = 500;
/** When the runner-up scores within this of the best, the bot asks instead of guessing. */
const AMBIGUOUS_MARGIN = 0.04;

let index: IntentIndex | undefined;

/** Makes the index from the build-time data (what a cold start costs). */
export const loadRouterIndex = (): IntentIndex => (index = new IntentIndex(indexData));

/** The one router: the bot and the benchmark both call this. */
export function routeText(text: string): RouteResult {
  index ??= loadRouterIndex();
  const ranked = index.rank(text.slice(0, MAX_TEXT));
  const best = ranked[0];
  const candidates = ranked.filter((r) => r.intent !== OUT_OF_SCOPE && r.score >= MIN_CANDIDATE).slice(0, 3);
  const confident = best !== undefined && best.intent !== OUT_OF_SCOPE && best.score >= MIN_CONFIDENCE;
  const [first, second] = candidates;
  const close = first !== undefined && second !== undefined && first.score - second.score < AMBIGUOUS_MARGIN;
  const decision = !confident ? 'none' : close ? 'ask' : 'answer';
  return { intent: confident ? best.intent : 'none', confidence: candidates[0]?.score ?? 0, candidates, decision };
}
