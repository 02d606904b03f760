import { diagnosisWords, OUTCOME_IDS, type OutcomeId, type QuestionId } from '../../../content/diagnosis';
import { createDiagnosisMachine, type DiagnosisEmitted, type DiagnosisEvent, type DiagnosisMachine } from '../../../flows/diagnosis';
import { diagnosisGraph, diagnosisText } from '../../conversation-content';
import { routeText, type RouteResult } from '../../intents/route';
import {
  DIAGNOSIS_FLOW,
  exhaustedMessage,
  outcomeMessage,
  questionMessage,
  questionReminderMessage,
  questionsOverMessage,
  restartOfferMessage,
} from '../../render/diagnosis-cards';
import { textMessage } from '../../render/flex';
import { isSmallTalkIntent, type SmallTalkIntent } from '../../../content/small-talk';
import { sentences, smallTalkLine } from '../../render/small-talk';
import { recordFeedback, recordUnanswered } from '../../store/insights';
import { activeFlow, endFlow, flowExpired, saveFlow, stepMachine } from '../flow-runner';
import type { Postback } from '../../render/postback';
import { expiredButton } from '../replies';
import type { Reply, Turn } from '../turn';

/**
 * The login-trouble diagnosis in the chat: starts it, answers taps and typed answers,
 * jumps to an outcome when the seller describes the problem, and records 解決した /
 * 解決しない. The machine (flows/diagnosis.ts) decides; this module only translates.
 */

type Snapshot = ReturnType<typeof stepMachine<DiagnosisMachine>>['snapshot'];

let machine: DiagnosisMachine | undefined;
/** The machine over the loaded graph, made once per isolate. */
const diagnosisMachine = (): DiagnosisMachine => (machine ??= createDiagnosisMachine(diagnosisGraph()));
type Vote = 'up' | 'down';

export const isOutcome = (id: string): id is OutcomeId => (OUTCOME_IDS as readonly string[]).includes(id);

/** Restores the user's diagnosis run, or a fresh machine (for a new run) when there is none. */
function restore(turn: Turn): { run?: string; persisted?: unknown; snapshot: Snapshot } {
  const flow = activeFlow(turn, DIAGNOSIS_FLOW);
  return { run: flow?.run, persisted: flow?.snapshot, snapshot: stepMachine(diagnosisMachine(), flow?.snapshot, []).snapshot };
}

/** Applies the events, records feedback the machine reported, and keeps or ends the run. */
async function advance(turn: Turn, persisted: unknown, events: DiagnosisEvent[], run?: string): Promise<{ snapshot: Snapshot; run: string }> {
  const step = stepMachine(diagnosisMachine(), persisted, events);
  for (const effect of step.emitted) {
    if (effect.type !== 'feedback') continue;
    const { outcome, solved } = effect as unknown as DiagnosisEmitted;
    await recordFeedback(turn.env, { intentId: outcome, userId: turn.userId, vote: solved ? 'up' : 'down' });
  }
  if (step.snapshot.status === 'done') {
    // Only the current run ends here; a one-off (feedback on an older card) leaves the state alone.
    if (run) endFlow(turn);
    return { snapshot: step.snapshot, run: run ?? '' };
  }
  return { snapshot: step.snapshot, run: saveFlow(turn, DIAGNOSIS_FLOW, step.persisted, run) };
}

/** What the seller sees for the machine's state. No menu card: the rich menu is the menu. */
function show(turn: Turn, snapshot: Snapshot, run: string, intro: readonly string[] = []): Reply {
  const { lang } = turn;
  const { question, history, outcome } = snapshot.context;
  if (snapshot.matches('asking')) return [questionMessage({ lang, run, question, answered: history.length, intro })];
  if (snapshot.matches('outcome') && outcome) return [...intro.map((p) => textMessage(p)), outcomeMessage({ lang, outcome })];
  if (snapshot.matches('cancelled')) return [textMessage(diagnosisText().cancelled[lang])];
  return [textMessage(diagnosisText().solvedReply[lang])];
}

