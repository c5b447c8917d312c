// Builds an offline replay directory from the story datasets, read in place from the shared data:
//   node --import tsx scripts/build-replay.ts --out DIR [--data ../shared/data] [--base-url URL]
//        [--feeds-min N] [--replicate N] [--items-min N] [--datasets allsides,basil]
// Without --base-url, links carry the {{BASE}} placeholder that `roundup replay` fills in.
// Example for the ingest benchmark (>= 200 feeds, >= 20,000 items):
//   node --import tsx scripts/build-replay.ts --out .tmp/replay --feeds-min 200 --items-min 20000
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildReplayDir, DEFAULT_REPLAY_DATASETS } from '../src/adapters/replay/replay-builder.ts';
import { describeError } from '../src/core/errors.ts';

const repoRoot = resolve(fileURLToPath(import.meta.url), '../..');

interface Cli {
  readonly outDir: string;
  readonly dataDir: string;
  readonly baseUrl: string | undefined;
  readonly minFeeds: number;
  readonly replicate: number;
  readonly minItems: number;
  readonly datasets: readonly string[];
}

function parseCli(argv: readonly string[]): Cli {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      out: { type: 'string' },
      data: { type: 'string' },
      'base-url': { type: 'string' },
      'feeds-min': { type: 'string' },
      replicate: { type: 'string' },
      'items-min': { type: 'string' },
      datasets: { type: 'string' },
    },
  });
  if (values.out === undefined) throw new Error('build-replay: --out DIR is required');
  return {
    outDir: resolve(values.out),
    dataDir: resolve(values.data ?? resolve(repoRoot, '../shared/data')),
    baseUrl: values['base-url'],
    minFeeds: integerFlag(values['feeds-min'], '--feeds-min', 1),
    replicate: integerFlag(values.replicate, '--replicate', 1),
    minItems: integerFlag(values['items-min'], '--items-min', 0),
    datasets: values.datasets?.split(',').map((d) => d.trim()).filter((d) => d !== '') ?? DEFAULT_REPLAY_DATASETS,
  };
}

function integerFlag(raw: string | undefined, name: string, fallback: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`build-replay: ${name} must be a non-negative integer, got "${raw}"`);
  return value;
}

async function main(): Promise<void> {
  const cli = parseCli(process.argv.slice(2));
  const started = performance.now();
  const summary = await buildReplayDir(cli);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const megabytes = (summary.bytes / 1024 / 1024).toFixed(1);
  console.log(`build-replay: ${summary.outDir}: ${summary.outlets} outlets, ${summary.feeds} feeds, ${summary.items} items, ${summary.files} files, ${megabytes} MB in ${seconds} s`);
}

main().catch((err: unknown) => {
  // One line on stderr and a non-zero exit: the script runs in CI and benchmark setup.
  console.error(describeError(err));
  process.exit(1);
});
