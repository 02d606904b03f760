const encoder = new TextEncoder();

/**
 * Compares two secrets without leaking, through timing, how much of them matched.
 * Both sides are hashed first so that their lengths do not leak either.
 */
export async function constantTimeEqual(a: string, b: string): Promise<boolean> {
  const [ha, hb] = await Promise.all([
    crypto.subtle.digest('SHA-256', encoder.encode(a)),
    crypto.subtle.digest('SHA-256', encoder.encode(b)),
  ]);
  return crypto.subtle.timingSafeEqual(ha, hb);
}
