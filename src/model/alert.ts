import * as z from './zod';
import { ALERT_TYPES } from '../../content/alerts';
import { langSchema } from './lang';
import { objectErrors } from './object-errors';
import { sellerIdSchema } from './seller-id';

/**
 * The shape of an alert, shared by everything that handles one: the ops API that accepts it
 * (and documents it), the store that keeps it, the consumer that delivers it and the cards
 * that show it. Each shape is a schema; its type is inferred from it.
 */

export const MAX_ALERTS_PER_REQUEST = 500;
/** 500 alerts with every detail filled stay well below this. */
export const MAX_INTAKE_BYTES = 1024 * 1024;

const TYPES = ALERT_TYPES.join(', ');
export const alertTypeSchema = z.enum(ALERT_TYPES, {
  error: (issue) => (issue.input === undefined ? `is required: one of ${TYPES}` : `unknown alert type ${JSON.stringify(issue.input)}; use one of ${TYPES}`),
});

// Printable text only: control characters would garble the card.
const PRINTABLE = /^[^\u0000-\u001f\u007f]*$/;

/** Text the card shows, at most `max` characters (code points, as JSON Schema counts them). */
const cardText = (max: number) =>
  z.string({ error: 'must be a string' }).check(
    z.refine((v) => v.trim() !== '', { message: 'must not be empty', abort: true }),
    z.refine((v) => [...v].length <= max, { message: `must be at most ${max} characters`, abort: true }),
    z.regex(PRINTABLE, 'must not contain control characters'),
    z.meta({ minLength: 1, maxLength: max }),
  );

const PERCENT = 'must be a number from 0 to 100 (percent)';
const percent = (description: string) => z.number({ error: PERCENT }).check(z.gte(0, PERCENT), z.lte(100, PERCENT), z.meta({ description }));
const MAX_AMOUNT = 1e12;
const AMOUNT = `must be a number from 0 to ${MAX_AMOUNT}`;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE_OR_DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/;
const isRealDate = (value: string): boolean => {
  const date = new Date(ISO_DATE.test(value) ? `${value}T00:00:00Z` : value);
  return !Number.isNaN(date.getTime()) && (!ISO_DATE.test(value) || date.toISOString().slice(0, 10) === value);
};

const DETAIL_SHAPE = {
  marketplace: z.optional(cardText(40)),
  category: z.optional(cardText(60)),
  asin: z.optional(z.string({ error: 'must be 10 capital letters or digits' }).check(z.regex(/^[A-Z0-9]{10}$/, 'must be 10 capital letters or digits'))),
  sku: z.optional(cardText(40)),
  metricValue: z.optional(percent('Percent, 0–100 (the rates these alerts are about)')),
  threshold: z.optional(percent('Percent, 0–100: the level the metric must meet')),
  amount: z.optional(z.number({ error: AMOUNT }).check(z.gte(0, AMOUNT), z.lte(MAX_AMOUNT, AMOUNT))),
  currency: z.optional(
    z.string({ error: 'must be a three-letter ISO 4217 code such as JPY' }).check(
      z.regex(/^[A-Z]{3}$/, 'must be a three-letter ISO 4217 code such as JPY'),
      z.meta({ description: 'ISO 4217, with an amount only; JPY when an amount comes without one' }),
    ),
  ),
  deadline: z.optional(
    z.string({ error: 'must be an ISO 8601 date (2026-01-31) or date-time' }).check(
      z.regex(ISO_DATE_OR_DATE_TIME, 'must be an ISO 8601 date (2026-01-31) or date-time'),
      z.refine(isRealDate, 'is not a real date'),
      z.meta({ description: 'ISO 8601 date (2026-01-31) or date-time (2026-01-31T23:59:00+09:00)' }),
    ),
  ),
};

/**
 * The optional facts an alert may carry. Only fields the card shows are accepted, each
 * with a type and a length, so what reaches a seller's chat is always something we render.
 */
export const alertDetailsSchema = z
  .strictObject(DETAIL_SHAPE, { error: objectErrors('must be an object', `is not a known detail; use ${Object.keys(DETAIL_SHAPE).join(', ')}`) })
  .check(
    z.superRefine((details, ctx) => {
      if (details.currency !== undefined && details.amount === undefined) ctx.addIssue({ code: 'custom', path: ['currency'], message: 'only goes with an amount' });
    }),
    z.meta({ description: 'Facts the alert card shows.' }),
  );
