import * as z from './zod';

/** One thing wrong with a request: the field, as a path such as `alerts[3].details.asin`, and what is wrong with it. */
export const fieldErrorSchema = z.object({
  field: z.string().check(z.meta({ description: 'Path of the field: `alerts[3].details.asin`, `switches.bank-account`, `limit`; `body` for the body as a whole' })),
  message: z.string(),
});
export type FieldError = z.infer<typeof fieldErrorSchema>;

/** Every refusal of the ops API: what went wrong and, where a field is to blame, every such field. */
export const apiErrorSchema = z.object({
  error: z.string(),
  details: z.optional(z.array(fieldErrorSchema)),
});
export type ApiError = z.infer<typeof apiErrorSchema>;
