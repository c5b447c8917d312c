import { RoundupError } from '../../core/errors.ts';

/** Gives out per-host slots: at most `concurrency` at once, starts spaced by at least `delayMs`. */
export interface HostLimiter {
  /** Waits for a slot on `host`; call the returned function exactly once when the request is over. */
  acquire(host: string): Promise<() => void>;
  /** Spaces the starts on `host` by at least `delayMs` from now on (e.g. robots.txt Crawl-delay); never shortens the configured gap. */
  setHostDelay(host: string, delayMs: number): void;
  /** Rejects every waiter and stops the timers. */
  close(): void;
}

/** Settings of a HostLimiter. */
export interface HostLimiterOptions {
  readonly concurrency: number;
  readonly delayMs: number;
  /** Adds up to 10% to each gap so many hosts' queues do not tick in step. */
  readonly random: () => number;
  /** Monotonic milliseconds; injectable for tests. */
  readonly now?: () => number;
}

interface Waiter {
  readonly resolve: (release: () => void) => void;
  readonly reject: (err: unknown) => void;
}

interface HostState {
  active: number;
  /** The gap between starts on this host: the configured delay, or more if the host asked for it. */
  delayMs: number;
  nextStartAt: number;
  timer: NodeJS.Timeout | null;
  readonly queue: Waiter[];
}

// Idle hosts are forgotten once the map is this large, so a crawl of many hosts does not leak.
const PRUNE_ABOVE = 1_000;
const JITTER_FRACTION = 0.1;

/** Creates the per-host politeness gate used by the HTTP adapter. */
export function createHostLimiter(options: HostLimiterOptions): HostLimiter {
  const now = options.now ?? (() => performance.now());
  const hosts = new Map<string, HostState>();
  let closed = false;

  const pump = (host: string, state: HostState): void => {
    while (!closed && state.timer === null && state.queue.length > 0 && state.active < options.concurrency) {
      const wait = state.nextStartAt - now();
      if (wait > 0) {
        state.timer = setTimeout(() => { state.timer = null; pump(host, state); }, Math.ceil(wait));
        return;
      }
      start(host, state);
    }
  };

  const start = (host: string, state: HostState): void => {
    const waiter = state.queue.shift();
    if (waiter === undefined) return;
    state.active += 1;
    state.nextStartAt = now() + state.delayMs * (1 + JITTER_FRACTION * options.random());
    let released = false;
    waiter.resolve(() => {
      if (released) return;
      released = true;
      state.active -= 1;
      pump(host, state);
    });
  };

  const stateOf = (host: string): HostState => {
    let state = hosts.get(host);
    if (state === undefined) {
      if (hosts.size >= PRUNE_ABOVE) prune(hosts, now(), options.delayMs);
      state = { active: 0, delayMs: options.delayMs, nextStartAt: -Infinity, timer: null, queue: [] };
      hosts.set(host, state);
    }
    return state;
  };

  return {
    acquire(host) {
      if (closed) return Promise.reject(closedError());
      const state = stateOf(host);
      return new Promise((resolve, reject) => {
        state.queue.push({ resolve, reject });
        pump(host, state);
      });
    },
    setHostDelay(host, delayMs) {
      const state = stateOf(host);
      state.delayMs = Math.max(options.delayMs, delayMs);
    },
    close() {
      closed = true;
      for (const state of hosts.values()) {
        if (state.timer !== null) clearTimeout(state.timer);
        state.timer = null;
        for (const waiter of state.queue.splice(0)) waiter.reject(closedError());
      }
    },
  };
}

// A host that asked for a longer gap keeps its state: the robots cache will not tell us again for a day.
function prune(hosts: Map<string, HostState>, at: number, defaultDelayMs: number): void {
  for (const [host, state] of hosts) {
    const idle = state.active === 0 && state.queue.length === 0 && state.nextStartAt <= at;
    if (idle && state.delayMs === defaultDelayMs) hosts.delete(host);
  }
}

function closedError(): RoundupError {
  return new RoundupError('fetch/network', 'The HTTP client was closed before the request could start');
}
