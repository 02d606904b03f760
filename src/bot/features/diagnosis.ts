import { diagnosisGraph, diagnosisText, diagnosisWords, OUTCOME_IDS, type OutcomeId } from '../../../content/diagnosis';
import type { Localized } from '../../../content/i18n';
import { diagnosisMachine, type DiagnosisEmitted, type DiagnosisEvent } from '../../../flows/diagnosis';
import { routeText } from '../../intents/route';
import { DIAGNOSIS_FLOW, outcomeMessage, questionMessage, restartOfferMessage } from '../../render/diagnosis-cards';
import { textMessage } from '../../render/flex';
import { recordFeedback } from '../../store/insights';
import { activeFlow, endFlow, flowExpired, saveFlow, stepMachine } from '../flow-runner';
import type { Postback } from '../postback';
import type { Reply, Turn } from '../turn';
import type { Feature, IntentHandler } from './feature';
import { features } from './index';

/**
 * The login-trouble diagnosis in the chat: starts it, answers taps and typed answers,
 * jumps to an outcome when the seller describes the problem, and records 解決した /
 * 解決しない. The machine (flows/diagnosis.ts) decides; this module only translates.
 */

type Snapshot = ReturnType<typeof stepMachine<typeof diagnosisMachine>>['snapshot'];
type Vote = 'up' | 'down';

// Imported when first needed: intent-handlers builds its table from the feature list, which
// includes this module, so a static import would read that list before it exists.
const intentHandlers = () => import('../intent-handlers');

const isOutcome = (id: string): id is OutcomeId => (OUTCOME_IDS as readonly string[]).includes(id);

/** Restores the user's diagnosis run, or a fresh machine (for a new run) when there is none. */
function restore(turn: Turn): { run?: string; persisted?: unknown; snapshot: Snapshot } {
  const flow = activeFlow(turn, DIAGNOSIS_FLOW);
  return { run: flow?.run, persisted: flow?.snapshot, snapshot: stepMachine(diagnosisMachine, flow?.snapshot, []).snapshot };
}

