import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { RoundupError } from '../../core/errors.ts';

/** One article of a story dataset (`stories/<dataset>.jsonl.gz`, see the data README). */
export interface StoryRow {
  readonly id: string;
  readonly dataset: string;
  readonly outlet: string | null;
  readonly lean: string | null;
  readonly title: string | null;
  /** Paragraphs separated by a blank line. */
  readonly text: string;
  /** `YYYY-MM-DD` or null. */
  readonly published: string | null;
  readonly story: string;
}

/** Reads the rows of the named story datasets from `<dataDir>/stories/`, in file order. */
export async function readStoryDatasets(dataDir: string, datasets: readonly string[]): Promise<StoryRow[]> {
  if (!existsSync(dataDir)) throw new RoundupError('replay/data-missing', `replay: data directory not found: ${dataDir}`);
  const rows: StoryRow[] = [];
  for (const dataset of datasets) rows.push(...(await readStoryFile(join(dataDir, 'stories', `${dataset}.jsonl.gz`))));
  return rows;
}

/** Reads one gzipped JSON Lines story file; a malformed line fails with its file and line number. */
export async function readStoryFile(file: string): Promise<StoryRow[]> {
  let compressed: Buffer;
  try {
    compressed = await readFile(file);
  } catch (err) {
    throw new RoundupError('replay/data-missing', `replay: cannot read story dataset ${file}`, { cause: err });
  }
  // The story files are a few hundred kB, so one synchronous gunzip is simpler than a stream.
  const lines = gunzipSync(compressed).toString('utf8').split('\n');
  return lines.flatMap((line, index) => (line.trim() === '' ? [] : [parseRow(line, `${file}:${index + 1}`)]));
}

function parseRow(line: string, where: string): StoryRow {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    throw new RoundupError('replay/bad-row', `replay: ${where}: not JSON`, { cause: err });
  }
  if (typeof value !== 'object' || value === null) throw new RoundupError('replay/bad-row', `replay: ${where}: not an object`);
  const record = value as Record<string, unknown>;
  const id = requiredString(record, 'id', where);
  return {
    id,
    dataset: requiredString(record, 'dataset', where),
    outlet: optionalString(record, 'outlet'),
    lean: optionalString(record, 'lean'),
    title: optionalString(record, 'title'),
    text: optionalString(record, 'text') ?? '',
    published: optionalString(record, 'published'),
    story: optionalString(record, 'story') ?? id,
  };
}

function requiredString(record: Record<string, unknown>, key: string, where: string): string {
  const value = record[key];
  if (typeof value !== 'string' || value === '') throw new RoundupError('replay/bad-row', `replay: ${where}: field "${key}" must be a non-empty string`);
  return value;
}

function optionalString(record: Record<string, unknown>, key: string): string | null {
  const value = record[key];
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}
