// The hand-off log: the record, made right after a message's end-of-data mark reached the kernel,
// that it did. It is one write(2) of a few bytes to an append-only file beside the database
// (`roundup.db-handoff`): about 1.5 µs, against 15–20 µs for a SQLite commit, and the time
// between the mark's write and this record is the one window where a kill leaves a message whose
// fate nobody can know (README.md of src/app/newsletter). The `handed-off` commit follows at once
// in the same turn; the log only matters to restart recovery when a kill lands between the two.
// A line names the row and its attempt, so a line left from an earlier attempt of a row that was
// later retried can never vouch for a new one. A write(2) survives kill -9 (the bytes are in the
// page cache); it is emptied whenever no hand-off is half-way (every entry's commit is then made).
import { closeSync, ftruncateSync, openSync, readFileSync, writeSync } from 'node:fs';

/** One logged hand-off. */
export interface LoggedHandOff {
  readonly edition: number;
  readonly subscriber: number;
  readonly attempt: number;
}

/** The hand-off log of one database file. */
export interface HandOffLog {
  /** Appends one entry: a single write(2). */
  record(entry: LoggedHandOff): void;
  /** Every complete entry (a torn last line is ignored: its hand-off was not recorded). */
  read(): LoggedHandOff[];
  /** Empties the log; only when every recorded hand-off is committed. */
  clear(): void;
  close(): void;
}

/** The log file of the database at `databasePath`. */
export function handOffLogPath(databasePath: string): string {
  return `${databasePath}-handoff`;
}

/** Opens (creating) the log for appending. */
export function openHandOffLog(databasePath: string): HandOffLog {
  const path = handOffLogPath(databasePath);
  const fd = openSync(path, 'a');
  // Unknown at first: a killed sender may have left entries.
  let dirty = true;
  return {
    record: (e) => {
      writeSync(fd, `${e.edition} ${e.subscriber} ${e.attempt}\n`);
      dirty = true;
    },
    read: () => readHandOffLog(path),
    clear: () => {
      if (!dirty) return;
      ftruncateSync(fd, 0);
      dirty = false;
    },
    close: () => closeSync(fd),
  };
}

/** The entries of the log at `path` (none when it does not exist). */
export function readHandOffLog(path: string): LoggedHandOff[] {
  let text: string;
  try {
    text = readFileSync(path, 'latin1');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  const entries: LoggedHandOff[] = [];
  for (const line of text.split('\n').slice(0, -1)) {
    const m = /^(\d+) (\d+) (\d+)$/.exec(line);
    if (m) entries.push({ edition: Number(m[1]), subscriber: Number(m[2]), attempt: Number(m[3]) });
  }
  return entries;
}
