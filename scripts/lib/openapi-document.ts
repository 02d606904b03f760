import * as z from '../../src/model/zod';
import { eventBridgeEventSchema } from '../../src/amazon/notifications';
import {
  acceptedAlertsSchema,
  alertBatchSchema,
  alertDetailsSchema,
  alertInputSchema,
  alertIntakeSchema,
  alertPageSchema,
  alertRecordSchema,
  alertStatusSchema,
  alertTypeSchema,
  MAX_ALERTS_PER_REQUEST,
  MAX_INTAKE_BYTES,
  queueUnavailableSchema,
} from '../../src/model/alert';
import { apiErrorSchema, fieldErrorSchema } from '../../src/model/field-error';
import { langSchema } from '../../src/model/lang';
import { feedbackCountSchema, feedbackSchema, unansweredPageSchema, unansweredQuestionSchema } from '../../src/model/insights';
import { MAX_SETTINGS_BYTES, settingsChangeSchema, settingsViewSchema, switchesSchema } from '../../src/model/settings';
import { amazonEventAnswerSchema, amazonEventRefusalSchema } from '../../src/sources/amazon/events-route';
import { pollRequestSchema, pollResponseSchema } from '../../src/sources/amazon/poll-route';
import { alertHistoryQuerySchema, alertParamsSchema, sellerParamsSchema, unansweredQuerySchema } from '../../src/routes/ops-params';

/**
 * The OpenAPI 3.1 document of the ops API (served at /api/openapi.json), made from the same zod
 * schemas that validate its requests and type its answers, so it cannot disagree with them.
 * Made at build time (`npm run build:openapi` writes assets/worker/openapi.json), so
 * zod's JSON Schema converter stays out of the Worker; a test fails when the file is stale.
 */

/** Where `npm run build:openapi` writes the document, from the repository's root. */
export const OPENAPI_FILE = 'assets/worker/openapi.json';

/** The file's text, byte for byte: what the build writes and the Worker serves. */
export const openApiFileText = (): string => `${JSON.stringify(makeOpenApiDocument(), null, 2)}\n`;

/** Named shapes, in components.schemas; everything that uses one refers to it. */
const COMPONENTS: [z.core.$ZodType, string][] = [
  [langSchema, 'Language'],
  [alertTypeSchema, 'AlertType'],
  [alertStatusSchema, 'AlertStatus'],
  [alertDetailsSchema, 'AlertDetails'],
  [alertInputSchema, 'AlertInput'],
  [alertBatchSchema, 'AlertBatch'],
  [alertIntakeSchema, 'AlertIntake'],
  [acceptedAlertsSchema, 'AcceptedAlerts'],
  [alertRecordSchema, 'Alert'],
  [alertPageSchema, 'AlertPage'],
  [switchesSchema, 'Switches'],
  [settingsViewSchema, 'Settings'],
  [settingsChangeSchema, 'SettingsChange'],
  [unansweredQuestionSchema, 'UnansweredQuestion'],
  [unansweredPageSchema, 'UnansweredPage'],
  [feedbackCountSchema, 'FeedbackCount'],
  [feedbackSchema, 'Feedback'],
  [fieldErrorSchema, 'FieldError'],
  [apiErrorSchema, 'Error'],
  [queueUnavailableSchema, 'QueueUnavailable'],
  [pollRequestSchema, 'PollRequest'],
  [pollResponseSchema, 'PollQueued'],
  [eventBridgeEventSchema, 'AmazonEvent'],
  [amazonEventAnswerSchema, 'AmazonEventAnswer'],
  [amazonEventRefusalSchema, 'AmazonEventRefusal'],
];

type JsonSchema = Record<string, unknown>;
type Component = (typeof COMPONENTS)[number][1];

const ref = (name: Component) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: Component) => ({ 'application/json': { schema: ref(name) } });
const answer = (description: string, name: Component) => ({ description, content: json(name) });
const refusal = (description: string) => answer(description, 'Error');

/** A JSON Schema without the keys that only a document of its own carries. */
function bare(schema: JsonSchema): JsonSchema {
  const { $schema: _schema, $id: _id, ...rest } = schema;
  return rest;
}

function componentSchemas(): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [schema, id] of COMPONENTS) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, { io: 'input', uri: (id) => `#/components/schemas/${id}` });
  return Object.fromEntries(Object.entries(schemas).map(([name, schema]) => [name, bare(schema as JsonSchema)]));
}

/** One parameter per field of a path or query schema. */
function parameters(where: 'path' | 'query', schema: z.ZodMiniObject): JsonSchema[] {
  return Object.entries(schema.shape).map(([name, field]) => {
    const { description, ...fieldSchema } = bare(z.toJSONSchema(field, { io: 'input' }) as JsonSchema);
    return { name, in: where, required: where === 'path' || !z.safeParse(field, undefined).success, ...(description ? { description } : {}), schema: fieldSchema };
  });
}

const UNAUTHORIZED = refusal('Missing or wrong token');
const TOO_LARGE = refusal('Body too large');
const NOT_JSON = refusal('The body is not sent as application/json');
const sellerParams = parameters('path', sellerParamsSchema);

