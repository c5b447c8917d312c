// Preloaded into the sender by send-kill.test.ts (`node --import tsx --import this-file …`): the
// sender SIGKILLs itself at an exact point of the Nth message's hand-off, points that a kill from
// outside hits only by luck. It wraps net.Socket's write, which the hand-off watch calls for the
// end-of-data mark after its `beforeMark` commit and before its `afterMark` record, and fs's
// writeSync, which writes that record's hand-off log line:
// - `before-mark`: the row is committed `handing-off`, the mark not written;
// - `after-mark`: the mark is in the kernel, the hand-off log line not written;
// - `after-log`: the log line is written, the `handed-off` commit not made;
// - `after-commit`: the commit is made (the synchronous turn has ended), the server's reply not read.
// ROUNDUP_TEST_KILL_AT names the point, ROUNDUP_TEST_KILL_AT_MARK the message (1-based).
import fs from 'node:fs';
import net from 'node:net';
import { syncBuiltinESMExports } from 'node:module';

const point = process.env.ROUNDUP_TEST_KILL_AT;
const nth = Number(process.env.ROUNDUP_TEST_KILL_AT_MARK ?? '1');
const MARKS = new Set(['.\r\n', '\r\n.\r\n', '\n.\r\n']);

function isMark(chunk: unknown): boolean {
  if (typeof chunk === 'string') return MARKS.has(chunk);
  return Buffer.isBuffer(chunk) && chunk.length <= 5 && MARKS.has(chunk.toString('latin1'));
}

const die = (): never => {
  process.kill(process.pid, 'SIGKILL');
  throw new Error('unreachable: SIGKILL is delivered before kill(2) returns to this process');
};

if (point === 'before-mark' || point === 'after-mark' || point === 'after-log' || point === 'after-commit') {
  let marks = 0;
  let armed = false;
  const write = net.Socket.prototype.write as (this: net.Socket, ...args: unknown[]) => boolean;
  net.Socket.prototype.write = function (this: net.Socket, ...args: unknown[]): boolean {
    if (!isMark(args[0]) || ++marks !== nth) return write.apply(this, args);
    if (point === 'before-mark') die();
    const result = write.apply(this, args);
    if (point === 'after-mark') die();
    if (point === 'after-log') armed = true;
    // Microtasks run once the current synchronous turn, and with it the after-mark commit, is over.
    else queueMicrotask(die);
    return result;
  } as typeof net.Socket.prototype.write;

  const writeSync = fs.writeSync as (...args: unknown[]) => number;
  (fs as { writeSync: unknown }).writeSync = (...args: unknown[]): number => {
    const n = writeSync(...args);
    if (armed && typeof args[1] === 'string' && /^\d+ \d+ \d+\n$/.test(args[1])) die();
    return n;
  };
  syncBuiltinESMExports();
}
