// Where the shared corpora live (../shared/data beside the repository) and a helper that
// skips a data-driven test with a clear message when they are absent.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** The repository root. */
export const repoRoot = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');

/** The shared data directory; it may not exist (a fresh clone, CI without the corpora). */
export const sharedData = path.resolve(repoRoot, '../shared/data');

/** The path of a shared corpus, or null (after skipping `t`) when the shared data is absent. */
export function sharedPathOrSkip(t: { skip: (message?: string) => void }, ...parts: string[]): string | null {
  const full = path.join(sharedData, ...parts);
  if (existsSync(full)) return full;
  t.skip(`${path.relative(repoRoot, full)} absent: ../shared/data is not available`);
  return null;
}