export function makeOpenApiDocument() {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Seller alerts ops API',
      version: '1.0.0',
      description:
        'Send alerts to linked sellers on LINE, follow their delivery, read or change each seller’s alert settings, and see what sellers asked that the bot could not answer. ' +
        'Every operation under /api except this document needs `Authorization: Bearer <OPS_API_TOKEN>`. A refusal names every bad field: `{"error", "details": [{"field", "message"}]}`. ' +
      '`POST /sources/amazon/events` is where Amazon’s notifications arrive (an EventBridge API destination), with its own token.',
    },
    security: [{ bearer: [] }],
    paths: {
      '/api/openapi.json': {
        get: { summary: 'This document', security: [], responses: { '200': { description: 'The OpenAPI document', content: { 'application/json': { schema: { type: 'object' } } } } } },
      },
      '/api/alerts': {
        post: {
          summary: 'Queue one alert or a batch',
          description: `Stores each alert, then queues it for delivery. A body with an \`alerts\` key is a batch of up to ${MAX_ALERTS_PER_REQUEST}, accepted all or nothing. A repeated idempotencyKey (per seller) returns the earlier alert and sends nothing again. At most ${MAX_INTAKE_BYTES} bytes per request.`,
          requestBody: { required: true, content: json('AlertIntake') },
          responses: {
            '202': answer('Accepted', 'AcceptedAlerts'),
            '400': refusal('Invalid body; `details` names every bad field'),
            '401': UNAUTHORIZED,
            '409': refusal('An idempotency key sent again with a different alert; nothing was stored'),
            '413': TOO_LARGE,
            '415': NOT_JSON,
            '503': answer('The queue refused the alerts; retry with the same idempotency keys', 'QueueUnavailable'),
          },
        },
      },
      '/api/alerts/{id}': {
        get: {
          summary: 'One alert and its delivery outcome',
          parameters: parameters('path', alertParamsSchema),
          responses: { '200': answer('The alert', 'Alert'), '401': UNAUTHORIZED, '404': refusal('No such alert') },
        },
      },
      '/api/sellers/{sellerId}/alerts': {
        get: {
          summary: 'A seller’s alerts, newest first',
          parameters: [...sellerParams, ...parameters('query', alertHistoryQuerySchema)],
          responses: { '200': answer('One page', 'AlertPage'), '400': refusal('Invalid seller id, limit or cursor'), '401': UNAUTHORIZED },
        },
      },
      '/api/sellers/{sellerId}/settings': {
        get: {
          summary: 'A seller’s alert settings (defaults when never changed)',
          parameters: sellerParams,
          responses: { '200': answer('Settings', 'Settings'), '400': refusal('Invalid seller id'), '401': UNAUTHORIZED },
        },
        put: {
          summary: 'Change a seller’s alert settings',
          description: `Fields left out keep their value. The same settings the seller changes in the chat. At most ${MAX_SETTINGS_BYTES} bytes.`,
          parameters: sellerParams,
          requestBody: { required: true, content: json('SettingsChange') },
          responses: {
            '200': answer('The settings after the change', 'Settings'),
            '400': refusal('Invalid seller id or body; `details` names every bad field'),
            '401': UNAUTHORIZED,
            '413': TOO_LARGE,
            '415': NOT_JSON,
          },
        },
      },
      '/api/insights/unanswered': {
        get: {
          summary: 'Questions the bot could not answer, newest first (kept 30 days)',
          parameters: parameters('query', unansweredQuerySchema),
          responses: { '200': answer('One page', 'UnansweredPage'), '400': refusal('Invalid limit or cursor'), '401': UNAUTHORIZED },
        },
      },
      '/api/sources/amazon/poll': {
        post: {
          summary: 'Run the Amazon pollers (account health, finances) now, for every linked seller or one',
          description: 'Answers at once: the polls run from the source queue like the scheduled ones.',
          requestBody: { required: true, content: json('PollRequest') },
          responses: {
            '202': answer('Queued', 'PollQueued'),
            '400': refusal('Invalid body; `details` names every bad field'),
            '401': UNAUTHORIZED,
            '404': refusal('The seller is not linked'),
            '409': refusal('The seller has no SP-API authorization, or revoked it'),
            '413': TOO_LARGE,
          },
        },
      },
      '/sources/amazon/events': {
        post: {
          summary: 'One SP-API notification, as an EventBridge event',
          description: 'A notification seen before (by NotificationId) changes nothing; one of a type the bot does not act on is answered `ignored`.',
          security: [{ amazonEvents: [] }],
          requestBody: { required: true, content: json('AmazonEvent') },
          responses: {
            '200': answer('Taken in, or ignored', 'AmazonEventAnswer'),
            '400': answer('Not JSON, or not a notification', 'AmazonEventRefusal'),
            '401': answer('Missing or wrong AMAZON_EVENTS_TOKEN', 'AmazonEventRefusal'),
            '413': answer('Over 256 KB', 'AmazonEventRefusal'),
            '503': answer('AMAZON_EVENTS_TOKEN is not set, or the alert queue refused (send it again)', 'AmazonEventRefusal'),
          },
        },
      },
      '/api/insights/feedback': {
        get: {
          summary: 'How sellers rated each answer',
          responses: { '200': answer('Votes per intent', 'Feedback'), '401': UNAUTHORIZED },
        },
      },
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' }, amazonEvents: { type: 'http', scheme: 'bearer', description: 'AMAZON_EVENTS_TOKEN' } },
      schemas: componentSchemas(),
    },
  };
}
