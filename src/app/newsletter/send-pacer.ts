/** Spaces out sends to at most a rate per second. */
export interface Pacer {
  /** Resolves when the next send may start. */
  wait(): Promise<void>;
}

/** A pacer for `perSecond` sends per second; slots are reserved in call order. */
export function createPacer(perSecond: number): Pacer {
  const interval = 1000 / Math.max(1, perSecond);
  let next = 0;
  return {
    wait() {
      const now = performance.now();
      const slot = Math.max(now, next);
      next = slot + interval;
      const delay = slot - now;
      // Sub-millisecond waits are not worth a timer: at high rates they would cap throughput.
      return delay < 1 ? Promise.resolve() : new Promise((resolve) => setTimeout(resolve, delay));
    },
  };
}
