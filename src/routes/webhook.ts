import type { webhook } from '@line/bot-sdk';
import { Hono } from 'hono';
import type { AppEnv } from '../app-env';
import { verifyLineSignature } from '../line/signature';
import { eventUserId, parseCallbackBody } from '../line/webhook-body';

/** Keeps each user's events in their original order. */
function groupByUser(events: webhook.Event[]): Map<string, webhook.Event[]> {
  const groups = new Map<string, webhook.Event[]>();
  for (const event of events) {
    const userId = eventUserId(event);
    if (!userId) continue;
    const list = groups.get(userId) ?? [];
    list.push(event);
    groups.set(userId, list);
  }
  return groups;
}

export const webhookRoute = new Hono<AppEnv>().post('/', async (c) => {
  const raw = await c.req.arrayBuffer();
  const valid = await verifyLineSignature(c.env.LINE_CHANNEL_SECRET, raw, c.req.header('x-line-signature'));
  if (!valid) return c.json({ error: 'invalid signature' }, 401);

  const parsed = parseCallbackBody(new TextDecoder().decode(raw));
  if (!parsed.ok) return c.json({ error: 'not a LINE webhook body', details: parsed.error }, 400);

  // Standby events belong to another channel's chat (module channels); we must not answer them.
  const events = parsed.body.events.filter((e) => e.mode !== 'standby');
  const log = c.get('log');
  const results = await Promise.allSettled(
    [...groupByUser(events)].map(([userId, userEvents]) =>
      c.env.CONVERSATIONS.get(c.env.CONVERSATIONS.idFromName(userId)).handleEvents(userEvents, c.get('requestId')),
    ),
  );
  const failed = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed.length > 0) {
    // LINE redelivers the whole request; events already handled are skipped by their id.
    for (const f of failed) log.error('webhook event failed', { error: String(f.reason) });
    return c.json({ error: 'event handling failed; please redeliver' }, 500);
  }
  return c.json({}, 200);
});
