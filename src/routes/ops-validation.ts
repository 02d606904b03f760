import { zValidator } from '@hono/zod-validator';
import type { Context, ErrorHandler, MiddlewareHandler, ValidationTargets } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import type * as z from '../model/zod';
import type { ApiError, FieldError } from '../model/field-error';

/**
 * How the ops API checks a request: a zod schema per part (body, query, path), the refusal
 * naming every bad field as `{error, details: [{field, message}]}`.
 */

/** `alerts[3].details.asin` for ['alerts', 3, 'details', 'asin']; the body as a whole is `body`. */
function fieldPath(path: readonly PropertyKey[]): string {
  let field = '';
  for (const key of path) field += typeof key === 'number' ? `[${key}]` : field ? `.${String(key)}` : String(key);
  return field || 'body';
}

/** Every issue as a field error; each unknown key of a strict object is a field of its own. */
const fieldErrors = (issues: readonly z.core.$ZodIssue[]): FieldError[] =>
  issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ field: fieldPath([...issue.path, key]), message: issue.message }))
      : [{ field: fieldPath(issue.path), message: issue.message }],
  );

const JSON_MEDIA_TYPE = /^application\/([\w.-]+\+)?json$/i;

interface Refusal {
  /** The `error` of the answer, from the bad fields when it depends on them. */
  error: string | ((details: FieldError[]) => string);
  status?: 400 | 404;
  /** For a union: the one form a refused input is judged as, so the details name that form's fields. */
  judgeAs?: (value: unknown) => z.ZodMiniType;
}

/** Validates one part of the request with `schema`; the handler reads the result with `c.req.valid(target)`. */
export function validate<Target extends keyof ValidationTargets, Schema extends z.ZodMiniType>(target: Target, schema: Schema, refusal: Refusal) {
  return zValidator(target, schema, (result, c: Context) => {
    // Hono reads a JSON body only when it says it is one; anything else would look like an empty object.
    if (target === 'json' && !JSON_MEDIA_TYPE.test((c.req.header('content-type') ?? '').split(';')[0]!.trim())) {
      return c.json({ error: 'send a JSON body', details: [{ field: 'content-type', message: 'must be application/json' }] } satisfies ApiError, 400);
    }
    if (result.success) return;
    const issues = refusal.judgeAs?.(result.data).safeParse(result.data).error?.issues ?? result.error.issues;
    const details = fieldErrors(issues);
    const error = typeof refusal.error === 'string' ? refusal.error : refusal.error(details);
    return c.json({ error, details } satisfies ApiError, refusal.status ?? 400);
  });
}

/**
 * At most `maxSize` bytes of body. Hono's limit trusts a Content-Length when there is one; the
 * bytes are counted instead, so a caller inside the runtime (a service binding, a test) that
 * sends more than it declares is refused all the same. Reading stops one chunk past the limit.
 */
export function limitBody(maxSize: number): MiddlewareHandler {
  const limit = bodyLimit({
    maxSize,
    onError: (c) => c.json({ error: 'request body too large', details: [{ field: 'body', message: `at most ${maxSize} bytes` }] } satisfies ApiError, 413),
  });
  return (c, next) => {
    if (c.req.raw.body && c.req.raw.headers.has('content-length')) {
      const headers = new Headers(c.req.raw.headers);
      headers.delete('content-length');
      c.req.raw = new Request(c.req.raw, { headers });
    }
    return limit(c, next);
  };
}

/**
 * The ops API's error handler: a JSON body Hono could not parse (its validator throws a 400)
 * answers in the ops API's shape; anything else goes on to the app's handler.
 */
export const onOpsError: ErrorHandler = (err, c) => {
  if (err instanceof HTTPException && err.status === 400 && !err.res) {
    return c.json({ error: 'body is not valid JSON' } satisfies ApiError, 400);
  }
  throw err;
};
