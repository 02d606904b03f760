import { z } from 'zod';
import { langSchema } from './lang';

/** A question the router could not answer, as kept for ops. */
export const unansweredQuestionSchema = z.object({
  text: z.string().meta({ description: 'The question, cut to 150 characters' }),
  user: z.string().meta({ description: 'SHA-256 of the LINE user id, hex: shows that questions came from one person, not who' }),
  lang: langSchema,
  at: z.string().meta({ format: 'date-time' }),
});
export type UnansweredQuestion = z.infer<typeof unansweredQuestionSchema>;

export const unansweredPageSchema = z.object({
  questions: z.array(unansweredQuestionSchema),
  cursor: z.string().meta({ description: 'Present when there are more: pass it as `cursor` for the next page' }).optional(),
});

/** How sellers rated one answer (one vote per user and answer). */
export const feedbackCountSchema = z.object({ id: z.string().meta({ description: 'The intent the answer belongs to' }), up: z.number().int().min(0), down: z.number().int().min(0) });
export type FeedbackCount = z.infer<typeof feedbackCountSchema>;

export const feedbackSchema = z.object({ intents: z.array(feedbackCountSchema) });