/** The question on screen again, in a few words after `lead`; never the whole card. */
function remind(turn: Turn, snapshot: Snapshot, run: string, lead: string): Reply {
  const { question, history } = snapshot.context;
  return [questionReminderMessage({ lang: turn.lang, run, question, answered: history.length }, lead)];
}

/** Sends one event to the running diagnosis, or explains why it cannot apply. */
async function act(turn: Turn, event: DiagnosisEvent): Promise<Reply> {
  const { run, persisted, snapshot } = restore(turn);
  if (!run) return start(turn);
  if (!snapshot.can(event)) {
    if (!snapshot.matches('asking')) return expiredButton(turn);
    return remind(turn, snapshot, run, (event.type === 'BACK' ? diagnosisText().firstQuestion : diagnosisText().notUnderstood)[turn.lang]);
  }
  const next = await advance(turn, persisted, [event], run);
  return show(turn, next.snapshot, next.run);
}

export async function start(turn: Turn): Promise<Reply> {
  const { snapshot, run } = await advance(turn, undefined, []);
  return show(turn, snapshot, run, [diagnosisText().intro[turn.lang]]);
}

/** A direct outcome intent, or a description typed during the run: straight to the outcome card. */
export const jumpTo =
  (outcome: OutcomeId) =>
  async (turn: Turn): Promise<Reply> => {
    const { run, persisted } = restore(turn);
    const next = await advance(turn, persisted, [{ type: 'JUMP', outcome }], run);
    return show(turn, next.snapshot, next.run);
  };

/**
 * 解決した / 解決しない on an outcome card. On the card now on screen the run goes on (the
 * next most likely cause, finally technical support); on an older card it starts again
 * from that outcome, so the answer always follows the card that was tapped.
 */
async function onOutcomeFeedback(turn: Turn, outcome: OutcomeId, vote: Vote): Promise<Reply> {
  const current = restore(turn);
  const onScreen = current.run !== undefined && current.snapshot.matches('outcome') && current.snapshot.context.outcome === outcome;
  const events: DiagnosisEvent[] = onScreen ? [] : [{ type: 'JUMP', outcome }];
  events.push({ type: vote === 'up' ? 'SOLVED' : 'NOT_SOLVED', outcome });
  const next = await advance(turn, onScreen ? current.persisted : undefined, events, onScreen ? current.run : undefined);
  if (vote === 'up') return show(turn, next.snapshot, next.run);
  if (next.snapshot.matches('finished')) return [exhaustedMessage(turn.lang)];
  return show(turn, next.snapshot, next.run, [diagnosisText().nextCause[turn.lang]]);
}

/** 解決した / 解決しない under an outcome card (the dispatch sends only outcome ids here). */
export const onFeedback = (turn: Turn, postback: Extract<Postback, { a: 'fb' }> & { id: OutcomeId }): Promise<Reply> =>
  onOutcomeFeedback(turn, postback.id, postback.vote === 'up' ? 'up' : 'down');

export async function onTap(turn: Turn, postback: Extract<Postback, { a: 'flow' }>): Promise<Reply> {
  const { snapshot } = restore(turn);
  const asking = snapshot.matches('asking');
  switch (postback.e) {
    case 'ANSWER': {
      const [question, option] = postback.o.split('.'); // see answerValue in diagnosis-cards
      if (!asking || question !== snapshot.context.question || !option) return expiredButton(turn);
      return act(turn, { type: 'ANSWER', option });
    }
    case 'BACK':
      // A back button of an earlier step would step back from somewhere else.
      return asking && postback.o === snapshot.context.question ? act(turn, { type: 'BACK' }) : expiredButton(turn);
    case 'RESTART':
      return start(turn);
    case 'CANCEL':
      // Once an outcome is on screen the questions are over: a cancel from one of them is stale.
      return asking ? act(turn, { type: 'CANCEL' }) : expiredButton(turn);
    default:
      return expiredButton(turn);
  }
}

