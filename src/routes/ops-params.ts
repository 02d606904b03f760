import { z } from 'zod';
import { ALERT_ID } from '../alerts/alert-id';
import { sellerIdSchema } from '../model/seller-id';

/** The path parameters and queries of the ops API. */

export const sellerParamsSchema = z.object({ sellerId: sellerIdSchema.meta({ description: 'The Amazon seller id (merchant token)' }) });

export const alertParamsSchema = z.object({ id: z.string().regex(ALERT_ID, 'is not an alert id').meta({ description: 'The id `POST /api/alerts` answered' }) });

const CURSOR = 'must be the cursor of the previous page';

/** `?limit&cursor` of a listing: `limit` from 1 to `max` (default `fallback`), `cursor` from the page before. */
const pageQuerySchema = (fallback: number, max: number) => {
  const limit = `must be a whole number from 1 to ${max}`;
  return z.object({
    limit: z.coerce.number({ error: limit }).int(limit).min(1, limit).max(max, limit).default(fallback).meta({ description: 'Items per page' }),
    cursor: z.string({ error: CURSOR }).min(1, CURSOR).max(1024, CURSOR).optional().meta({ description: 'The `cursor` of the previous page' }),
  });
};

export const alertHistoryQuerySchema = pageQuerySchema(20, 100);
export const unansweredQuerySchema = pageQuerySchema(100, 1000);
