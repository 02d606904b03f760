import * as z from './zod';

/** Seller ids as Amazon issues them (letters and digits), with room for test ids; never a colon, which KV keys use. */
export const SELLER_ID = /^[A-Za-z0-9._-]{1,64}$/;

const RULE = '1–64 letters, digits, ".", "_" or "-"';

export const sellerIdSchema = z
  .string({ error: (issue) => (issue.input === undefined ? `is required: ${RULE}` : `must be ${RULE}`) })
  .check(z.regex(SELLER_ID, `must be ${RULE}`));
