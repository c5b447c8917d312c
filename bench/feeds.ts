// Feed parsing throughput: our parseFeed beside @rowanmanning/feed-parser (the best
// alternative library tried), in the same process on the same decoded inputs. Inputs are the
// shared corpora (../shared/data/feeds): real feeds from rss-parser's and RSParser's tests,
// and feedparser's small conformance documents. Bytes are decoded before timing; each row is
// the median of repeated passes over the whole corpus.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFeed as rowanmanningParse } from '@rowanmanning/feed-parser';
import { parseFeed } from '../src/stages/feeds/index.ts';
import { decodeBody } from '../src/stages/fetch/body-decode.ts';

const repoRoot = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const feedsData = path.resolve(repoRoot, '../shared/data/feeds');

/** XML feed files and JSON feed files (documents that are not feeds, e.g. .html and .opml, are left out). */
const XML_FEED_FILE = /\.(rss|atom|xml|rdf)$/;
const JSON_FEED_FILE = /\.json$/;

/** A corpus: decoded documents and their size in bytes. */
interface Corpus {
  readonly name: string;
  readonly texts: readonly string[];
  readonly bytes: number;
  /** Whether @rowanmanning/feed-parser can read it at all (it has no JSON Feed support). */
  readonly forBaseline: boolean;
}

/** One parser's result on one corpus. */
interface Measure {
  readonly msPerPass: number;
  readonly items: number;
  readonly failures: number;
}

type Parser = (text: string) => number;

const PARSERS: ReadonlyArray<readonly [string, Parser]> = [
  ['roundup parseFeed', (text) => parseFeed(text, { url: 'https://bench.example/feed' }).entries.length],
  ['@rowanmanning/feed-parser', (text) => rowanmanningParse(text).items.length],
];

/** Prints a table of MB/s and items/s for each parser on each corpus. */
export async function run(): Promise<void> {
  if (!existsSync(feedsData)) {
    console.log(`bench feeds: skipped, ${path.relative(repoRoot, feedsData)} is absent (the shared corpora are not available)`);
    return;
  }
  const realFeeds = [path.join(feedsData, 'rss-parser-js/test/input'), path.join(feedsData, 'rsparser/Tests/RSParserTests/Resources')];
  const corpora = [
    loadCorpus('real RSS/Atom/RDF feeds', realFeeds, XML_FEED_FILE, true),
    loadCorpus('real JSON feeds', realFeeds, JSON_FEED_FILE, false),
    loadCorpus('feedparser test documents', [path.join(feedsData, 'feedparser/tests')], XML_FEED_FILE, true),
  ].filter((corpus) => corpus.texts.length > 0);
  const rows: string[][] = [['corpus', 'parser', 'ms/pass', 'MB/s', 'items/s', 'failed docs']];
  for (const corpus of corpora) {
    for (const [name, parser] of PARSERS) {
      if (name !== PARSERS[0]?.[0] && !corpus.forBaseline) continue;
      const m = measure(corpus, parser);
      const seconds = m.msPerPass / 1000;
      rows.push([
        `${corpus.name} (${corpus.texts.length} docs, ${(corpus.bytes / 1e6).toFixed(2)} MB)`, name, m.msPerPass.toFixed(1),
        (corpus.bytes / 1e6 / seconds).toFixed(1), Math.round(m.items / seconds).toLocaleString('en'), String(m.failures),
      ]);
    }
  }
  printTable(rows);
  console.log('failed docs: documents the parser threw on. @rowanmanning/feed-parser reads no JSON Feed, so it has no JSON row.');
}

function loadCorpus(name: string, dirs: readonly string[], pattern: RegExp, forBaseline: boolean): Corpus {
  const files = dirs.filter((dir) => existsSync(dir)).flatMap(listFiles).filter((file) => pattern.test(file));
  const buffers = files.map((file) => readFileSync(file));
  return {
    name,
    texts: buffers.map((buffer) => decodeBody(buffer, null).text),
    bytes: buffers.reduce((sum, buffer) => sum + buffer.byteLength, 0),
    forBaseline,
  };
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full) : [full];
  });
}

/** One pass over the corpus: items produced and documents the parser threw on. */
function pass(corpus: Corpus, parser: Parser): { items: number; failures: number } {
  let items = 0;
  let failures = 0;
  for (const text of corpus.texts) {
    try {
      items += parser(text);
    } catch {
      failures++;
    }
  }
  return { items, failures };
}

/** Median pass time after warm-up; repeats until about a second has been measured (at least 5 passes). */
function measure(corpus: Corpus, parser: Parser): Measure {
  const first = pass(corpus, parser);
  pass(corpus, parser);
  const times: number[] = [];
  const budgetEnds = performance.now() + 1000;
  while (times.length < 5 || (performance.now() < budgetEnds && times.length < 50)) {
    const start = performance.now();
    pass(corpus, parser);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { msPerPass: times[Math.floor(times.length / 2)] ?? 0, items: first.items, failures: first.failures };
}

function printTable(rows: readonly string[][]): void {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0))) ?? [];
  for (const [index, row] of rows.entries()) {
    console.log(row.map((cell, column) => (column >= 2 ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0))).join('  '));
    if (index === 0) console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  }
}