/** Compared without width, case, spaces or punctuation: "Yes!", "ＹＥＳ", "はい。" are all yes. */
const normalise = (text: string) => text.normalize('NFKC').toLowerCase().replace(/[\p{P}\p{S}\s]/gu, '');
const isWord = (text: string, words: readonly string[]) => words.includes(text);

/**
 * "いいえ、届いていません" and "No, it didn't" answer with what comes before the first comma or
 * stop. Not before a space: "no idea what the cause is" is no "no".
 */
const firstWord = (raw: string) => normalise(raw.normalize('NFKC').trim().split(/[、。,.!?]/u)[0] ?? '');

/**
 * A typed answer to a question → the machine event it means; `unclear` for an answer that
 * fits no option (a number out of range, はい where the options are 停止/閉鎖); undefined
 * when the text is no answer at all.
 */
function typedAnswer(question: QuestionId, raw: string): DiagnosisEvent | 'unclear' | undefined {
  const text = normalise(raw);
  if (isWord(text, diagnosisWords.cancel)) return { type: 'CANCEL' };
  if (isWord(text, diagnosisWords.restart)) return { type: 'RESTART' };
  if (isWord(text, diagnosisWords.back)) return { type: 'BACK' };
  const options = diagnosisGraph().questions[question].options;
  const number = /^(\d{1,2})(番|番目)?$/.exec(text)?.[1];
  const means = (word: string, meaning: 'yes' | 'no') => isWord(word, diagnosisWords[meaning]);
  const pick = (word: string) =>
    options.find((o) => (o.means !== undefined && means(word, o.means)) || normalise(o.label.ja) === word || normalise(o.label.en) === word);
  const lead = firstWord(raw);
  const chosen = number ? options[Number(number) - 1] : (pick(text) ?? ((means(lead, 'yes') || means(lead, 'no')) ? pick(lead) : undefined));
  if (chosen) return { type: 'ANSWER', option: chosen.id };
  const yesOrNo = [text, lead].some((w) => means(w, 'yes') || means(w, 'no'));
  return number || yesOrNo ? 'unclear' : undefined;
}

/** 解決した / はい (solved) or 解決しない / いいえ typed under an outcome card; undefined for anything else. */
function typedFeedback(outcome: OutcomeId, raw: string): Extract<DiagnosisEvent, { type: 'SOLVED' | 'NOT_SOLVED' }> | undefined {
  const text = normalise(raw);
  if (isWord(text, diagnosisWords.solved) || isWord(text, diagnosisWords.yes)) return { type: 'SOLVED', outcome };
  if (isWord(text, diagnosisWords.notSolved) || isWord(text, diagnosisWords.no)) return { type: 'NOT_SOLVED', outcome };
  return undefined;
}

/** What a text typed while a question waits is. */
export type QuestionReading =
  | { type: 'answer'; event: DiagnosisEvent }
  /** Looks like an answer but fits none of the options. */
  | { type: 'unclear' }
  /** Describes one of the causes: its outcome at once. */
  | { type: 'jump'; outcome: OutcomeId }
  | { type: 'small-talk'; talk: SmallTalkIntent }
  /** Asks for the diagnosis that is already running. */
  | { type: 'repeat' }
  /** Another question the router understood: it answers, the question waits. */
  | { type: 'other-intent'; intent: string }
  /** Nothing the bot can use. */
  | { type: 'none' };

/** Reads a text typed during a question: an answer first, then what the router makes of it. */
export function readQuestionText(question: QuestionId, text: string, route: (text: string) => RouteResult = routeText): QuestionReading {
  const answer = typedAnswer(question, text);
  if (answer === 'unclear') return { type: 'unclear' };
  if (answer) return { type: 'answer', event: answer };
  const { intent, decision } = route(text);
  // Only what the router is sure of may interrupt the question; a guess is not an answer either.
  if (intent === 'none' || decision !== 'answer') return { type: 'none' };
  if (isOutcome(intent)) return { type: 'jump', outcome: intent };
  if (isSmallTalkIntent(intent)) return { type: 'small-talk', talk: intent };
  if (intent === 'diagnosis.start') return { type: 'repeat' };
  return { type: 'other-intent', intent };
}

