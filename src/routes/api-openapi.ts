import { ALERT_TYPES, SWITCH_IDS } from '../../content/alerts';
import { MAX_ALERTS_PER_REQUEST, MAX_INTAKE_BYTES } from '../alerts/validate-intake';

/** OpenAPI 3.1 description of the ops API (served at /api/openapi.json). */
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: ref('Error') } } });
const json = (schema: unknown) => ({ 'application/json': { schema } });
const sellerIdParam = { name: 'sellerId', in: 'path', required: true, schema: { type: 'string', pattern: '^[A-Za-z0-9._-]{1,64}$' } };

export const openApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'Seller alerts ops API',
    version: '1.0.0',
    description:
      'Send alerts to linked sellers on LINE, follow their delivery, and read or change each seller’s alert settings. ' +
      'Every operation except this document needs `Authorization: Bearer <OPS_API_TOKEN>`.',
  },
  servers: [{ url: '/api' }],
  security: [{ bearer: [] }],
  paths: {
    '/alerts': {
      post: {
        summary: 'Queue one alert or a batch',
        description: `Stores each alert, then queues it for delivery. A repeated idempotencyKey (per seller) returns the earlier alert and sends nothing again. At most ${MAX_ALERTS_PER_REQUEST} alerts and ${MAX_INTAKE_BYTES} bytes per request.`,
        requestBody: {
          required: true,
          content: json({ oneOf: [ref('AlertInput'), { type: 'object', additionalProperties: false, required: ['alerts'], properties: { alerts: { type: 'array', minItems: 1, maxItems: MAX_ALERTS_PER_REQUEST, items: ref('AlertInput') } } }] }),
        },
        responses: {
          '202': { description: 'Accepted', content: json({ type: 'object', properties: { alerts: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, status: ref('Status') } } } } }) },
          '400': errorResponse('Invalid body; `details` names every bad field'),
          '401': errorResponse('Missing or wrong token'),
          '413': errorResponse('Body too large'),
          '503': errorResponse('The queue refused the alerts; retry with the same idempotency keys'),
        },
      },
    },
    '/alerts/{id}': {
      get: {
        summary: 'One alert and its delivery outcome',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { '200': { description: 'The alert', content: json(ref('Alert')) }, '401': errorResponse('Missing or wrong token'), '404': errorResponse('No such alert') },
      },
    },
    '/sellers/{sellerId}/alerts': {
      get: {
        summary: 'A seller’s alerts, newest first',
        parameters: [
          sellerIdParam,
          { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 } },
          { name: 'cursor', in: 'query', schema: { type: 'string' }, description: 'The cursor of the previous page' },
        ],
        responses: {
          '200': { description: 'One page', content: json({ type: 'object', properties: { alerts: { type: 'array', items: ref('Alert') }, cursor: { type: 'string', description: 'Present when there are more' } } }) },
          '400': errorResponse('Invalid seller id, limit or cursor'),
          '401': errorResponse('Missing or wrong token'),
        },
      },
    },
    '/sellers/{sellerId}/settings': {
      get: {
        summary: 'A seller’s alert settings (defaults when never changed)',
        parameters: [sellerIdParam],
        responses: { '200': { description: 'Settings', content: json(ref('Settings')) }, '400': errorResponse('Invalid seller id'), '401': errorResponse('Missing or wrong token') },
      },
      put: {
        summary: 'Change a seller’s alert settings',
        description: 'Fields left out keep their value. The same settings the seller changes in the chat.',
        parameters: [sellerIdParam],
        requestBody: { required: true, content: json(ref('SettingsChange')) },
        responses: {
          '200': { description: 'The settings after the change', content: json(ref('Settings')) },
          '400': errorResponse('Invalid body; `details` names every bad field'),
          '401': errorResponse('Missing or wrong token'),
        },
      },
    },
  },
  components: {
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    schemas: {
      Status: { type: 'string', enum: ['queued', 'delivered', 'skipped', 'failed'] },
      AlertType: { type: 'string', enum: [...ALERT_TYPES] },
      Details: {
        type: 'object',
        additionalProperties: false,
        description: 'Facts the alert card shows.',
        properties: {
          marketplace: { type: 'string', maxLength: 40 },
          category: { type: 'string', maxLength: 60 },
          asin: { type: 'string', pattern: '^[A-Z0-9]{10}$' },
          sku: { type: 'string', maxLength: 40 },
          metricValue: { type: 'number', minimum: 0, maximum: 100, description: 'percent' },
          threshold: { type: 'number', minimum: 0, maximum: 100, description: 'percent' },
          amount: { type: 'number', minimum: 0 },
          currency: { type: 'string', pattern: '^[A-Z]{3}$', description: 'with amount; default JPY' },
          deadline: { type: 'string', description: 'ISO 8601 date or date-time' },
        },
      },
      AlertInput: {
        type: 'object',
        additionalProperties: false,
        required: ['sellerId', 'type'],
        properties: {
          sellerId: { type: 'string', pattern: '^[A-Za-z0-9._-]{1,64}$' },
          type: ref('AlertType'),
          details: ref('Details'),
          idempotencyKey: { type: 'string', pattern: '^[\\x21-\\x7e]{1,128}$' },
        },
      },
      Alert: {
        type: 'object',
        required: ['id', 'sellerId', 'type', 'status', 'attempts', 'createdAt', 'updatedAt'],
        properties: {
          id: { type: 'string' },
          sellerId: { type: 'string' },
          type: ref('AlertType'),
          details: ref('Details'),
          idempotencyKey: { type: 'string' },
          status: ref('Status'),
          reason: { type: 'string', description: 'skipped: not-linked, blocked or switched-off; failed: LINE’s reason' },
          attempts: { type: 'integer' },
          lastError: { type: 'string', description: 'LINE’s reason for the latest failed attempt while retries remain' },
          language: { type: 'string', enum: ['ja', 'en'] },
          createdAt: { type: 'string', format: 'date-time' },
          updatedAt: { type: 'string', format: 'date-time' },
          deliveredAt: { type: 'string', format: 'date-time' },
        },
      },
      Switches: { type: 'object', additionalProperties: false, properties: Object.fromEntries(SWITCH_IDS.map((id) => [id, { type: 'boolean' }])) },
      Settings: {
        type: 'object',
        required: ['sellerId', 'language', 'switches'],
        properties: { sellerId: { type: 'string' }, language: { type: 'string', enum: ['ja', 'en'] }, switches: ref('Switches') },
      },
      SettingsChange: {
        type: 'object',
        additionalProperties: false,
        minProperties: 1,
        properties: { language: { type: 'string', enum: ['ja', 'en'] }, switches: ref('Switches') },
      },
      Error: { type: 'object', required: ['error'], properties: { error: { type: 'string' }, details: {} } },
    },
  },
} as const;
