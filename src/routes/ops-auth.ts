import type { Context } from 'hono';
import { bearerAuth } from 'hono/bearer-auth';
import type { AppEnv } from '../app-env';
import { readConfig } from '../config';
import { constantTimeEqual } from '../crypto/constant-time';
import type { ApiError } from '../model/field-error';

const refused = (c: Context): Response =>
  c.json({ error: 'unauthorized', details: [{ field: 'authorization', message: 'send Authorization: Bearer <OPS_API_TOKEN>' }] } satisfies ApiError, 401);

/**
 * `Authorization: Bearer OPS_API_TOKEN`, compared in constant time. A missing header, another
 * scheme and a wrong token are all the same 401 (Hono answers a malformed header with 400).
 */
export const requireOpsToken = bearerAuth<AppEnv>({
  verifyToken: async (token, c) => {
    const expected = readConfig(c.env).opsApiToken;
    return expected !== undefined && (await constantTimeEqual(token, expected));
  },
  noAuthenticationHeader: { message: refused },
  invalidAuthenticationHeader: { message: refused },
  invalidToken: { message: refused },
});
