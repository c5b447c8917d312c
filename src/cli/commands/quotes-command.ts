import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { RoundupError } from '../../core/errors.ts';
import type { Quote } from '../../core/quote.ts';
import { findQuotes } from '../../stages/quotes/index.ts';
import { action } from '../cli-errors.ts';

/** One article to read quotes from. */
interface ArticleInput {
  readonly id: string;
  readonly text: string;
}

/** Reads a file as UTF-8 text, naming the file on failure. */
function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (cause) {
    throw new RoundupError('cli/file', `cannot read ${file}: ${(cause as NodeJS.ErrnoException).code ?? (cause as Error).message}`, { cause });
  }
}

/** Parses JSON Lines of `{id, text}`; blank lines are skipped, a bad line is an error naming its number. */
function parseArticles(body: string, file: string): ArticleInput[] {
  const articles: ArticleInput[] = [];
  body.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (cause) {
      throw new RoundupError('cli/invalid-jsonl', `${file}:${index + 1}: not JSON (${(cause as Error).message})`, { cause });
    }
    const record = value as { id?: unknown; text?: unknown };
    if (typeof record !== 'object' || record === null || typeof record.text !== 'string') {
      throw new RoundupError('cli/invalid-jsonl', `${file}:${index + 1}: expected an object with a string "text"`);
    }
    articles.push({ id: record.id === undefined || record.id === null ? String(index + 1) : String(record.id), text: record.text });
  });
  return articles;
}

/** The output shape of one quote: spans as `[start, end]` arrays. */
function quoteRecord(quote: Quote): Record<string, unknown> {
  return {
    content: [...quote.content],
    cue: [...quote.cue],
    speakerSpan: quote.speakerSpan ? [...quote.speakerSpan] : null,
    speaker: quote.speaker,
    kind: quote.kind,
    speakerType: quote.speakerType,
  };
}

/** `roundup quotes FILE [--jsonl]`: find quotes in a plain-text article or in JSON Lines of articles. */
export function registerQuotes(program: Command): void {
  program
    .command('quotes <file>')
    .description('find quotes and their speakers in a plain-text article, or in JSON Lines of {id, text} with --jsonl')
    .option('--jsonl', 'read articles as JSON Lines with "id" and "text"; write one JSON line per article')
    .action(
      action(async (file: string, opts: { jsonl?: boolean }) => {
        const body = readText(file);
        const articles = opts.jsonl ? parseArticles(body, file) : [{ id: file, text: body }];
        for (const article of articles) {
          const quotes = findQuotes(article.text).map(quoteRecord);
          process.stdout.write(`${JSON.stringify({ id: article.id, quotes })}\n`);
        }
      }),
    );
}
