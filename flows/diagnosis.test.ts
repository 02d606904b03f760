import { getAdjacencyMap, getShortestPaths, getSimplePaths, adjacencyMapToArray } from '@xstate/graph';
import { createActor, transition, type AnyStateMachine, type SnapshotFrom } from 'xstate';
import { describe, expect, it } from 'vitest';
import { OUTCOME_IDS, QUESTION_IDS, type OutcomeId } from '../content/diagnosis';
import { diagnosisGraph } from '../content/diagnosis-graph';
import { createDiagnosisMachine, maxQuestions, type DiagnosisEvent } from './diagnosis';

const diagnosisMachine = createDiagnosisMachine(diagnosisGraph);
/** 7 today: notice → credentials → marketplace → inactive → payment → browser → outage. */
const DIAGNOSIS_MAX_QUESTIONS = maxQuestions(diagnosisGraph);
type Snapshot = SnapshotFrom<typeof diagnosisMachine>;

const { questions, outcomes } = diagnosisGraph;
const answers = (s: Snapshot): DiagnosisEvent[] =>
  s.matches('asking') ? questions[s.context.question].options.map((o) => ({ type: 'ANSWER', option: o.id })) : [];
const feedback = (s: Snapshot): DiagnosisEvent[] =>
  s.context.outcome ? [{ type: 'SOLVED', outcome: s.context.outcome }, { type: 'NOT_SOLVED', outcome: s.context.outcome }] : [];
const controls: DiagnosisEvent[] = [{ type: 'BACK' }, { type: 'RESTART' }, { type: 'CANCEL' }];
const jumps: DiagnosisEvent[] = OUTCOME_IDS.map((outcome) => ({ type: 'JUMP', outcome }));

/** Everything a user can do by tapping or typing, except jumping by a typed description. */
const userEvents = (s: Snapshot): DiagnosisEvent[] => (s.status === 'done' ? [] : [...answers(s), ...feedback(s), ...controls]);
const allEvents = (s: Snapshot): DiagnosisEvent[] => (s.status === 'done' ? [] : [...userEvents(s), ...jumps]);

const isEnd = (s: Snapshot) => s.matches('cancelled') || s.matches('finished');
const key = (s: Snapshot) => JSON.stringify([s.value, s.context]);

function run(events: DiagnosisEvent[]): Snapshot {
  const actor = createActor(diagnosisMachine).start();
  for (const e of events) actor.send(e);
  return actor.getSnapshot();
}

