/**
 * The envelope every API result or error travels in (HTTP and IPC): errors cross as a code and a
 * Chinese message, because Error objects lose their fields at process and context boundaries.
 * Kept free of zod so the sandboxed preload stays small.
 */
export interface WireError {
  /** A FileError code, or 'bad-request' / 'forbidden' / 'offline' / 'internal'. */
  code: string;
  /** Chinese, ready to show to the clerk. */
  message: string;
}

export type Envelope<T = unknown> = { ok: true; result: T } | { ok: false; error: WireError };

/** The error a client throws for a failed envelope: the Chinese message, with the code kept. */
export class ApiCallError extends Error {
  readonly code: string;
  constructor(error: WireError) {
    super(error.message);
    this.name = 'ApiCallError';
    this.code = error.code;
  }
}

export function unwrap<T>(env: Envelope<T>): T {
  if (env.ok) return env.result;
  throw new ApiCallError(env.error);
}