/** A text the bot could not use: kept for ops, like every unanswered question. */
async function logUnused(turn: Turn, text: string, why: string): Promise<void> {
  await recordUnanswered(turn.env, { text, userId: turn.userId, lang: turn.lang, now: turn.now });
  turn.log.info('text not usable during the diagnosis', { why });
}

/**
 * Text after the run went idle. The old question is never asked again: a typed restart
 * starts over, an answer to the old question gets the offer to start over, and anything
 * else is a new message for the router.
 */
async function onIdleText(turn: Turn, text: string): Promise<Reply | null> {
  const flow = turn.state.flow!;
  const snapshot = stepMachine(diagnosisMachine(), flow.snapshot, []).snapshot;
  endFlow(turn);
  if (isWord(normalise(text), diagnosisWords.restart)) return start(turn);
  return snapshot.matches('asking') && typedAnswer(snapshot.context.question, text) ? [restartOfferMessage(turn.lang)] : null;
}

/**
 * Text under an outcome card. The questions are over: feedback typed as words counts, and
 * the diagnosis's own commands get a plain answer (restart starts over, cancel ends, back
 * says there is nothing to go back to). Everything else is a new message for the router.
 */
async function afterOutcome(turn: Turn, snapshot: Snapshot, text: string): Promise<Reply | null> {
  const word = normalise(text);
  if (isWord(word, diagnosisWords.restart)) return start(turn);
  if (isWord(word, diagnosisWords.cancel)) {
    endFlow(turn);
    return [textMessage(diagnosisText().cancelled[turn.lang])];
  }
  if (isWord(word, diagnosisWords.back)) return [questionsOverMessage(turn.lang)];
  const outcome = snapshot.context.outcome;
  const feedback = outcome ? typedFeedback(outcome, text) : undefined;
  return feedback ? onOutcomeFeedback(turn, feedback.outcome, feedback.type === 'SOLVED' ? 'up' : 'down') : null;
}

/** Typed text while a diagnosis runs; null when it is not the diagnosis's to answer. */
export async function onText(turn: Turn, text: string): Promise<Reply | null> {
  if (turn.state.flow?.kind !== DIAGNOSIS_FLOW) return null;
  if (flowExpired(turn)) return onIdleText(turn, text);
  const { run, snapshot } = restore(turn);
  if (!run) return null;
  const { lang } = turn;
  if (!snapshot.matches('asking')) return afterOutcome(turn, snapshot, text);
  const reading = readQuestionText(snapshot.context.question, text);
  switch (reading.type) {
    case 'answer':
      return reading.event.type === 'RESTART' ? start(turn) : act(turn, reading.event);
    case 'jump':
      return jumpTo(reading.outcome)(turn);
    case 'other-intent':
      return null;
    case 'small-talk':
      return remind(turn, snapshot, run, sentences(lang, [smallTalkLine(reading.talk, lang), diagnosisText().stillWaiting[lang]]));
    case 'repeat':
      return remind(turn, snapshot, run, diagnosisText().stillWaiting[lang]);
    case 'unclear':
    case 'none':
      await logUnused(turn, text, reading.type);
      return remind(turn, snapshot, run, diagnosisText().notUnderstood[lang]);
  }
}

/** The やめる offered after an idle run: nothing left to cancel but the stale run. */
export function cancelIdle(turn: Turn): Reply {
  if (turn.state.flow?.kind === DIAGNOSIS_FLOW) endFlow(turn);
  return [textMessage(diagnosisText().cancelled[turn.lang])];
}
