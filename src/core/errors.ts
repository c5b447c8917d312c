/** Base error of Roundup: a stable machine-readable code (`module/what`), a human message and the cause. */
export class RoundupError extends Error {
  /** Stable code with a module prefix, e.g. `fetch/blocked-address` or `feeds/not-a-feed`. */
  readonly code: string;

  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'RoundupError';
    this.code = code;
  }
}

/** True when `err` is a RoundupError, optionally with the given code. */
export function isRoundupError(err: unknown, code?: string): err is RoundupError {
  return err instanceof RoundupError && (code === undefined || err.code === code);
}

/** One-line reason for any thrown value, suitable for stderr and stored feed errors. */
export function describeError(err: unknown): string {
  if (err instanceof RoundupError) return err.message;
  if (err instanceof Error) return err.message;
  return String(err);
}
