import { getShortestPaths, getSimplePaths } from '@xstate/graph';
import type { AnyStateMachine, EventFromLogic } from 'xstate';
import { stepMachine } from '../../src/bot/flow-runner';

export interface ReplayedStep {
  from: string;
  event: string;
  to: string;
  effects: string[];
}

const stateName = (snapshot: { value: unknown }) => (typeof snapshot.value === 'string' ? snapshot.value : JSON.stringify(snapshot.value));
const userEvents = <E extends { type: string }>(steps: { event: E }[]) => steps.map((s) => s.event).filter((e) => !e.type.startsWith('xstate.'));

/** Replays events the way the Conversation runs a flow: one per request, the snapshot stored as JSON in between. */
function replay<M extends AnyStateMachine>(machine: M, events: EventFromLogic<M>[]): ReplayedStep[] {
  let persisted: unknown;
  let from = 'idle';
  return events.map((event) => {
    const result = stepMachine(machine, persisted, [event] as never);
    persisted = JSON.parse(JSON.stringify(result.persisted));
    const step = { from, event: event.type, to: stateName(result.snapshot), effects: result.emitted.map((e) => e.type) };
    from = step.to;
    return step;
  });
}

/** Every simple path through a flow (from @xstate/graph), replayed. */
export function replayAllPaths<M extends AnyStateMachine>(machine: M, events: EventFromLogic<M>[]): ReplayedStep[][] {
  return getSimplePaths(machine, { events: events as never }).map((path) => {
    const replayed = replay(machine, userEvents(path.steps) as EventFromLogic<M>[]);
    const expected = stateName(path.state as { value: unknown });
    if ((replayed.at(-1)?.to ?? 'idle') !== expected) throw new Error(`replay diverged from the graph: ${JSON.stringify(replayed)} ≠ ${expected}`);
    return replayed;
  });
}

/**
 * Every transition the machine takes (self-loops included, which simple paths skip):
 * for each reachable state, each event it accepts, replayed from the start.
 */
export function replayAllTransitions<M extends AnyStateMachine>(machine: M, events: EventFromLogic<M>[]): ReplayedStep[] {
  const out: ReplayedStep[] = [];
  for (const path of getShortestPaths(machine, { events: events as never })) {
    const prefix = userEvents(path.steps) as EventFromLogic<M>[];
    for (const event of events) {
      if (!(path.state as { can(e: unknown): boolean }).can(event)) continue;
      out.push(replay(machine, [...prefix, event]).at(-1)!);
    }
  }
  return out;
}

/** (state, event) pairs the machine defines, to check every transition was walked. */
export function definedTransitions(machine: AnyStateMachine): string[] {
  const out: string[] = [];
  for (const [name, node] of Object.entries(machine.root.states)) {
    for (const eventType of Object.keys((node as { config: { on?: object } }).config.on ?? {})) out.push(`${name} --${eventType}-->`);
  }
  return out.sort();
}

export const walked = (steps: ReplayedStep[]) => [...new Set(steps.map((s) => `${s.from} --${s.event}-->`))].sort();
export const reachedStates = (paths: ReplayedStep[][]) => [...new Set(['idle', ...paths.flat().map((s) => s.to)])].sort();
