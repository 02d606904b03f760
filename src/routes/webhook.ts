import { bodyLimit } from 'hono/body-limit';
import { Hono } from '../hono';
import type { AppEnv } from '../app-env';
import { readConfig } from '../config';
import { verifyLineSignature } from '../line/signature';
import { eventUserId, parseCallbackBody, type LineEvent } from '../line/webhook-events';

/** LINE sends at most a few hundred KB; anything far larger is not LINE. */
const MAX_BODY_BYTES = 1024 * 1024;

/** Keeps each user's events in their original order. */
function groupByUser(events: LineEvent[]): Map<string, LineEvent[]> {
  const groups = new Map<string, LineEvent[]>();
  for (const event of events) {
    const userId = eventUserId(event)!;
    const list = groups.get(userId) ?? [];
    list.push(event);
    groups.set(userId, list);
  }
  return groups;
}

/**
 * `POST /webhook`: signature over the raw bytes first, then each event is checked and
 * stored in its user's conversation, and LINE is answered as soon as they are stored
 * (well inside its 2 s). Handling and replies follow in the conversation, once per event.
 * A malformed event is logged and skipped: it could never succeed, so asking LINE to
 * redeliver it would only hold up the user's later events.
 */
export const webhookRoute = new Hono<AppEnv>().post(
  '/',
  bodyLimit({ maxSize: MAX_BODY_BYTES, onError: (c) => c.json({ error: 'body too large' }, 413) }),
  async (c) => {
    const raw = await c.req.arrayBuffer();
    const valid = await verifyLineSignature(readConfig(c.env).line.channelSecret, raw, c.req.header('x-line-signature'));
    if (!valid) return c.json({ error: 'invalid signature' }, 401);

    const parsed = parseCallbackBody(new TextDecoder().decode(raw));
    if (!parsed.ok) return c.json({ error: 'not a LINE webhook body', details: parsed.error }, 400);

    const log = c.get('log');
    const events: LineEvent[] = [];
    for (const verdict of parsed.events) {
      if (verdict.kind === 'event') events.push(verdict.event);
      else if (verdict.kind === 'invalid') log.warn('malformed webhook event skipped', { index: verdict.index, problems: verdict.problems });
      else log.debug('webhook event ignored', { index: verdict.index, reason: verdict.reason });
    }
    const requestId = c.get('requestId');
    const stored = await Promise.allSettled(
      [...groupByUser(events)].map(([userId, userEvents]) => c.env.CONVERSATIONS.get(c.env.CONVERSATIONS.idFromName(userId)).enqueue(userEvents, requestId)),
    );
    const failed = stored.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed.length > 0) {
      // Not stored, so not acknowledged: LINE's redelivery brings them again, and what was stored is skipped by id.
      for (const f of failed) log.error('could not store webhook events', { error: String(f.reason) });
      return c.json({ error: 'could not store the events; please redeliver' }, 500);
    }
    return c.json({}, 200);
  },
);
