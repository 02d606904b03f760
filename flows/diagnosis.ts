import { assign, emit, setup } from 'xstate';
import type { DiagnosisGraph, DiagnosisNext, OutcomeId, QuestionId } from '../content/diagnosis';

/**
 * The login-trouble diagnosis. The question graph is data (content/diagnosis.ts); this
 * machine only walks it: ask → answer → next question or outcome, with back, restart and
 * cancel while asking. An outcome ends the questions: from there only feedback on it
 * (solved / not solved, moving on to the next most likely cause until technical support)
 * or a jump to another outcome applies. Pure: feedback leaves as an emitted event for the
 * runtime to record.
 */

export interface DiagnosisContext {
  /** The question on screen, or the one that led to the outcome on screen. */
  question: QuestionId;
  /** Questions answered before `question`, oldest first (what BACK walks). */
  history: QuestionId[];
  outcome: OutcomeId | null;
  /** Outcomes shown since the last question, first the one arrived at; "not solved" never repeats one. */
  tried: OutcomeId[];
}

export type DiagnosisEvent =
  | { type: 'ANSWER'; option: string }
  | { type: 'BACK' }
  | { type: 'RESTART' }
  | { type: 'CANCEL' }
  /** Straight to an outcome: a typed description of the problem, or a direct intent. */
  | { type: 'JUMP'; outcome: OutcomeId }
  /** Feedback names the outcome it is about, so a tap on an older card is refused. */
  | { type: 'SOLVED'; outcome: OutcomeId }
  | { type: 'NOT_SOLVED'; outcome: OutcomeId };

export type DiagnosisEmitted = { type: 'feedback'; outcome: OutcomeId; solved: boolean };

export type DiagnosisState = 'asking' | 'outcome' | 'cancelled' | 'finished';

export function createDiagnosisMachine(graph: DiagnosisGraph) {
  const start = (): DiagnosisContext => ({ question: graph.start, history: [], outcome: null, tried: [] });
  const nextOf = (context: DiagnosisContext, event: DiagnosisEvent): DiagnosisNext | undefined =>
    event.type === 'ANSWER' ? graph.questions[context.question].options.find((o) => o.id === event.option)?.next : undefined;
  // The chain follows the alternatives of the outcome the seller arrived at, in their order.
  const nextCause = (context: DiagnosisContext): OutcomeId | undefined => {
    const first = context.tried[0];
    return first ? [...graph.outcomes[first].alternatives, graph.lastResort].find((id) => !context.tried.includes(id)) : undefined;
  };
  const aboutShownOutcome = (context: DiagnosisContext, event: DiagnosisEvent) =>
    (event.type === 'SOLVED' || event.type === 'NOT_SOLVED') && event.outcome === context.outcome;

  return setup({
    types: {} as { context: DiagnosisContext; events: DiagnosisEvent; emitted: DiagnosisEmitted },
    guards: {
      leadsToQuestion: ({ context, event }) => {
        const next = nextOf(context, event);
        return next !== undefined && 'ask' in next;
      },
      leadsToOutcome: ({ context, event }) => {
        const next = nextOf(context, event);
        return next !== undefined && 'outcome' in next;
      },
      hasPrevious: ({ context }) => context.history.length > 0,
      knownOutcome: ({ event }) => event.type === 'JUMP' && Object.hasOwn(graph.outcomes, event.outcome),
      aboutShownOutcome: ({ context, event }) => aboutShownOutcome(context, event),
      hasNextCause: ({ context, event }) => aboutShownOutcome(context, event) && nextCause(context) !== undefined,
    },
    actions: {
      ask: assign(({ context, event }) => {
        const next = nextOf(context, event) as { ask: QuestionId };
        return { question: next.ask, history: [...context.history, context.question] };
      }),
      conclude: assign(({ context, event }) => {
        const outcome = (nextOf(context, event) as { outcome: OutcomeId }).outcome;
        return { outcome, tried: [outcome] };
      }),
      jump: assign(({ event }) => {
        const outcome = (event as Extract<DiagnosisEvent, { type: 'JUMP' }>).outcome;
        return { outcome, tried: [outcome] };
      }),
      goBack: assign(({ context }) => ({ question: context.history.at(-1) as QuestionId, history: context.history.slice(0, -1) })),
      moveToNextCause: assign(({ context }) => {
        const outcome = nextCause(context) as OutcomeId;
        return { outcome, tried: [...context.tried, outcome] };
      }),
      restart: assign(() => start()),
      reportSolved: emit(({ context }) => ({ type: 'feedback' as const, outcome: context.outcome as OutcomeId, solved: true })),
      reportNotSolved: emit(({ context }) => ({ type: 'feedback' as const, outcome: context.outcome as OutcomeId, solved: false })),
    },
  }).createMachine({
    id: 'diagnosis',
    context: start,
    initial: 'asking',
    states: {
      asking: {
        on: {
          ANSWER: [
            { guard: 'leadsToQuestion', actions: 'ask' },
            { guard: 'leadsToOutcome', target: 'outcome', actions: 'conclude' },
          ],
          BACK: { guard: 'hasPrevious', actions: 'goBack' },
          JUMP: { guard: 'knownOutcome', target: 'outcome', actions: 'jump' },
          RESTART: { actions: 'restart' },
          CANCEL: 'cancelled',
        },
      },
      // The questions are over: no back, restart or cancel, so nothing typed or tapped later
      // can drop the seller into a question (or into a run that never asked one).
      outcome: {
        on: {
          SOLVED: { guard: 'aboutShownOutcome', target: 'finished', actions: 'reportSolved' },
          NOT_SOLVED: [
            { guard: 'hasNextCause', actions: ['reportNotSolved', 'moveToNextCause'] },
            { guard: 'aboutShownOutcome', target: 'finished', actions: 'reportNotSolved' },
          ],
          JUMP: { guard: 'knownOutcome', actions: 'jump' },
        },
      },
      cancelled: { type: 'final' },
      finished: { type: 'final' },
    },
  });
}

/**
 * The most questions one run can ask: the longest path of questions from the start. The
 * graph must not loop back on itself (a loop would make a run endless).
 */
export function maxQuestions(graph: DiagnosisGraph): number {
  const depth = new Map<QuestionId, number>();
  const visit = (id: QuestionId, path: readonly QuestionId[]): number => {
    if (path.includes(id)) throw new Error(`the diagnosis graph loops: ${[...path, id].join(' → ')}`);
    const known = depth.get(id);
    if (known !== undefined) return known;
    const below = graph.questions[id].options.map((o) => ('ask' in o.next ? visit(o.next.ask, [...path, id]) : 0));
    const result = 1 + Math.max(0, ...below);
    depth.set(id, result);
    return result;
  };
  return visit(graph.start, []);
}

export type DiagnosisMachine = ReturnType<typeof createDiagnosisMachine>;
