import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parseRssFeed } from 'feedsmith';
import { buildReplayDir, type ReplayBuildSummary } from '../../../src/adapters/replay/replay-builder.ts';
import { startReplayServer } from '../../../src/adapters/replay/replay-server.ts';
import { isRoundupError } from '../../../src/core/errors.ts';
import { rawRequest } from './raw-http.ts';
import { xmlProblems } from './xml-well-formed.ts';

const repoRoot = resolve(fileURLToPath(import.meta.url), '../../../..');

// Hand-written rows covering the awkward cases: markup in titles, colliding slugs, no outlet,
// no date, control characters, ids that are not file-name safe.
const ROWS = [
  { id: 's1-left', dataset: 'tiny', outlet: 'A&B News', lean: 'left', title: 'Tax <bill> & "cuts" pass', text: 'First para & more.\n\nSecond <b>para</b>.', published: '2021-05-01', story: 's1' },
  { id: 's1-right', dataset: 'tiny', outlet: 'A and B News', lean: 'right', title: "It's a deal", text: 'Only para\u0007 with a bell.', published: '2021-05-01', story: 's1' },
  { id: 's2-left', dataset: 'tiny', outlet: 'A&B News', lean: 'left', title: 'Later story', text: 'Later.', published: '2021-05-03', story: 's2' },
  { id: 's3-left', dataset: 'tiny', outlet: 'A&B News', lean: 'left', title: 'Earliest story', text: 'Early.', published: '2021-04-30', story: 's3' },
  { id: 'odd/id 1', dataset: 'tiny', outlet: null, lean: null, title: null, text: 'No title, no outlet, no date.', published: null, story: 's4' },
];

async function writeTinyData(dataDir: string): Promise<void> {
  await mkdir(join(dataDir, 'stories'), { recursive: true });
  const jsonl = ROWS.map((r) => JSON.stringify(r)).join('\n') + '\n';
  await writeFile(join(dataDir, 'stories', 'tiny.jsonl.gz'), gzipSync(jsonl));
}

async function feedFiles(outDir: string): Promise<string[]> {
  const entries = await readdir(join(outDir, 'feeds'), { recursive: true });
  return entries.filter((e) => e.endsWith('.xml')).map((e) => join(outDir, 'feeds', e)).sort();
}

