import type { RecordedCall } from '../../../src/dev/fake-line-api';

const POLL_MS = 200;
const DEADLINE_MS = 20_000;

/** What the dev fake LINE API has recorded for a user so far, oldest first. */
export async function recordedCalls(serverUrl: string, userId: string): Promise<RecordedCall[]> {
  const res = await fetch(`${serverUrl}/dev/line-api/messages?to=${encodeURIComponent(userId)}`);
  if (!res.ok) throw new Error(`GET /dev/line-api/messages answered ${res.status}`);
  return ((await res.json()) as { calls: RecordedCall[] }).calls;
}

/** Replies and pushes LINE accepted for the user, oldest first. */
export const deliveredTo = async (serverUrl: string, userId: string): Promise<RecordedCall[]> =>
  (await recordedCalls(serverUrl, userId)).filter((c) => (c.kind === 'reply' || c.kind === 'push') && c.status === 200);

/**
 * The bot answers a moment after the webhook has acknowledged the event, so what it sends is
 * read again until `found` picks something out of it, or the deadline passes.
 */
export async function waitForCalls<T>(read: () => Promise<RecordedCall[]>, found: (calls: RecordedCall[]) => T | undefined, what: string): Promise<T> {
  const deadline = Date.now() + DEADLINE_MS;
  let last: RecordedCall[] = [];
  while (Date.now() < deadline) {
    last = await read();
    const result = found(last);
    if (result !== undefined) return result;
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
  throw new Error(`${what}: not there after ${DEADLINE_MS / 1000} s; recorded: ${last.map((c) => `${c.kind}:${c.status}`).join(', ') || 'nothing'}`);
}
