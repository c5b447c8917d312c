// The shape every evaluation returns, and helpers to find and fingerprint the shared data.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/** What one evaluation measured. Metric names are dotted, e.g. `scrapinghub.f1`; higher is better. */
export interface EvalReport {
  readonly name: string;
  /** sha256 over the corpus files the figures were computed on. */
  readonly corpusHash: string;
  readonly metrics: Readonly<Record<string, number>>;
  /** Set when the data is absent: the reason, and no metrics. */
  readonly skipped?: string;
}

/** The evaluation data folder, `../shared/data` beside the repository. */
export const SHARED_DATA_DIR = resolve(import.meta.dirname, '../../shared/data');

/** A skip message when a corpus folder under the shared data is missing, else null. */
export function missingData(...parts: string[]): string | null {
  const path = join(SHARED_DATA_DIR, ...parts);
  return existsSync(path) ? null : `${path} is absent (the evaluation data is not in this checkout)`;
}

/** Every file under `dir`, sorted, as paths relative to it. */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      return entry.isDirectory() ? listFiles(path).map((p) => join(entry.name, p)) : [entry.name];
    })
    .sort();
}

/** sha256 over the names and bytes of the given files and folders, so a changed corpus is noticed. */
export function hashCorpus(paths: readonly string[]): string {
  const hash = createHash('sha256');
  for (const path of paths) {
    const files = statSync(path).isDirectory() ? listFiles(path).map((f) => join(path, f)) : [path];
    for (const file of files) {
      hash.update(relative(SHARED_DATA_DIR, file)).update('\0').update(readFileSync(file)).update('\0');
    }
  }
  return hash.digest('hex');
}
