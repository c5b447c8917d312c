// Builds replay directories from the real story datasets in ../shared/data (read in place).
// Skipped, with the reason printed, when that folder is not next to the repository.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { parseRssFeed } from 'feedsmith';
import { buildReplayDir } from '../../../src/adapters/replay/replay-builder.ts';
import { xmlProblems } from './xml-well-formed.ts';

const repoRoot = resolve(fileURLToPath(import.meta.url), '../../../..');
const dataDir = resolve(repoRoot, '../shared/data');
const skip = existsSync(join(dataDir, 'stories')) ? false : `shared data not found at ${dataDir}; replay builder tests on real data skipped`;

interface Row {
  readonly id: string;
  readonly outlet: string;
  readonly title: string;
}

// Read independently of the builder's reader, so a reader bug cannot hide itself.
function readRows(dataset: string): Row[] {
  const text = gunzipSync(readFileSync(join(dataDir, 'stories', `${dataset}.jsonl.gz`))).toString('utf8');
  return text.split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Row);
}

async function feedFiles(outDir: string): Promise<string[]> {
  const entries = await readdir(join(outDir, 'feeds'), { recursive: true });
  return entries.filter((e) => e.endsWith('.xml')).map((e) => join(outDir, 'feeds', e));
}

describe('replay builder on allsides + basil', { skip }, () => {
  let work: string;

  before(async () => {
    work = await mkdtemp(join(tmpdir(), 'replay-shared-'));
  });

  after(async () => {
    if (work !== undefined) await rm(work, { recursive: true, force: true });
  });

  test('one well-formed feed per outlet, an item and a page for every article', async () => {
    const rows = [...readRows('allsides'), ...readRows('basil')];
    const outDir = join(work, 'plain');
    const summary = await buildReplayDir({ dataDir, outDir });
    const outlets = new Set(rows.map((r) => r.outlet));
    assert.equal(summary.outlets, outlets.size);
    assert.equal(summary.feeds, outlets.size);
    assert.equal(summary.items, rows.length);

    const titles = new Map<string, string>();
    for (const file of await feedFiles(outDir)) {
      const xml = await readFile(file, 'utf8');
      assert.deepEqual(xmlProblems(xml), [], file);
      const items = parseRssFeed(xml).items ?? [];
      assert.equal(items.length, (xml.match(/<item>/g) ?? []).length, file);
      for (const item of items) titles.set(String(item.guid?.value).replace(/^\w+:/, ''), String(item.title));
    }
    // Every article is an item, and its title survives escaping exactly.
    assert.equal(titles.size, rows.length);
    for (const row of rows) assert.equal(titles.get(row.id), row.title.trim(), row.id);

    const slugByName = new Map(summary.manifest.outlets.map((o) => [o.name, o.slug]));
    for (const row of rows) assert.ok(existsSync(join(outDir, 'articles', slugByName.get(row.outlet) ?? '?', `${row.id}.html`)), row.id);
  });

  test('minFeeds 200 and minItems 20,000 give a benchmark-sized directory', async () => {
    const outDir = join(work, 'bench');
    const summary = await buildReplayDir({ dataDir, outDir, minFeeds: 200, minItems: 20_000 });
    assert.ok(summary.feeds >= 200, `${summary.feeds} feeds`);
    assert.ok(summary.items >= 20_000, `${summary.items} items`);
    const files = await feedFiles(outDir);
    assert.equal(files.length, summary.feeds);
    let items = 0;
    for (const file of files) {
      const xml = await readFile(file, 'utf8');
      assert.deepEqual(xmlProblems(xml), [], file);
      items += (xml.match(/<item>/g) ?? []).length;
    }
    assert.equal(items, summary.items);
    let pages = 0;
    for (const outlet of summary.manifest.outlets) pages += (await readdir(join(outDir, 'articles', outlet.slug))).length;
    assert.equal(pages, summary.items);
  });
});
