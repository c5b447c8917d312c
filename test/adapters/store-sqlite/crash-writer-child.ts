// Child process of the crash test: inserts batches of items into an already migrated store
// until it is killed, printing `committed <batch>` after each batch's transaction has returned.
// Usage: node --import tsx crash-writer-child.ts <db-path> <feed-id> <outlet-id>
import { openSqliteStore } from '../../../src/adapters/store-sqlite/index.ts';
import { crashBatch } from './crash-batches.ts';

const [path, feedIdText, outletId] = process.argv.slice(2);
if (path === undefined || feedIdText === undefined || outletId === undefined) {
  console.error('usage: crash-writer-child.ts <db-path> <feed-id> <outlet-id>');
  process.exit(2);
}
const store = openSqliteStore({ path });
const feed = { id: Number(feedIdText), outletId };
// Far more batches than the parent waits for: the loop is meant to end by SIGKILL.
for (let batch = 0; batch < 100_000; batch += 1) {
  await store.insertItems(crashBatch(feed, batch));
  process.stdout.write(`committed ${batch}\n`);
}
