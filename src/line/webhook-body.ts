import type { webhook } from '@line/bot-sdk';
import { isPlainObject } from '../is-plain-object';

export type ParsedCallback =
  | { ok: true; body: webhook.CallbackRequest }
  | { ok: false; error: string };


/**
 * Parses a LINE webhook body. Only the envelope is checked strictly (destination and an
 * events array of objects with a type); event types we do not know pass through and are
 * ignored later, since LINE adds new ones without notice.
 */
export function parseCallbackBody(text: string): ParsedCallback {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: 'body is not JSON' };
  }
  if (!isPlainObject(json)) return { ok: false, error: 'body is not a JSON object' };
  if (typeof json.destination !== 'string') return { ok: false, error: 'destination is missing' };
  if (!Array.isArray(json.events)) return { ok: false, error: 'events is not an array' };
  for (const [i, event] of json.events.entries()) {
    if (!isPlainObject(event) || typeof event.type !== 'string') return { ok: false, error: `events[${i}] has no type` };
    if (typeof event.timestamp !== 'number') return { ok: false, error: `events[${i}] has no timestamp` };
  }
  return { ok: true, body: json as unknown as webhook.CallbackRequest };
}

/** The LINE user an event belongs to, for one-to-one chats only. */
export function eventUserId(event: webhook.Event): string | undefined {
  const source = event.source;
  return source?.type === 'user' && source.userId ? source.userId : undefined;
}
