import http, { type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import https from 'node:https';
import type { Socket } from 'node:net';
import { isRoundupError, type RoundupError } from '../../core/errors.ts';
import type { AllowList } from '../../stages/fetch/address-guard.ts';
import { networkError, timeoutError, type TimeoutPhase } from '../../stages/fetch/fetch-errors.ts';
import { bareHostname } from '../../stages/fetch/fetch-url.ts';
import { pinnedLookup, resolveCheckedAddresses } from './address-resolver.ts';
import { readBody } from './body-reader.ts';
import type { HostLookup, ResolvedAddress } from './client-options.ts';

/** Time limits of one hop, in milliseconds. */
export interface HopTimeouts {
  readonly connectMs: number;
  readonly headersMs: number;
  readonly bodyMs: number;
  readonly idleMs: number;
}

/** One GET to one URL, no redirect following. */
export interface HopInput {
  readonly url: URL;
  readonly headers: Readonly<Record<string, string>>;
  readonly timeouts: HopTimeouts;
  readonly maxBodyBytes: number;
  readonly overflow: 'throw' | 'truncate';
  /** Whether this status's body is wanted; other bodies are discarded unread. */
  readonly wantsBody: (status: number) => boolean;
  readonly allow: AllowList;
  readonly lookup: HostLookup;
  /** Registers an abort hook for HttpClient.close(); returns the unregister function. */
  readonly track: (abort: () => void) => () => void;
  /** Keep-alive pools; a socket is only ever opened to an address checked for the hop that opened it. */
  readonly agents: HopAgents;
}

/** The client's connection pools, one per scheme. */
export interface HopAgents {
  readonly http: http.Agent;
  readonly https: https.Agent;
}

/** Pools that keep idle connections for reuse, at most `perHost` per host, closed after `idleMs` unused. */
export function createHopAgents(perHost: number, idleMs: number): HopAgents {
  const options = { keepAlive: true, maxSockets: perHost, maxFreeSockets: perHost, timeout: idleMs, scheduling: 'lifo' as const };
  return { http: new http.Agent(options), https: new https.Agent(options) };
}

/** What one hop answered. */
export interface HopResponse {
  readonly status: number;
  readonly statusText: string;
  /** Lower-cased names; repeated headers joined with ", ". */
  readonly headers: Readonly<Record<string, string>>;
  /** Present only when wantsBody(status). */
  readonly body: Uint8Array | null;
}

/** Resolves and checks the host (SSRF guard), connects to a checked address only, and reads the response within the time and size limits. */
export async function performHop(input: HopInput): Promise<HopResponse> {
  const started = performance.now();
  const addresses = await withTimeout(
    resolveCheckedAddresses(input.url, input.allow, input.lookup),
    input.timeouts.connectMs,
    () => timeoutError(input.url.href, 'connect', input.timeouts.connectMs),
  );
  // DNS time counts against the connect budget.
  const remaining = Math.max(1, input.timeouts.connectMs - (performance.now() - started));
  try {
    return await requestOnce(input, addresses, remaining);
  } catch (err) {
    // A pooled connection that the server closed while idle fails on first use; that is no
    // answer from the server, so the request is sent once more (on a fresh or other socket).
    if (!(err instanceof StalePooledSocketError)) throw err;
    return requestOnce(input, addresses, input.timeouts.connectMs);
  }
}

/** The reused keep-alive socket was reset before any response arrived. */
class StalePooledSocketError extends Error {
  constructor() {
    super('the server closed a reused connection before answering');
  }
}

function isStaleSocketReset(request: http.ClientRequest, err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  return request.reusedSocket && (code === 'ECONNRESET' || code === 'EPIPE');
}

/** What the response handler may do with the hop in progress. */
interface HopControl {
  readonly timer: PhaseTimer;
  /** Settles with a result; false if the hop already settled (timed out, failed or closed). */
  readonly finish: (response: HopResponse) => boolean;
  readonly fail: (err: unknown) => void;
  readonly expire: (phase: TimeoutPhase, ms: number) => () => void;
  readonly close: () => void;
}

function requestOnce(input: HopInput, addresses: readonly ResolvedAddress[], connectMs: number): Promise<HopResponse> {
  const { url, timeouts } = input;
  return new Promise<HopResponse>((resolve, reject) => {
    const timer = phaseTimer();
    let settled = false;
    let untrack = (): void => {};
    const settle = (): boolean => {
      if (settled) return false;
      settled = true;
      timer.clear();
      untrack();
      return true;
    };
    const request = (url.protocol === 'https:' ? https : http).request({
      protocol: url.protocol,
      hostname: bareHostname(url),
      port: url.port || (url.protocol === 'https:' ? 443 : 80),
      path: `${url.pathname}${url.search}`,
      method: 'GET',
      headers: input.headers,
      // A new socket connects only to an address checked for this very hop; a pooled one was
      // checked by the hop that opened it, and this hop's name was checked again just above.
      agent: url.protocol === 'https:' ? input.agents.https : input.agents.http,
      lookup: pinnedLookup(addresses),
    });
    let responded = false;
    const control: HopControl = {
      timer,
      finish: (response) => {
        if (!settle()) return false;
        resolve(response);
        return true;
      },
      fail: (err) => {
        if (!settle()) return;
        request.destroy();
        if (!responded && isStaleSocketReset(request, err)) reject(new StalePooledSocketError());
        else reject(isRoundupError(err) ? err : networkError(url.href, err));
      },
      expire: (phase, ms) => () => control.fail(timeoutError(url.href, phase, ms)),
      close: () => request.destroy(),
    };
    untrack = input.track(() => control.fail(networkError(url.href, new Error('the HTTP client was closed'))));
    timer.start(connectMs, control.expire('connect', connectMs));
    const awaitHeaders = (): void => timer.start(timeouts.headersMs, control.expire('headers', timeouts.headersMs));
    request.on('socket', (socket: Socket) => {
      if (request.reusedSocket) return awaitHeaders();
      socket.once(url.protocol === 'https:' ? 'secureConnect' : 'connect', awaitHeaders);
    });
    request.on('error', control.fail);
    request.on('response', (response: IncomingMessage) => {
      responded = true;
      handleResponse(response, input, control);
    });
    request.end();
  });
}

function handleResponse(response: IncomingMessage, input: HopInput, control: HopControl): void {
  const { timeouts } = input;
  const status = response.statusCode ?? 0;
  const head = { status, statusText: response.statusMessage ?? '', headers: flattenHeaders(response.headers) };
  if (!input.wantsBody(status)) {
    control.finish({ ...head, body: null });
    // Redirect and error bodies are not needed; closing beats draining an unknown length.
    response.destroy();
    control.close();
    return;
  }
  control.timer.start(timeouts.bodyMs, control.expire('body', timeouts.bodyMs));
  const idle = phaseTimer();
  const resetIdle = (): void => idle.start(timeouts.idleMs, control.expire('idle body', timeouts.idleMs));
  resetIdle();
  const options = { url: input.url.href, maxBytes: input.maxBodyBytes, overflow: input.overflow, onChunk: resetIdle };
  readBody(response, options).then((body) => {
    idle.clear();
    // The body was read to its end, so the socket is back in the pool: closing it would waste it.
    control.finish({ ...head, body });
  }, (err: unknown) => {
    idle.clear();
    control.fail(err);
  });
}

/** A restartable timer: starting a new phase cancels the previous one. */
interface PhaseTimer {
  start(ms: number, onExpire: () => void): void;
  clear(): void;
}

function phaseTimer(): PhaseTimer {
  let handle: NodeJS.Timeout | null = null;
  const clear = (): void => {
    if (handle !== null) clearTimeout(handle);
    handle = null;
  };
  return {
    start(ms, onExpire) {
      clear();
      handle = setTimeout(onExpire, ms);
    },
    clear,
  };
}

async function withTimeout<T>(promise: Promise<T>, ms: number, makeError: () => RoundupError): Promise<T> {
  let handle: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    handle = setTimeout(() => reject(makeError()), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(handle);
  }
}

function flattenHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}
