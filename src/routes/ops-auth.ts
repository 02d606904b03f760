import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env';
import { constantTimeEqual } from '../crypto/constant-time';

/** `Authorization: Bearer OPS_API_TOKEN`, compared in constant time. */
export const requireOpsToken: MiddlewareHandler<AppEnv> = async (c, next) => {
  const header = c.req.header('authorization') ?? '';
  const token = header.startsWith('Bearer ') ? header.slice(7).trim() : '';
  if (!token || !c.env.OPS_API_TOKEN || !(await constantTimeEqual(token, c.env.OPS_API_TOKEN))) {
    return c.json({ error: 'unauthorized', details: 'send Authorization: Bearer <OPS_API_TOKEN>' }, 401);
  }
  await next();
};
