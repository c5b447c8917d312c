import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { loadConfig } from '../../config/config.ts';
import { createHttpClient } from '../../adapters/http/index.ts';
import { decodeBody } from '../../stages/fetch/body-decode.ts';
import { parseFeed } from '../../stages/feeds/index.ts';
import { RoundupError } from '../../core/errors.ts';
import type { ParsedFeed } from '../../core/feed-entry.ts';
import { action, printJson } from '../cli-errors.ts';

/** Reads a feed from a file path or an http(s) URL, as bytes with its content type. */
async function readSource(source: string): Promise<{ bytes: Uint8Array; contentType: string | null; url: string }> {
  if (/^https?:\/\//i.test(source)) {
    const f = loadConfig().fetch;
    const http = createHttpClient({ userAgent: f.userAgent, allowHosts: [...f.allowHosts], maxBodyBytes: f.maxBodyBytes, bodyTimeoutMs: f.timeoutMs, respectRobots: f.respectRobots });
    try {
      const response = await http.get({ url: source, purpose: 'feed' });
      if (response.kind !== 'ok') throw new RoundupError('cli/fetch', `${source} answered ${response.status} (${response.kind})`);
      return { bytes: response.body, contentType: response.headers['content-type'] ?? null, url: response.finalUrl };
    } finally {
      await http.close();
    }
  }
  try {
    return { bytes: readFileSync(source), contentType: null, url: new URL(`file://${source}`).href };
  } catch (cause) {
    throw new RoundupError('cli/file', `cannot read ${source}: ${(cause as NodeJS.ErrnoException).code ?? (cause as Error).message}`, { cause });
  }
}

/** A short human summary of a parsed feed. */
function printSummary(feed: ParsedFeed): void {
  process.stdout.write(`${feed.title ?? '(untitled)'} — ${feed.format} ${feed.version ?? ''}, ${feed.entries.length} entries\n`);
  for (const entry of feed.entries) process.stdout.write(`  ${entry.published ?? '                        '}  ${entry.title ?? '(untitled)'}\n    ${entry.link ?? ''}\n`);
}

/** `roundup feed <file|url> [--json]`: parse one feed and print it. */
export function registerFeed(program: Command): void {
  program
    .command('feed <source>')
    .description('parse a feed from a file or URL and print it')
    .option('--json', 'print the parsed feed as one JSON document')
    .action(
      action(async (source: string, opts: { json?: boolean }) => {
        const { bytes, contentType, url } = await readSource(source);
        const { text, charset } = decodeBody(bytes, contentType);
        const feed = parseFeed(text, { url });
        if (opts.json) printJson({ source, charset, ...feed });
        else printSummary(feed);
      }),
    );
}