describe('the diagnosis graph (content)', () => {
  it('links only to questions and outcomes that exist, with postback-safe option ids', () => {
    for (const id of QUESTION_IDS) {
      const q = questions[id];
      expect(q.options.length, id).toBeGreaterThanOrEqual(2);
      expect(new Set(q.options.map((o) => o.id)).size, id).toBe(q.options.length);
      for (const option of q.options) {
        expect(option.id).toMatch(/^[A-Za-z0-9._-]{1,64}$/);
        if ('ask' in option.next) expect(QUESTION_IDS).toContain(option.next.ask);
        else expect(OUTCOME_IDS).toContain(option.next.outcome);
      }
    }
    for (const id of OUTCOME_IDS) for (const alt of outcomes[id].alternatives) expect(OUTCOME_IDS).toContain(alt);
  });

  it('gives every outcome a cause, numbered steps and links in both languages', () => {
    for (const id of OUTCOME_IDS) {
      const o = outcomes[id];
      expect(o.cause.ja && o.cause.en, id).toBeTruthy();
      expect(o.steps.ja.length, id).toBeGreaterThanOrEqual(2);
      expect(o.steps.en.length, id).toBe(o.steps.ja.length);
      expect(o.prevention?.en.length ?? 0, id).toBe(o.prevention?.ja.length ?? 0);
      expect(o.links.length, id).toBeGreaterThanOrEqual(1);
      for (const l of o.links) expect(l.url).toMatch(/^https:\/\/sellercentral\.amazon\.co\.jp\//);
    }
    expect(outcomes['account.suspended'].planOfAction?.ja).toHaveLength(7);
    expect(outcomes['account.suspended'].planOfAction?.en).toHaveLength(7);
    expect(outcomes['login.inactive-access-lost'].prevention?.ja.join()).toContain('休止設定');
    expect(outcomes['login.account-hijacked'].prevention?.en.join()).toMatch(/2-step verification/);
    expect(outcomes['login.account-hijacked'].prevention?.ja.join()).toContain('使い回さない');
  });
});

describe('the longest run of questions', () => {
  it('is 7 for our graph, the length of the longest path a seller can answer', () => {
    expect(DIAGNOSIS_MAX_QUESTIONS).toBe(7);
    const longest = Math.max(...getShortestPaths(diagnosisMachine, { events: answers }).filter((p) => p.state.matches('asking')).map((p) => p.state.context.history.length + 1));
    expect(DIAGNOSIS_MAX_QUESTIONS).toBe(longest);
  });

  it('follows the graph it is given, and refuses one that loops', () => {
    const two = { ...diagnosisGraph, start: 'notice' as const, questions: { ...questions, notice: { ...questions.notice, options: [questions.notice.options[0]!] } } };
    expect(maxQuestions(two)).toBe(2);
    const looping = { ...diagnosisGraph, questions: { ...questions, outage: { ...questions.outage, options: [{ ...questions.outage.options[0]!, next: { ask: 'notice' as const } }] } } };
    expect(() => maxQuestions(looping)).toThrow(/loops/);
  });
});

describe('the diagnosis machine', () => {
  it('reaches every one of the ten outcomes by answering questions alone', () => {
    const paths = getShortestPaths(diagnosisMachine, { events: answers });
    const reached = new Set(paths.map((p) => p.state.context.outcome).filter(Boolean));
    expect([...reached].sort()).toEqual([...OUTCOME_IDS].sort());
    for (const p of paths) expect(p.steps.length).toBeLessThanOrEqual(QUESTION_IDS.length);
  });

  it('ends every path in an outcome (then solved or not) or a cancel', () => {
    const paths = getSimplePaths(diagnosisMachine, { events: userEvents });
    const extended = new Set(paths.map((p) => p.steps.slice(0, -1).map((s) => key(s.state)).join('>')));
    const maximal = paths.filter((p) => !extended.has(p.steps.map((s) => key(s.state)).join('>')));
    expect(maximal.length).toBeGreaterThan(20);
    for (const p of maximal) {
      expect(isEnd(p.state), p.steps.map((s) => JSON.stringify(s.event)).join(' ')).toBe(true);
      if (p.state.matches('finished')) expect(p.steps.some((s) => s.state.matches('outcome'))).toBe(true);
    }
  });

  it('offers back, restart and cancel at every question; an outcome takes only feedback or a jump; every step can still reach an outcome', () => {
    // getAdjacencyMap's signature does not accept a machine with typed emits; the logic is the same.
    const edges = adjacencyMapToArray(getAdjacencyMap(diagnosisMachine as unknown as AnyStateMachine, { events: allEvents as never }));
    const states = new Map<string, Snapshot>();
    for (const e of edges) states.set(key(e.state), e.state).set(key(e.nextState), e.nextState);
    const start = key(run([]));
    const canReachOutcome = new Set([...states].filter(([, s]) => s.matches('outcome')).map(([k]) => k));
    // Walk the edges backwards from the outcomes until nothing new is found.
    for (let before = -1; before !== canReachOutcome.size; ) {
      before = canReachOutcome.size;
      for (const e of edges) if (canReachOutcome.has(key(e.nextState))) canReachOutcome.add(key(e.state));
    }
    expect(states.size).toBeGreaterThan(100);
    for (const [k, s] of states) {
      if (isEnd(s)) continue;
      expect(canReachOutcome.has(k), k).toBe(true);
      if (s.matches('outcome')) {
        // The questions are over: nothing leads back into them.
        for (const type of ['BACK', 'RESTART', 'CANCEL'] as const) expect(s.can({ type }), `${k} ${type}`).toBe(false);
        for (const event of feedback(s)) expect(s.can(event), k).toBe(true);
        continue;
      }
      const after = (type: 'BACK' | 'RESTART' | 'CANCEL') => transition(diagnosisMachine, s, { type })[0];
      expect(after('CANCEL').value, k).toBe('cancelled');
      expect(key(after('RESTART')), k).toBe(start);
      if (s.context.history.length > 0) expect(after('BACK').context.question, k).toBe(s.context.history.at(-1));
      else expect(s.can({ type: 'BACK' }), k).toBe(false);
    }
  });

  it('never steps back from an outcome into a run that asked nothing (a typed or tapped outcome)', () => {
    for (const outcome of OUTCOME_IDS) {
      const jumped = run([{ type: 'JUMP', outcome }]);
      expect(jumped.value).toBe('outcome');
      expect(jumped.can({ type: 'BACK' })).toBe(false);
      expect(jumped.can({ type: 'ANSWER', option: 'yes' })).toBe(false);
      // A later description moves to its outcome, still without questions.
      const other = OUTCOME_IDS.find((o) => o !== outcome)!;
      expect(transition(diagnosisMachine, jumped, { type: 'JUMP', outcome: other })[0].context.outcome).toBe(other);
    }
  });

  it('walks back through the answered questions in order', () => {
    const forward: DiagnosisEvent[] = ['no', 'no', 'yes', 'no', 'no'].map((option) => ({ type: 'ANSWER', option }));
    const s = run(forward);
    expect(s.context.question).toBe('browser');
    expect(s.context.history).toEqual(['notice', 'credentials', 'marketplace', 'inactive', 'payment']);
    expect(run([...forward, { type: 'BACK' }, { type: 'BACK' }]).context.question).toBe('inactive');
  });

  it('moves "not solved" on to the next most likely cause, ending with technical support', () => {
    for (const first of OUTCOME_IDS) {
      const actor = createActor(diagnosisMachine).start();
      const feedback: unknown[] = [];
      actor.on('feedback', (e) => feedback.push(e));
      actor.send({ type: 'JUMP', outcome: first });
      const shown: OutcomeId[] = [];
      while (actor.getSnapshot().matches('outcome')) {
        const outcome = actor.getSnapshot().context.outcome as OutcomeId;
        shown.push(outcome);
        actor.send({ type: 'NOT_SOLVED', outcome });
      }
      expect(actor.getSnapshot().value).toBe('finished');
      expect(shown[0]).toBe(first);
      expect(shown.at(-1), first).toBe('login.technical-support');
      expect(new Set(shown).size, first).toBe(shown.length);
      expect(shown).toEqual([...new Set([first, ...outcomes[first].alternatives, 'login.technical-support'])]);
      expect(feedback).toEqual(shown.map((outcome) => ({ type: 'feedback', outcome, solved: false })));
    }
  });

  it('records "solved" and finishes; refuses feedback about an outcome that is not on screen', () => {
    const atOutcome = run([{ type: 'JUMP', outcome: 'login.cookies-cache' }]);
    expect(atOutcome.can({ type: 'SOLVED', outcome: 'login.forgot-password' })).toBe(false);
    expect(atOutcome.can({ type: 'NOT_SOLVED', outcome: 'login.forgot-password' })).toBe(false);
    const actor = createActor(diagnosisMachine, { snapshot: atOutcome }).start();
    const feedback: unknown[] = [];
    actor.on('feedback', (e) => feedback.push(e));
    actor.send({ type: 'SOLVED', outcome: 'login.cookies-cache' });
    expect(actor.getSnapshot().value).toBe('finished');
    expect(feedback).toEqual([{ type: 'feedback', outcome: 'login.cookies-cache', solved: true }]);
  });

  it('ignores unknown options and unknown outcomes', () => {
    const start = run([]);
    expect(start.can({ type: 'ANSWER', option: 'maybe' })).toBe(false);
    expect(start.can({ type: 'JUMP', outcome: 'faq.devices' as OutcomeId })).toBe(false);
    expect(start.can({ type: 'SOLVED', outcome: 'login.cookies-cache' })).toBe(false);
  });

  it('survives persistence between requests', () => {
    const actor = createActor(diagnosisMachine).start();
    actor.send({ type: 'ANSWER', option: 'yes' });
    const persisted = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
    const restored = createActor(diagnosisMachine, { snapshot: persisted }).start();
    restored.send({ type: 'ANSWER', option: 'closed' });
    expect(restored.getSnapshot().context.outcome).toBe('account.closed');
  });
});
