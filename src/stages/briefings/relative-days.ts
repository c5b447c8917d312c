// Relative days ("Monday", "yesterday", "next Friday") resolved against the article's date.
// The sentence keeps its exact words (its provenance stays a plain slice); the resolved dates
// ride beside it as offsets, and renderers show them ("Monday (2025-05-19)"). Dates are UTC days:
// an article's own time zone is not known.
import type { ResolvedDate } from '../../core/briefing.ts';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const DAY_WORDS = /\b(?:(next|last|this)\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|yesterday|today|tomorrow|tonight)\b/gi;
const FUTURE = /\b(?:will|would|(?:is|are|was|were) (?:set|due|scheduled|expected|slated|poised) to|plans? to|next|upcoming|later)\b/i;

/** Relative days in `sentence` resolved against `published` (ISO); none when the date is unknown. */
export function resolveRelativeDays(sentence: string, published: string | null): ResolvedDate[] {
  const base = published ? Date.parse(published) : NaN;
  if (Number.isNaN(base)) return [];
  const day = Math.floor(base / 86_400_000);
  const future = FUTURE.test(sentence);
  const out: ResolvedDate[] = [];
  for (const m of sentence.matchAll(DAY_WORDS)) {
    const offset = dayOffset(m[1]?.toLowerCase() ?? null, m[2]!.toLowerCase(), day, future);
    if (offset === null) continue;
    out.push({ start: m.index!, end: m.index! + m[0].length, date: new Date((day + offset) * 86_400_000).toISOString().slice(0, 10) });
  }
  return out;
}

/** Days from the publication day to the day meant; a bare weekday is the last one (or, in a forward-looking sentence, the next). */
function dayOffset(modifier: string | null, word: string, day: number, future: boolean): number | null {
  if (word === 'yesterday') return -1;
  if (word === 'today' || word === 'tonight') return 0;
  if (word === 'tomorrow') return 1;
  const target = WEEKDAYS.indexOf(word);
  // 1970-01-01 (day 0) was a Thursday.
  const weekday = (day + 4) % 7;
  const back = -((weekday - target + 7) % 7);
  const ahead = (target - weekday + 7) % 7 || 7;
  if (modifier === 'next') return ahead;
  if (modifier === 'last') return back === 0 ? -7 : back;
  return future ? ahead : back;
}
