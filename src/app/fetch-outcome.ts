import type { FetchOutcome } from '../core/item.ts';
import { isRoundupError } from '../core/errors.ts';

// Fetch error codes mapped to the outcome recorded with each attempt; sorted by code.
const OUTCOME_BY_CODE: Readonly<Record<string, FetchOutcome>> = {
  'fetch/blocked-address': 'blocked',
  'fetch/http-status': 'http-error',
  'fetch/invalid-url': 'blocked',
  'fetch/network': 'network-error',
  'fetch/redirect-loop': 'redirect-loop',
  'fetch/robots-disallowed': 'robots-disallowed',
  'fetch/timeout': 'timeout',
  'fetch/too-large': 'too-large',
  'fetch/too-many-redirects': 'redirect-loop',
  'fetch/unsupported-scheme': 'blocked',
};

/** The recorded outcome class of a failed fetch or parse. */
export function outcomeOfError(err: unknown): FetchOutcome {
  if (isRoundupError(err)) {
    if (err.code.startsWith('feeds/')) return 'parse-error';
    return OUTCOME_BY_CODE[err.code] ?? 'network-error';
  }
  return 'network-error';
}

/** The HTTP status carried by a failure, when there is one. */
export function statusOfError(err: unknown): number | null {
  const status = (err as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : null;
}
