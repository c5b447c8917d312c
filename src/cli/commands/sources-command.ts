import { readFileSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { loadConfig } from '../../config/config.ts';
import { openRuntime, type Runtime } from '../../main.ts';
import { addSource, removeSource, importOpml, exportOpml, seedDefaultOutlets } from '../../app/sources.ts';
import { parsePerspective, PERSPECTIVES, type Perspective } from '../../core/perspective.ts';
import { RoundupError } from '../../core/errors.ts';
import type { Outlet, Feed } from '../../core/outlet.ts';
import { action, printJson } from '../cli-errors.ts';
import { decodeBody } from '../../stages/fetch/body-decode.ts';

/** Opens the runtime for one command and closes it afterwards. */
async function withRuntime(run: (runtime: Runtime) => Promise<void>): Promise<void> {
  const runtime = await openRuntime(loadConfig(), { logTo: 'stderr' });
  try {
    if (runtime.config.seedOutlets) await seedDefaultOutlets(runtime.store, runtime.clock.now());
    await run(runtime);
  } finally {
    await runtime.close();
  }
}

/** Validates a --perspective value, naming the allowed ones when it is wrong. */
function perspectiveOption(value: string | undefined): Perspective | undefined {
  if (value === undefined) return undefined;
  const parsed = parsePerspective(value);
  if (!parsed) throw new RoundupError('cli/usage', `--perspective "${value}" is not one of ${PERSPECTIVES.join(', ')}`);
  return parsed;
}

/** The state of a feed in one word plus its stored error. */
function feedStatus(feed: Feed): string {
  if (feed.lastError) return `error (${feed.errorCount}x): ${feed.lastError}`;
  return feed.lastCheckedAt ? 'ok' : 'not checked yet';
}

/** Human-readable listing of outlets and their feeds. */
function printListing(outlets: Outlet[], feeds: Feed[]): void {
  for (const outlet of outlets) {
    process.stdout.write(`${outlet.id}  ${outlet.name}  [${outlet.perspective}, ${outlet.country}, ${outlet.language}${outlet.isWire ? ', wire' : ''}]\n`);
    for (const feed of feeds.filter((f) => f.outletId === outlet.id)) {
      process.stdout.write(`    ${feed.url}\n      ${feedStatus(feed)}; next check ${feed.nextCheckAt}\n`);
    }
  }
  process.stdout.write(`${outlets.length} outlets, ${feeds.length} feeds, ${feeds.filter((f) => f.lastError).length} with errors\n`);
}

/** Reads an OPML document from a path or, for an http(s) URL, through the polite fetcher. */
async function readOpml(rt: Runtime, source: string): Promise<string> {
  if (/^https?:\/\//i.test(source)) {
    const response = await rt.http.get({ url: source, purpose: 'discovery' });
    if (response.kind !== 'ok') throw new RoundupError('cli/fetch', `${source} answered ${response.status} (${response.kind})`);
    return decodeBody(response.body, response.headers['content-type'] ?? null).text;
  }
  try {
    return readFileSync(source, 'utf8');
  } catch (cause) {
    throw new RoundupError('cli/file', `cannot read ${source}: ${(cause as NodeJS.ErrnoException).code ?? (cause as Error).message}`, { cause });
  }
}

/** `roundup sources add|list|remove|import-opml|export-opml`. */
export function registerSources(program: Command): void {
  const sources = program.command('sources').description('manage outlets and their feeds');
  sources
    .command('add <url>')
    .description('add a feed URL, or a homepage whose feeds are discovered')
    .option('--name <name>', 'outlet name (default: the feed title)')
    .option('--perspective <p>', `one of ${PERSPECTIVES.join(', ')}`)
    .option('--language <code>', 'language of its articles, e.g. en')
    .option('--country <code>', 'ISO country code, e.g. US')
    .option('--json', 'print the outlet and feed as JSON')
    .action(
      action(async (url: string, opts: { name?: string; perspective?: string; language?: string; country?: string; json?: boolean }) => {
        const perspective = perspectiveOption(opts.perspective);
        await withRuntime(async (rt) => {
          const { outlet, feeds } = await addSource(rt, { url, name: opts.name, perspective, language: opts.language, country: opts.country?.toUpperCase() });
          if (opts.json) printJson({ outlet, feeds });
          else for (const feed of feeds) process.stdout.write(`added ${feed.url} to ${outlet.name} (${outlet.id}, ${outlet.perspective})\n`);
        });
      }),
    );
  sources
    .command('list')
    .description('list outlets and feeds with their last error')
    .option('--json', 'print one JSON document')
    .action(
      action(async (opts: { json?: boolean }) => {
        await withRuntime(async (rt) => {
          const [outlets, feeds] = await Promise.all([rt.store.listOutlets(), rt.store.listFeeds()]);
          if (opts.json) printJson({ outlets: outlets.map((o) => ({ ...o, feeds: feeds.filter((f) => f.outletId === o.id) })) });
          else printListing(outlets, feeds);
        });
      }),
    );
  sources
    .command('remove <idOrUrl>')
    .description('remove an outlet (by id) with its feeds, or one feed (by URL); stored articles stay')
    .action(
      action(async (idOrUrl: string) => {
        await withRuntime(async (rt) => {
          const removed = await removeSource(rt.store, idOrUrl);
          process.stdout.write(`removed ${removed} ${idOrUrl}\n`);
        });
      }),
    );
  sources
    .command('import-opml <file-or-url>')
    .description('import the feeds of an OPML file (a path or an http(s) URL)')
    .action(
      action(async (file: string) => {
        await withRuntime(async (rt) => {
          const text = await readOpml(rt, file);
          const result = await importOpml(rt.store, text, rt.clock.now());
          for (const error of result.errors) process.stderr.write(`skipped ${error}\n`);
          process.stdout.write(`imported ${result.feeds} feeds of ${result.outlets} outlets\n`);
        });
      }),
    );
  sources
    .command('export-opml [file]')
    .description('write the source list as OPML 2.0 (to stdout without a file)')
    .action(
      action(async (file: string | undefined) => {
        await withRuntime(async (rt) => {
          const opml = await exportOpml(rt.store, rt.clock.now());
          if (file) writeFileSync(file, opml);
          else process.stdout.write(opml);
        });
      }),
    );
}