/** Applies the events, records feedback the machine reported, and keeps or ends the run. */
async function advance(turn: Turn, persisted: unknown, events: DiagnosisEvent[], run?: string): Promise<{ snapshot: Snapshot; run: string }> {
  const step = stepMachine(diagnosisMachine, persisted, events);
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

/** What the seller sees for the machine's state. */
async function show(turn: Turn, snapshot: Snapshot, run: string, intro: readonly string[] = []): Promise<Reply> {
  const { lang } = turn;
  const { showMenu } = await intentHandlers();
  const { question, history, outcome } = snapshot.context;
  if (snapshot.matches('asking')) return [questionMessage({ lang, run, question, answered: history.length, intro })];
  if (snapshot.matches('outcome') && outcome) return [...intro.map((p) => textMessage(p)), outcomeMessage({ lang, run, outcome })];
  if (snapshot.matches('cancelled')) return showMenu(turn, diagnosisText.cancelled[lang]);
  return showMenu(turn, diagnosisText.solvedReply[lang]);
}

/** Shows the current step again, saying why. */
async function reask(turn: Turn, why: Localized): Promise<Reply> {
  const { run, snapshot } = restore(turn);
  return run ? show(turn, snapshot, run, [why[turn.lang]]) : start(turn);
}

/** Sends one event to the running diagnosis, or explains why it cannot apply. */
async function act(turn: Turn, event: DiagnosisEvent): Promise<Reply> {
  const { run, persisted, snapshot } = restore(turn);
  if (!run) return start(turn);
  if (!snapshot.can(event)) return reask(turn, event.type === 'BACK' ? diagnosisText.firstQuestion : diagnosisText.notUnderstood);
  const next = await advance(turn, persisted, [event], run);
  return show(turn, next.snapshot, next.run);
}

async function start(turn: Turn): Promise<Reply> {
  const { snapshot, run } = await advance(turn, undefined, []);
  return show(turn, snapshot, run, [diagnosisText.intro[turn.lang]]);
}

/** A direct outcome intent, or a description typed during the run: straight to the outcome card. */
const jumpTo =
  (outcome: OutcomeId): IntentHandler =>
  async (turn) => {
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
  if (next.snapshot.matches('finished')) return (await intentHandlers()).showMenu(turn, diagnosisText.exhausted[turn.lang]);
  return show(turn, next.snapshot, next.run, [diagnosisText.nextCause[turn.lang]]);
}

async function onFeedback(turn: Turn, postback: Extract<Postback, { a: 'fb' }>): Promise<Reply> {
  if (isOutcome(postback.id)) return onOutcomeFeedback(turn, postback.id, postback.vote === 'up' ? 'up' : 'down');
  // Feedback on any other answer belongs to the feature that gave it.
  const other = features.find((f) => f !== diagnosisFeature && f.postbacks?.fb)?.postbacks?.fb;
  return other ? other(turn, postback) : (await intentHandlers()).showMenu(turn);
}

async function onTap(turn: Turn, postback: Extract<Postback, { a: 'flow' }>): Promise<Reply> {
  const { snapshot } = restore(turn);
  const screen = snapshot.matches('outcome') ? snapshot.context.outcome : snapshot.context.question;
  const { expiredButton } = await import('../handle-event');
  switch (postback.e) {
    case 'ANSWER': {
      const [question, option] = postback.o.split('.'); // see answerValue in diagnosis-cards
      if (!snapshot.matches('asking') || question !== snapshot.context.question || !option) return expiredButton(turn);
      return act(turn, { type: 'ANSWER', option });
    }
    case 'BACK':
      // A back button of an earlier step would step back from somewhere else.
      return postback.o === screen ? act(turn, { type: 'BACK' }) : expiredButton(turn);
    case 'RESTART':
      return start(turn);
    case 'CANCEL':
      return act(turn, { type: 'CANCEL' });
    default:
      return expiredButton(turn);
  }
}

/** Compared without width, case, spaces or punctuation: "Yes!", "ＹＥＳ", "はい。" are all yes. */
const normalise = (text: string) => text.normalize('NFKC').toLowerCase().replace(/[\p{P}\p{S}\s]/gu, '');
const isWord = (text: string, words: readonly string[]) => words.includes(text);

/**
 * A typed answer → the machine event it means; `unclear` for an answer that fits no option
 * (a number out of range, はい where the options are 停止/閉鎖); undefined for no answer at all.
 */
function typedEvent(snapshot: Snapshot, raw: string): DiagnosisEvent | 'unclear' | undefined {
  const text = normalise(raw);
  if (isWord(text, diagnosisWords.cancel)) return { type: 'CANCEL' };
  if (isWord(text, diagnosisWords.restart)) return { type: 'RESTART' };
  if (isWord(text, diagnosisWords.back)) return { type: 'BACK' };
  const { question, outcome } = snapshot.context;
  if (snapshot.matches('outcome') && outcome) {
    if (isWord(text, diagnosisWords.solved) || isWord(text, diagnosisWords.yes)) return { type: 'SOLVED', outcome };
    if (isWord(text, diagnosisWords.notSolved) || isWord(text, diagnosisWords.no)) return { type: 'NOT_SOLVED', outcome };
    return undefined;
  }
  const options = diagnosisGraph.questions[question].options;
  const number = /^(\d{1,2})(番|番目)?$/.exec(text)?.[1];
  const chosen = number
    ? options[Number(number) - 1]
    : options.find(
        (o) =>
          (o.means === 'yes' && isWord(text, diagnosisWords.yes)) ||
          (o.means === 'no' && isWord(text, diagnosisWords.no)) ||
          normalise(o.label.ja) === text ||
          normalise(o.label.en) === text,
      );
  if (chosen) return { type: 'ANSWER', option: chosen.id };
  return number || isWord(text, diagnosisWords.yes) || isWord(text, diagnosisWords.no) ? 'unclear' : undefined;
}

/** The router's reading of a description: an outcome to jump to, another intent, or nothing. */
function described(text: string): { outcome: OutcomeId } | { other: true } | undefined {
  const { intent } = routeText(text);
  if (isOutcome(intent)) return { outcome: intent };
  return intent === 'none' || intent === 'diagnosis.start' ? undefined : { other: true };
}

async function onText(turn: Turn, text: string): Promise<Reply | null> {
  if (turn.state.flow?.kind !== DIAGNOSIS_FLOW) return null;
  if (flowExpired(turn)) {
    endFlow(turn);
    // Asked to start over anyway: do it; anything else gets the offer, never the old question.
    return isWord(normalise(text), diagnosisWords.restart) ? start(turn) : [restartOfferMessage(turn.lang)];
  }
  const { snapshot } = restore(turn);
  const event = typedEvent(snapshot, text);
  if (event === 'unclear') return reask(turn, diagnosisText.notUnderstood);
  if (event?.type === 'RESTART') return start(turn);
  if (event?.type === 'SOLVED' || event?.type === 'NOT_SOLVED') return onOutcomeFeedback(turn, event.outcome, event.type === 'SOLVED' ? 'up' : 'down');
  if (event) return act(turn, event);
  const description = described(text);
  if (description && 'outcome' in description) return jumpTo(description.outcome)(turn);
  // A question about something else: the router answers it, the diagnosis waits.
  if (description) return null;
  return reask(turn, diagnosisText.notUnderstood);
}

const outcomeIntents = Object.fromEntries(OUTCOME_IDS.map((id) => [id, jumpTo(id)])) as Record<OutcomeId, IntentHandler>;

export const diagnosisFeature: Feature = {
  name: 'diagnosis',
  intents: {
    'diagnosis.start': start,
    // The やめる offered after an idle run: nothing left to cancel but the stale run.
    'diagnosis.cancel': async (turn) => {
      if (turn.state.flow?.kind === DIAGNOSIS_FLOW) endFlow(turn);
      return (await intentHandlers()).showMenu(turn, diagnosisText.cancelled[turn.lang]);
    },
    ...outcomeIntents,
  },
  flows: { [DIAGNOSIS_FLOW]: onTap },
  postbacks: { fb: onFeedback },
  onText,
};
