/** A failed call to the LINE platform, with what ops need to ask LINE about it. */
export class LineApiError extends Error {
  constructor(
    readonly operation: string,
    readonly status: number, // 0 = timeout or network failure
    readonly requestId: string | undefined,
    readonly body: string,
  ) {
    super(`LINE ${operation} failed: ${status === 0 ? 'timeout or network error' : status} ${body.slice(0, 200)}`);
    this.name = 'LineApiError';
  }

  /** 429, 5xx and timeouts may succeed later; 4xx will not. */
  get retryable(): boolean {
    return this.status === 0 || this.status === 429 || this.status >= 500;
  }

  /** LINE's own words, for a failed alert's reason. */
  get reason(): string {
    try {
      const parsed = JSON.parse(this.body) as { message?: string };
      if (parsed.message) return `${this.status} ${parsed.message}`;
    } catch {
      /* not JSON */
    }
    return this.status === 0 ? 'timeout' : `${this.status} ${this.body.slice(0, 120)}`.trim();
  }
}
