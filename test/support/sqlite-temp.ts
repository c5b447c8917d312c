import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../../src/adapters/store-sqlite/index.ts';
import type { Store } from '../../src/ports/store.ts';

/** A migrated store in a real SQLite file in a fresh temp directory. */
export async function tempStore(): Promise<{ store: Store; dir: string; path: string; cleanup(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'roundup-test-'));
  const path = join(dir, 'roundup.db');
  const store = openSqliteStore({ path });
  await store.migrate();
  return {
    store,
    dir,
    path,
    async cleanup() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
