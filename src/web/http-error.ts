import { RoundupError } from '../core/errors.ts';

/** An expected HTTP failure (bad input, unknown id) with its status; rendered as a 4xx page or JSON. */
export class HttpError extends RoundupError {
  /** HTTP status to answer with. */
  readonly status: 400 | 404 | 405 | 413 | 414;

  constructor(status: HttpError['status'], code: string, message: string, options?: { cause?: unknown }) {
    super(code, message, options);
    this.name = 'HttpError';
    this.status = status;
  }
}

/** A 404 for an unknown thing of a kind (story, outlet ...). */
export function notFound(kind: string, id: string): HttpError {
  return new HttpError(404, 'web/not-found', `No ${kind} ${JSON.stringify(id.slice(0, 80))} here.`);
}