describe('replay builder on a tiny dataset', () => {
  let work: string;
  let dataDir: string;
  let outDir: string;
  let summary: ReplayBuildSummary;

  before(async () => {
    work = await mkdtemp(join(tmpdir(), 'replay-builder-'));
    dataDir = join(work, 'data');
    outDir = join(work, 'out');
    await writeTinyData(dataDir);
    summary = await buildReplayDir({ dataDir, outDir, datasets: ['tiny'] });
  });

  after(async () => {
    await rm(work, { recursive: true, force: true });
  });

  test('one feed per outlet, slugs unique, unknown outlet named after its dataset', () => {
    assert.equal(summary.outlets, 3);
    assert.equal(summary.feeds, 3);
    assert.equal(summary.items, ROWS.length);
    const slugs = summary.manifest.outlets.map((o) => o.slug);
    // 'A and B News' sorts before 'A&B News', so it keeps the bare slug.
    assert.deepEqual(slugs, ['a-and-b-news', 'a-and-b-news-2', 'unknown-outlet-tiny']);
    assert.deepEqual(summary.manifest.outlets.map((o) => o.feedPath), slugs.map((s) => `feeds/${s}.xml`));
  });

  test('every feed is well-formed RSS 2.0 with one <item> per article, titles escaped', async () => {
    const byTitle = new Map(ROWS.map((r) => [r.title, r]));
    let items = 0;
    for (const file of await feedFiles(outDir)) {
      const xml = await readFile(file, 'utf8');
      assert.deepEqual(xmlProblems(xml), [], file);
      const feed = parseRssFeed(xml);
      items += (xml.match(/<item>/g) ?? []).length;
      for (const item of feed.items ?? []) {
        assert.match(String(item.link), /^\{\{BASE\}\}\/articles\/[\w-]+\/[\w.-]+\.html$/);
        if (item.title !== undefined && byTitle.has(item.title)) assert.ok(item.guid?.value?.startsWith('tiny:'));
      }
    }
    assert.equal(items, ROWS.length);
    const feed = await readFile(join(outDir, 'feeds', 'a-and-b-news-2.xml'), 'utf8');
    assert.ok(feed.includes('<title>Tax &lt;bill&gt; &amp; &quot;cuts&quot; pass</title>'));
    assert.equal(parseRssFeed(feed).items?.find((i) => i.title?.startsWith('Tax'))?.title, 'Tax <bill> & "cuts" pass');
  });

  test('items are newest first, pubDate keeps the day and spreads the time within it', async () => {
    const feed = parseRssFeed(await readFile(join(outDir, 'feeds', 'a-and-b-news-2.xml'), 'utf8'));
    const titles = (feed.items ?? []).map((i) => i.title);
    assert.deepEqual(titles, ['Later story', 'Tax <bill> & "cuts" pass', 'Earliest story']);
    const dates = (feed.items ?? []).map((i) => new Date(String(i.pubDate)));
    assert.deepEqual(dates.map((d) => d.toISOString().slice(0, 10)), ['2021-05-03', '2021-05-01', '2021-04-30']);
    assert.ok(dates.every((d) => d.getUTCHours() >= 5 && d.getUTCHours() < 23));
  });

  test('description is the first paragraph; control characters are dropped', async () => {
    const feeds = await Promise.all((await feedFiles(outDir)).map((f) => readFile(f, 'utf8')));
    const all = feeds.join('\n');
    assert.ok(all.includes('<description>First para &amp; more.</description>'));
    assert.ok(!all.includes('\u0007'));
  });

  test('a page exists for every article with metadata, canonical link and escaped paragraphs', async () => {
    const page = await readFile(join(outDir, 'articles', 'a-and-b-news-2', 's1-left.html'), 'utf8');
    assert.ok(page.includes('<title>Tax &lt;bill&gt; &amp; &quot;cuts&quot; pass | A&amp;B News</title>'));
    assert.ok(page.includes('<meta property="og:title" content="Tax &lt;bill&gt; &amp; &quot;cuts&quot; pass">'));
    assert.match(page, /<meta property="article:published_time" content="2021-05-01T\d\d:\d\d:\d\d\.000Z">/);
    assert.ok(page.includes('<meta name="author" content="A&amp;B News Staff">'));
    assert.ok(page.includes('<link rel="canonical" href="{{BASE}}/articles/a-and-b-news-2/s1-left.html">'));
    assert.ok(page.includes('<h1>Tax &lt;bill&gt; &amp; &quot;cuts&quot; pass</h1>'));
    assert.ok(page.includes('<p>Second &lt;b&gt;para&lt;/b&gt;.</p>'));
    assert.match(page, /<header[\s\S]*<nav[\s\S]*<article>[\s\S]*<\/article>[\s\S]*<footer/);
    for (const outlet of summary.manifest.outlets) {
      assert.equal((await readdir(join(outDir, 'articles', outlet.slug))).length, outlet.articles);
    }
    const odd = await readFile(join(outDir, 'articles', 'unknown-outlet-tiny', 'odd_id_1.html'), 'utf8');
    assert.ok(!odd.includes('article:published_time'));
  });

  test('index.html advertises every feed for discovery; robots.txt allows all', async () => {
    const index = await readFile(join(outDir, 'index.html'), 'utf8');
    const alternates = [...index.matchAll(/<link rel="alternate" type="application\/rss\+xml"[^>]*href="([^"]+)"/g)].map((m) => m[1]);
    assert.deepEqual(alternates.sort(), summary.manifest.outlets.map((o) => `{{BASE}}/${o.feedPath}`).sort());
    assert.equal(await readFile(join(outDir, 'robots.txt'), 'utf8'), 'User-agent: *\nAllow: /\n');
    const manifest = JSON.parse(await readFile(join(outDir, 'manifest.json'), 'utf8'));
    assert.deepEqual(manifest, JSON.parse(JSON.stringify(summary.manifest)));
  });

  test('served by the replay server, feed links are absolute and lead to the pages', async () => {
    const server = await startReplayServer({ dir: outDir, port: 0 });
    try {
      const feed = await rawRequest(server.url, '/feeds/a-and-b-news-2.xml');
      const links = (parseRssFeed(feed.body).items ?? []).map((i) => String(i.link));
      assert.ok(links.every((l) => l.startsWith(`${server.url}/articles/`)));
      for (const link of links) {
        const page = await rawRequest(server.url, new URL(link).pathname);
        assert.equal(page.status, 200);
        assert.equal(page.headers['content-type'], 'text/html; charset=utf-8');
        assert.ok(page.body.includes(`<link rel="canonical" href="${link}">`));
      }
      const robots = await rawRequest(server.url, '/robots.txt');
      assert.equal(robots.status, 200);
      const hidden = await rawRequest(server.url, '/.roundup-replay');
      assert.equal(hidden.status, 404);
    } finally {
      await server.close();
    }
  });

  test('builds are reproducible byte for byte', async () => {
    const again = join(work, 'again');
    await buildReplayDir({ dataDir, outDir: again, datasets: ['tiny'] });
    for (const file of ['feeds/a-and-b-news-2.xml', 'articles/a-and-b-news-2/s1-left.html', 'index.html', 'manifest.json']) {
      assert.equal(await readFile(join(again, file), 'utf8'), await readFile(join(outDir, file), 'utf8'), file);
    }
  });

  test('minFeeds splits outlets into sections without losing or repeating an item', async () => {
    const split = join(work, 'split');
    const result = await buildReplayDir({ dataDir, outDir: split, datasets: ['tiny'], minFeeds: 5 });
    assert.equal(result.feeds, 5);
    const guids: string[] = [];
    for (const file of await feedFiles(split)) {
      const xml = await readFile(file, 'utf8');
      assert.deepEqual(xmlProblems(xml), [], file);
      guids.push(...(parseRssFeed(xml).items ?? []).map((i) => String(i.guid?.value)));
    }
    assert.equal(guids.length, ROWS.length);
    assert.equal(new Set(guids).size, ROWS.length);
    const outlet = result.manifest.outlets.find((o) => o.slug === 'a-and-b-news-2');
    assert.deepEqual(outlet?.feedPaths, ['feeds/a-and-b-news-2/section-1.xml', 'feeds/a-and-b-news-2/section-2.xml', 'feeds/a-and-b-news-2/section-3.xml']);
  });

  test('replicate makes copies with -r<k> ids and dates shifted by k days', async () => {
    const copies = join(work, 'copies');
    const result = await buildReplayDir({ dataDir, outDir: copies, datasets: ['tiny'], replicate: 3 });
    assert.equal(result.items, ROWS.length * 3);
    assert.equal(result.manifest.replicate, 3);
    const feed = parseRssFeed(await readFile(join(copies, 'feeds', 'a-and-b-news.xml'), 'utf8'));
    const byGuid = new Map((feed.items ?? []).map((i) => [String(i.guid?.value), Date.parse(String(i.pubDate))]));
    const original = byGuid.get('tiny:s1-right') ?? NaN;
    assert.equal(byGuid.get('tiny:s1-right-r1'), original + 86_400_000);
    assert.equal(byGuid.get('tiny:s1-right-r2'), original + 2 * 86_400_000);
    assert.ok(existsSync(join(copies, 'articles', 'a-and-b-news', 's1-right-r2.html')));
  });

  test('minItems raises replicate to reach the item count', async () => {
    const result = await buildReplayDir({ dataDir, outDir: join(work, 'min-items'), datasets: ['tiny'], minItems: 12 });
    assert.equal(result.manifest.replicate, 3);
    assert.ok(result.items >= 12);
  });

  test('rebuilding over an earlier replay directory replaces it', async () => {
    const result = await buildReplayDir({ dataDir, outDir, datasets: ['tiny'] });
    assert.equal(result.items, ROWS.length);
  });

  test('refuses a non-empty directory it did not build', async () => {
    const foreign = join(work, 'foreign');
    await mkdir(foreign);
    await writeFile(join(foreign, 'keep.txt'), 'mine');
    await assert.rejects(buildReplayDir({ dataDir, outDir: foreign, datasets: ['tiny'] }), (err) => isRoundupError(err, 'replay/out-dir-not-empty'));
    assert.equal(await readFile(join(foreign, 'keep.txt'), 'utf8'), 'mine');
    await assert.rejects(buildReplayDir({ dataDir, outDir: join(foreign, 'keep.txt'), datasets: ['tiny'] }), (err) => isRoundupError(err, 'replay/out-dir-unusable'));
  });

  test('typed errors for missing data, missing dataset, bad options and too many feeds', async () => {
    const out = join(work, 'never');
    await assert.rejects(buildReplayDir({ dataDir: join(work, 'absent'), outDir: out }), (err) => isRoundupError(err, 'replay/data-missing'));
    await assert.rejects(buildReplayDir({ dataDir, outDir: out, datasets: ['nope'] }), (err) => isRoundupError(err, 'replay/data-missing'));
    await assert.rejects(buildReplayDir({ dataDir, outDir: out, datasets: ['tiny'], replicate: 0 }), (err) => isRoundupError(err, 'replay/bad-option'));
    await assert.rejects(buildReplayDir({ dataDir, outDir: out, datasets: ['tiny'], minFeeds: 6 }), (err) => isRoundupError(err, 'replay/too-few-articles'));
    assert.ok(!existsSync(out));
  });
});

describe('build-replay script', () => {
  test('exits non-zero with one clear line when the data directory is missing', () => {
    const script = join(repoRoot, 'scripts', 'build-replay.ts');
    const out = join(tmpdir(), 'replay-script-never');
    const run = spawnSync(process.execPath, ['--import', 'tsx', script, '--out', out, '--data', join(tmpdir(), 'no-such-data-dir')], { cwd: repoRoot, encoding: 'utf8' });
    assert.equal(run.status, 1);
    assert.equal(run.stderr.trim().split('\n').length, 1);
    assert.match(run.stderr, /data directory not found/);
  });
});
