import * as z from '../model/zod';
import { ALERT_ID } from '../alerts/alert-id';
import { sellerIdSchema } from '../model/seller-id';

/** The path parameters and queries of the ops API. */

export const sellerParamsSchema = z.object({ sellerId: sellerIdSchema.check(z.meta({ description: 'The Amazon seller id (merchant token)' })) });

export const alertParamsSchema = z.object({
  id: z.string().check(z.regex(ALERT_ID, 'is not an alert id'), z.meta({ description: 'The id `POST /api/alerts` answered' })),
});

const CURSOR = 'must be the cursor of the previous page';

/** `?limit&cursor` of a listing: `limit` from 1 to `max` (default `fallback`), `cursor` from the page before. */
const pageQuerySchema = (fallback: number, max: number) => {
  const limit = `must be a whole number from 1 to ${max}`;
  return z.object({
    limit: z._default(z.coerce.number({ error: limit }).check(z.int(limit), z.gte(1, limit), z.lte(max, limit)), fallback).check(z.meta({ description: 'Items per page' })),
    cursor: z.optional(z.string({ error: CURSOR }).check(z.minLength(1, CURSOR), z.maxLength(1024, CURSOR))).check(z.meta({ description: 'The `cursor` of the previous page' })),
  });
};

export const alertHistoryQuerySchema = pageQuerySchema(20, 100);
export const unansweredQuerySchema = pageQuerySchema(100, 1000);
