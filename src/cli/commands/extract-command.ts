import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { Command } from 'commander';
import { loadConfig } from '../../config/config.ts';
import { createHttpClient } from '../../adapters/http/index.ts';
import { decodeBody } from '../../stages/fetch/body-decode.ts';
import { extractArticle } from '../../stages/extract/index.ts';
import type { ExtractOutcome } from '../../core/extracted-article.ts';
import { RoundupError, describeError } from '../../core/errors.ts';
import { action } from '../cli-errors.ts';

/** One input read: its decoded HTML and the URL to resolve its links against. */
interface PageInput {
  readonly html: string;
  readonly url: string | null;
}

/** Reads a page from a `.html` / `.html.gz` file or an http(s) URL. */
async function readInput(source: string, url: string | null): Promise<PageInput> {
  if (/^https?:\/\//i.test(source)) {
    const f = loadConfig().fetch;
    const http = createHttpClient({ userAgent: f.userAgent, allowHosts: [...f.allowHosts], maxBodyBytes: f.maxBodyBytes, bodyTimeoutMs: f.timeoutMs, respectRobots: f.respectRobots });
    try {
      const response = await http.get({ url: source, purpose: 'page' });
      if (response.kind !== 'ok') throw new RoundupError('cli/fetch', `${source} answered ${response.status} (${response.kind})`);
      return { html: decodeBody(response.body, response.headers['content-type'] ?? null).text, url: url ?? response.finalUrl };
    } finally {
      await http.close();
    }
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(source);
    if (source.endsWith('.gz')) bytes = gunzipSync(bytes);
  } catch (cause) {
    throw new RoundupError('cli/file', `cannot read ${source}: ${(cause as NodeJS.ErrnoException).code ?? (cause as Error).message}`, { cause });
  }
  return { html: decodeBody(bytes, null).text, url };
}

/** One output line: the article's fields (or the reason there is none) with the input's name. */
function outputRecord(file: string, outcome: ExtractOutcome): Record<string, unknown> {
  return outcome.kind === 'article' ? { file, ...outcome.article } : { file, noArticle: outcome.reason };
}

/** A short human summary of one outcome. */
function summary(file: string, outcome: ExtractOutcome): string {
  if (outcome.kind === 'no-article') return `${file}: no article (${outcome.reason})\n`;
  const a = outcome.article;
  return `${file}: ${a.title ?? '(untitled)'}\n  by ${a.byline.join(', ') || '-'}, published ${a.published ?? '-'}, ${a.language ?? '-'}, ${a.text.length} characters\n`;
}

/** `roundup extract FILE... [--url URL] [--jsonl]`: extract the article of each page. */
export function registerExtract(program: Command): void {
  program
    .command('extract <files...>')
    .description('extract the article (text and metadata) of .html / .html.gz files or URLs')
    .option('--url <url>', 'the URL the page(s) came from (resolves links and canonical URL)')
    .option('--jsonl', 'write one JSON object per input (the article fields plus "file")')
    .action(
      action(async (files: string[], opts: { url?: string; jsonl?: boolean }) => {
        for (const file of files) {
          let outcome: ExtractOutcome;
          try {
            const input = await readInput(file, opts.url ?? null);
            outcome = extractArticle(input.html, { url: input.url });
          } catch (err) {
            // One unreadable input does not stop the others; the run still ends with status 1.
            process.exitCode = 1;
            if (opts.jsonl) process.stdout.write(`${JSON.stringify({ file, error: describeError(err) })}\n`);
            else process.stderr.write(`roundup: ${describeError(err)}\n`);
            continue;
          }
          process.stdout.write(opts.jsonl ? `${JSON.stringify(outputRecord(file, outcome))}\n` : summary(file, outcome));
        }
      }),
    );
}
