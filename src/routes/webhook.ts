import type { webhook } from '@line/bot-sdk';
import { Hono, type Context } from 'hono';
import { sleep } from '../line/backoff';
import type { AppEnv } from '../app-env';
import { verifyLineSignature } from '../line/signature';
import { eventUserId, parseCallbackBody } from '../line/webhook-body';

const DEFAULT_BUDGET_MS = 1500;
const webhookBudgetMs = (env: { WEBHOOK_BUDGET_MS?: string }) => Number(env.WEBHOOK_BUDGET_MS) || DEFAULT_BUDGET_MS;

function keepAlive(c: Context<AppEnv>, work: Promise<unknown>): void {
  try {
    c.executionCtx.waitUntil(work);
  } catch {
    // app.request() in tests has no execution context; the promise still runs.
  }
}

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
  const handling = Promise.allSettled(
    [...groupByUser(events)].map(([userId, userEvents]) =>
      c.env.CONVERSATIONS.get(c.env.CONVERSATIONS.idFromName(userId)).handleEvents(userEvents, c.get('requestId')),
    ),
  );
  const results = await Promise.race([handling, sleep(webhookBudgetMs(c.env)).then(() => null)]);
  if (!results) {
    // LINE gives up after 2 s. Let the work finish in the background and ask for a
    // redelivery; whatever completes by then is skipped as already handled.
    keepAlive(c, handling);
    log.warn('webhook over its time budget; asking LINE to redeliver', { events: events.length });
    return c.json({ error: 'still working; please redeliver' }, 503);
  }
  const failed = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed.length > 0) {
    // LINE redelivers the whole request; events already handled are skipped by their id.
    for (const f of failed) log.error('webhook event failed', { error: String(f.reason) });
    return c.json({ error: 'event handling failed; please redeliver' }, 500);
  }
  return c.json({}, 200);
});
