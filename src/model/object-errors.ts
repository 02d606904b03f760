import type * as z from './zod';

/** The messages of a strict object: one when the input is not an object, one for each key it does not know. */
export const objectErrors =
  (notAnObject: string, unknownKey: string) =>
  (issue: z.core.$ZodRawIssue): string =>
    issue.code === 'unrecognized_keys' ? unknownKey : notAnObject;