export type AlertDetails = z.infer<typeof alertDetailsSchema>;

export const alertInputSchema = z.strictObject(
  {
    sellerId: sellerIdSchema,
    type: alertTypeSchema,
    details: z.optional(alertDetailsSchema),
    idempotencyKey: z.optional(
      z.string({ error: 'must be 1–128 printable ASCII characters without spaces' }).check(
        z.regex(/^[\x21-\x7e]{1,128}$/, 'must be 1–128 printable ASCII characters without spaces'),
        z.meta({ description: 'The same key for the same seller returns the earlier alert and sends nothing again' }),
      ),
    ),
  },
  { error: objectErrors('must be an alert object', 'is not a known field') },
);
export type AlertInput = z.infer<typeof alertInputSchema>;

const BATCH_SIZE = `must be an array of 1–${MAX_ALERTS_PER_REQUEST} alerts`;
export const alertBatchSchema = z.strictObject(
  { alerts: z.array(alertInputSchema, { error: BATCH_SIZE }).check(z.minLength(1, BATCH_SIZE), z.maxLength(MAX_ALERTS_PER_REQUEST, BATCH_SIZE)) },
  { error: objectErrors('must be an object', 'not allowed next to "alerts"; put it inside each alert') },
);

/** The body of `POST /api/alerts`: one alert, or a batch of them, accepted all or nothing. */
export const alertIntakeSchema = z.union([alertInputSchema, alertBatchSchema]);

/**
 * Which of the two forms a body is meant as: a batch when it has an `alerts` key. A body that
 * is neither is judged as the one it was meant as, so its errors name that form's fields.
 */
export const intakeFormOf = (body: unknown) =>
  typeof body === 'object' && body !== null && !Array.isArray(body) && 'alerts' in body ? alertBatchSchema : alertInputSchema;

export const alertStatusSchema = z.enum(['queued', 'delivered', 'skipped', 'failed']);
export type AlertStatus = z.infer<typeof alertStatusSchema>;
export type SkipReason = 'not-linked' | 'blocked' | 'switched-off';
export const FINAL_STATUSES: readonly AlertStatus[] = ['delivered', 'skipped', 'failed'];

/** An ISO 8601 date-time as toISOString() writes it. */
const timestamp = z.string().check(z.meta({ format: 'date-time' }));

export const alertRecordSchema = z.object({
  id: z.string(),
  sellerId: z.string(),
  type: alertTypeSchema,
  details: z.optional(alertDetailsSchema),
  idempotencyKey: z.optional(z.string()),
  status: alertStatusSchema,
  reason: z.optional(z.string().check(z.meta({ description: 'skipped: not-linked, blocked or switched-off; failed: LINE’s reason' }))),
  attempts: z.number().check(z.int(), z.gte(0), z.meta({ description: 'Delivery attempts made by the queue consumer so far' })),
  lastError: z.optional(z.string().check(z.meta({ description: 'LINE’s reason for the latest failed attempt, while retries remain' }))),
  language: z.optional(langSchema.check(z.meta({ description: 'The language it was rendered in, once delivered' }))),
  createdAt: timestamp,
  updatedAt: timestamp,
  deliveredAt: z.optional(timestamp),
  requeued: z.optional(z.number().check(z.int(), z.gte(0), z.meta({ description: 'How often the sweeper put it back on the queue because it sat there unhandled' }))),
});
export type AlertRecord = z.infer<typeof alertRecordSchema>;

/** The answer to `POST /api/alerts`: each alert's id and status, in the order sent. */
export const acceptedAlertsSchema = z.object({ alerts: z.array(z.object({ id: z.string(), status: alertStatusSchema })) });

/** The queue refused: the alerts before the refusal are queued (retry the rest with the same keys). */
export const queueUnavailableSchema = z.object({ error: z.string(), details: z.object({ accepted: acceptedAlertsSchema.shape.alerts }) });
export type QueueUnavailable = z.infer<typeof queueUnavailableSchema>;

/** One page of a seller's alerts, newest first. */
export const alertPageSchema = z.object({
  alerts: z.array(alertRecordSchema),
  cursor: z.optional(z.string().check(z.meta({ description: 'Present when there are more: pass it as `cursor` for the next page' }))),
});
