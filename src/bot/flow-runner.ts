import { createActor, type AnyStateMachine, type EventFrom, type SnapshotFrom } from 'xstate';
import { randomToken } from '../crypto/random-token';
import type { Turn } from './turn';

/** A flow that has not moved for this long is over; its next message gets a fresh start. */
export const FLOW_IDLE_MS = 30 * 60 * 1000;

export interface FlowStep<M extends AnyStateMachine> {
  snapshot: SnapshotFrom<M>;
  /** Effects the machine asked for with `emit`, in order, for the runtime to carry out. */
  emitted: { type: string; [key: string]: unknown }[];
}

/**
 * XState per request: restore the persisted snapshot (or start fresh), send the events,
 * collect what the machine emitted, persist. Machines stay pure; the runtime acts on emits.
 */
export function stepMachine<M extends AnyStateMachine>(machine: M, persisted: unknown | undefined, events: EventFrom<M>[]): FlowStep<M> & { persisted: unknown } {
  const actor = (createActor as (m: AnyStateMachine, o?: object) => ReturnType<typeof createActor<M>>)(machine, persisted ? { snapshot: persisted } : undefined);
  const emitted: FlowStep<M>['emitted'] = [];
  actor.on('*', (e: { type: string }) => emitted.push(e as FlowStep<M>['emitted'][number]));
  actor.start();
  for (const event of events) actor.send(event);
  const snapshot = actor.getSnapshot() as SnapshotFrom<M>;
  const result = { snapshot, emitted, persisted: actor.getPersistedSnapshot() };
  actor.stop();
  return result;
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
