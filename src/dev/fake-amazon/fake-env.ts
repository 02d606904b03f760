/** Hono environment of the fake Amazon's routes: the seller a call was made for, once known. */
export interface FakeEnv {
  Variables: { sellerId: string | undefined };
}

/** SP-API's error body (ErrorList). */
export const spApiErrors = (code: string, message: string, details?: string) => ({ errors: [{ code, message, ...(details ? { details } : {}) }] });
