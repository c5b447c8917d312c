// One sender at a time: recovery resets `sending` rows, which would be wrong while another live
// sender holds them. The lease names its owner (host:pid) and is renewed while sending; a lease
// whose owner is a dead process on this host is taken over at once, any other after it expires.
import { RoundupError } from '../../core/errors.ts';
import type { NewsletterContext } from './newsletter-context.ts';

const LEASE_MS = 30_000;

/** The lease owner name of a process. */
export function senderOwner(host: string, pid: number): string {
  return `${host}:${pid}`;
}

/** True when `owner` is a process on `host` that no longer exists. */
export function isDeadLocalOwner(owner: string, host: string): boolean {
  const [ownerHost, pid] = owner.split(':');
  if (ownerHost !== host || !pid) return false;
  try {
    process.kill(Number(pid), 0);
    return false;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** Runs `work` holding the sender lease, renewing it meanwhile; fails with newsletter/sender-busy when another live sender holds it. */
export async function withSenderLease<T>(ctx: NewsletterContext, owner: string, work: () => Promise<T>): Promise<T> {
  const host = owner.split(':')[0] ?? '';
  const current = await ctx.store.senderLease();
  const steal = current && current.owner !== owner && isDeadLocalOwner(current.owner, host) ? current.owner : undefined;
  const expires = () => new Date(ctx.clock.now().getTime() + LEASE_MS).toISOString();
  if (!(await ctx.store.acquireSenderLease(owner, ctx.clock.now().toISOString(), expires(), steal))) {
    throw new RoundupError('newsletter/sender-busy', `another sender (${current?.owner ?? 'unknown'}) is sending; try again when it stops or its lease expires`);
  }
  const renew = setInterval(() => void ctx.store.acquireSenderLease(owner, ctx.clock.now().toISOString(), expires()).catch(() => undefined), LEASE_MS / 3);
  try {
    return await work();
  } finally {
    clearInterval(renew);
    await ctx.store.releaseSenderLease(owner).catch(() => undefined);
  }
}
