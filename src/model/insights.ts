import * as z from './zod';
import { langSchema } from './lang';

/** A question the router could not answer, as kept for ops. */
export const unansweredQuestionSchema = z.object({
  text: z.string().check(z.meta({ description: 'The question, cut to 150 characters' })),
  user: z.string().check(z.meta({ description: 'SHA-256 of the LINE user id, hex: shows that questions came from one person, not who' })),
  lang: langSchema,
  at: z.string().check(z.meta({ format: 'date-time' })),
});
export type UnansweredQuestion = z.infer<typeof unansweredQuestionSchema>;

export const unansweredPageSchema = z.object({
  questions: z.array(unansweredQuestionSchema),
  cursor: z.optional(z.string().check(z.meta({ description: 'Present when there are more: pass it as `cursor` for the next page' }))),
});

/** How sellers rated one answer (one vote per user and answer). */
export const feedbackCountSchema = z.object({
  id: z.string().check(z.meta({ description: 'The intent the answer belongs to' })),
  up: z.number().check(z.int(), z.gte(0)),
  down: z.number().check(z.int(), z.gte(0)),
});
export type FeedbackCount = z.infer<typeof feedbackCountSchema>;

export const feedbackSchema = z.object({ intents: z.array(feedbackCountSchema) });
