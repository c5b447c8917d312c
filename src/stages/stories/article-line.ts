// One line of the `roundup stories` input (JSON Lines: id, outlet, title, text, published) to a
// StoryArticle, or a typed error naming the line. Unknown fields are ignored, so the evaluation
// files (which carry the gold story) can be fed as they are.
import { RoundupError } from '../../core/errors.ts';
import type { StoryArticle } from '../../core/story.ts';

/** Parses one JSON line; throws `stories/invalid-line` with the line number and the reason. */
export function parseArticleLine(line: string, lineNumber: number): StoryArticle {
  const fail = (reason: string): never => {
    throw new RoundupError('stories/invalid-line', `line ${lineNumber}: ${reason}`);
  };
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return fail(`not JSON (${(err as Error).message})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail('not a JSON object');
  const row = value as Record<string, unknown>;
  const id = typeof row.id === 'number' ? String(row.id) : row.id;
  if (typeof id !== 'string' || id.length === 0) return fail('"id" must be a non-empty string');
  return {
    id,
    outlet: optionalString(row.outlet, 'outlet', fail),
    title: optionalString(row.title, 'title', fail),
    text: optionalString(row.text, 'text', fail) ?? '',
    publishedAt: publishedTime(row.published, fail),
    url: optionalString(row.url, 'url', fail),
  };
}

function optionalString(value: unknown, field: string, fail: (reason: string) => never): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') return fail(`"${field}" must be a string or null`);
  return value;
}

/** ISO date or date-time to ms; a date alone is midnight UTC. */
function publishedTime(value: unknown, fail: (reason: string) => never): number | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'string') return fail('"published" must be an ISO date string or null');
  const ms = Date.parse(value);
  if (!Number.isFinite(ms)) return fail(`"published" is not a date: ${JSON.stringify(value.slice(0, 40))}`);
  return ms;
}

const UNIT_MS: Readonly<Record<string, number>> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** A window length such as `7d`, `36h`, `90m` or `2w`, in ms; throws `stories/invalid-window`. */
export function parseWindow(text: string): number {
  const match = /^(\d+(?:\.\d+)?)([mhdw])$/.exec(text.trim());
  const amount = match ? Number(match[1]) : NaN;
  if (!match || !(amount > 0)) {
    throw new RoundupError('stories/invalid-window', `window must be a positive number with a unit m, h, d or w (e.g. 7d), not ${JSON.stringify(text)}`);
  }
  return amount * UNIT_MS[match[2]!]!;
}
