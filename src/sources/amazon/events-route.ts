import { bearerAuth } from 'hono/bearer-auth';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { Hono } from '../../hono';
import * as z from '../../model/zod';
import { parseAmazonEvent, sellerOf } from '../../amazon/notifications';
import { QueueUnavailableError } from '../../alerts/intake';
import type { AppEnv } from '../../app-env';
import { readConfig } from '../../config';
import { acceptedAlertsSchema } from '../../model/alert';
import { sellerAccount } from '../../sellers/links';
import { listingWindowMs } from './schedule';
import { intakeSourceAlerts } from './source-intake';

/** EventBridge events are at most 256 KB. */
export const MAX_EVENT_BYTES = 256 * 1024;

const unauthorized = { error: 'unauthorized', details: 'send Authorization: Bearer <AMAZON_EVENTS_TOKEN>' };

/** 200: what became of the notification. */
export const amazonEventAnswerSchema = z.union([
  z.object({
    status: z.enum(['accepted', 'duplicate']),
    alerts: acceptedAlertsSchema.shape.alerts,
    windowed: z.number().check(z.int(), z.gte(0), z.meta({ description: 'Listing changes waiting in the seller’s window for their merged alert' })),
  }),
  z.object({ status: z.literal('ignored'), reason: z.string() }),
]);
type AmazonEventAnswer = z.infer<typeof amazonEventAnswerSchema>;

/** A refusal; `details` of a malformed notification are `path: problem` lines. */
export const amazonEventRefusalSchema = z.object({ error: z.string(), details: z.optional(z.union([z.array(z.string()), z.string()])) });

/**
 * `POST /sources/amazon/events`: one EventBridge event per request, its `detail` an SP-API
 * notification, from an API destination (SQS-only types through an EventBridge Pipe; see the
 * README). Bearer AMAZON_EVENTS_TOKEN, compared in constant time by Hono's bearer auth.
 *
 * Answers (well inside EventBridge's 5 s; only the seller's object and the intake are called):
 * - 200 `accepted` / `duplicate` with the alerts the notification made (`windowed`: listing
 *   changes waiting in the seller's window for their merged alert). A NotificationId seen
 *   before changes nothing and makes no alert.
 * - 200 `ignored` for a well-formed notification of a type we do not act on (logged).
 * - 400 for anything malformed, with the fields at fault; 401 without the right token, 413
 *   over 256 KB, 503 when the token is not configured or the alert queue refused (EventBridge
 *   retries 5xx, and a retry is taken in exactly once).
 */
export const amazonEventsRoute = new Hono<AppEnv>()
  .use('*', async (c, next) => {
    const token = readConfig(c.env).amazon.eventsToken;
    if (!token) {
      c.get('log').error('AMAZON_EVENTS_TOKEN is not set; refusing Amazon events');
      return c.json({ error: 'Amazon events are not configured' }, 503);
    }
    return bearerAuth<AppEnv>({ token, noAuthenticationHeader: { message: unauthorized }, invalidAuthenticationHeader: { message: unauthorized }, invalidToken: { message: unauthorized } })(c, next);
  })
  .use('*', bodyLimit({ maxSize: MAX_EVENT_BYTES, onError: (c) => c.json({ error: 'request body too large', details: `at most ${MAX_EVENT_BYTES} bytes` }, 413) }))
  .post('/events', async (c) => {
    const log = c.get('log');
    let body: unknown;
    try {
      body = JSON.parse(await c.req.text());
    } catch {
      return c.json({ error: 'body is not valid JSON' }, 400);
    }
    const event = parseAmazonEvent(body);
    if (event.kind === 'malformed') {
      log.warn('malformed Amazon notification refused', { issues: event.issues.slice(0, 10) });
      return c.json({ error: 'malformed notification', details: event.issues }, 400);
    }
    if (event.kind === 'unknown') {
      log.info('Amazon notification of a type we do not act on', { notificationType: event.notificationType, payloadVersion: event.payloadVersion, notificationId: event.notificationId });
      return c.json({ status: 'ignored', reason: `${event.notificationType} ${event.payloadVersion} is not acted on` } satisfies AmazonEventAnswer);
    }
    const sellerId = sellerOf(event);
    const accepted = await sellerAccount(c.env, sellerId).acceptNotification(event, Date.now(), listingWindowMs(c.env));
    try {
      const alerts = await intakeSourceAlerts(c.env, accepted.alerts, log);
      log.info('Amazon notification taken in', {
        seller: sellerId,
        notificationType: event.notification.NotificationType,
        notificationId: event.notification.NotificationMetadata.NotificationId,
        duplicate: accepted.duplicate,
        alerts: alerts.length,
        windowed: accepted.windowed,
      });
      return c.json({ status: accepted.duplicate ? 'duplicate' : 'accepted', alerts, windowed: accepted.windowed } satisfies AmazonEventAnswer);
    } catch (err) {
      if (!(err instanceof QueueUnavailableError)) throw err;
      log.error('alert queue unavailable for an Amazon notification', { error: err });
      return c.json({ error: 'alert queue unavailable; send the notification again' }, 503);
    }
  })
  .onError((err, c) => {
    if (err instanceof HTTPException) return err.getResponse();
    c.get('log').error('Amazon notification failed', { error: err });
    return c.json({ error: 'internal error' }, 500);
  });
