import { initialTransition, transition, type AnyStateMachine, type EventFrom, type SnapshotFrom } from 'xstate';
import { randomToken } from '../crypto/random-token';
import type { Turn } from './turn';

/** A flow that has not moved for this long is over; its next message gets a fresh start. */
export const FLOW_IDLE_MS = 30 * 60 * 1000;

export interface FlowStep<M extends AnyStateMachine> {
  snapshot: SnapshotFrom<M>;
  /** Effects the machine asked for with `emit`, in order, for the runtime to carry out. */
  emitted: { type: string; [key: string]: unknown }[];
  /** The snapshot as JSON, to keep in the conversation. */
  persisted: unknown;
}

type Executable = { type: string; params?: unknown };
const emittedBy = (actions: readonly Executable[]): FlowStep<AnyStateMachine>['emitted'] =>
  actions.flatMap((action) => (action.type === 'xstate.emit' ? [(action.params as { event: FlowStep<AnyStateMachine>['emitted'][number] }).event] : []));

/**
 * XState's pure transitions: restore the persisted snapshot (or take the initial one), apply
 * the events, and collect what the machine emitted. Nothing runs: the machines stay pure and
 * the runtime carries out the emitted effects.
 */
export function stepMachine<M extends AnyStateMachine>(machine: M, persisted: unknown, events: EventFrom<M>[]): FlowStep<M> {
  const [first, initialActions] = persisted ? [machine.resolveState(persisted as never), []] : (initialTransition as (m: AnyStateMachine) => [unknown, unknown[]])(machine);
  let snapshot = first as SnapshotFrom<M>;
  const emitted = emittedBy(initialActions as Executable[]);
  for (const event of events) {
    const [next, actions] = transition(machine, snapshot, event);
    snapshot = next as SnapshotFrom<M>;
    emitted.push(...emittedBy(actions as Executable[]));
  }
  return { snapshot, emitted, persisted: machine.getPersistedSnapshot(snapshot) };
}

/** The flow of this kind that is running for the user, unless it went idle. */
export function activeFlow(turn: Turn, kind: string): { run: string; snapshot: unknown } | undefined {
  const flow = turn.state.flow;
  if (!flow || flow.kind !== kind) return undefined;
  if (turn.now - flow.updatedAt > FLOW_IDLE_MS) return undefined;
  return flow;
}

/** True when a flow went idle (its next message should get a polite restart offer). */
export function flowExpired(turn: Turn): boolean {
  const flow = turn.state.flow;
  return Boolean(flow && turn.now - flow.updatedAt > FLOW_IDLE_MS);
}

/** Starts a new run (older buttons expire) or saves the current one. */
export function saveFlow(turn: Turn, kind: string, persisted: unknown, run: string = randomToken(6)): string {
  turn.state.flow = { kind, run, snapshot: persisted, updatedAt: turn.now };
  return run;
}

export function endFlow(turn: Turn): void {
  delete turn.state.flow;
}
