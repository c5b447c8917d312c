import { describeError } from '../core/errors.ts';

/** Runs a command action; on failure prints a one-line reason to stderr and sets a non-zero exit status. */
export function action<A extends unknown[]>(run: (...args: A) => Promise<void>): (...args: A) => Promise<void> {
  return async (...args: A) => {
    try {
      await run(...args);
    } catch (err) {
      process.stderr.write(`roundup: ${describeError(err).replace(/\s*\n\s*/g, ' ')}\n`);
      process.exitCode = 1;
    }
  };
}

/** Writes one JSON document to stdout. */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
