/** Structured logging, one JSON line per event in production (pino fits this shape). */
export interface Logger {
  debug(fields: object, message?: string): void;
  info(fields: object, message?: string): void;
  warn(fields: object, message?: string): void;
  error(fields: object, message?: string): void;
}

/** A logger that drops everything, for tests and quiet commands. */
export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };
