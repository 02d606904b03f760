import { env } from 'cloudflare:workers';
import type { messagingApi } from '@line/bot-sdk';
import type { Fault, RecordedCall } from '../../src/dev/fake-line-api';

const fakeUrl = (path: string) => `${env.LINE_API_BASE_URL}${path}`;

/** A fault delay past the LINE client's timeout in tests (TEST_LINE_TIMEOUT_MS in vitest.config.ts): LINE answers, but too late. */
export const LATE_MS = 3000;
/** How long a late answer may still take to land after our client gave up on it. */
export const LATE_LANDING_MS = 1000;

/** What the fake LINE API received for this user (replies and pushes, in order). */
export async function callsFor(userId: string): Promise<RecordedCall[]> {
  const res = await fetch(fakeUrl(`/messages?to=${encodeURIComponent(userId)}`));
  return ((await res.json()) as { calls: RecordedCall[] }).calls;
}

/** The messages that reached the user, reply or push, in order. */
export async function messagesTo(userId: string): Promise<messagingApi.Message[]> {
  return (await callsFor(userId))
    .filter((c) => (c.kind === 'reply' || c.kind === 'push') && c.status === 200)
    .flatMap((c) => (c.body as { messages: messagingApi.Message[] }).messages);
}

/** Faults are global to the shared fake: always scope them to a test's own user with `to`. */
export async function injectFaults(faults: (Fault & { to: string })[]): Promise<void> {
  await fetch(fakeUrl('/control/faults'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ faults }) });
}

export async function setProfileLanguage(userId: string, language: string): Promise<void> {
  await fetch(fakeUrl('/control/profiles'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userId, language }) });
}

/** Every string inside a message (texts, alt texts, labels), for asserting what a user reads. */
export function visibleText(message: unknown): string {
  const out: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        if ((k === 'text' || k === 'altText' || k === 'label') && typeof v === 'string') out.push(v);
        else walk(v);
      }
    }
  };
  walk(message);
  return out.join('\n');
}
