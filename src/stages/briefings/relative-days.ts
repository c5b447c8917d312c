// Relative days ("Monday", "yesterday", "next Friday") resolved against the article's date.
// The sentence keeps its exact words (its provenance stays a plain slice); the resolved dates
// ride beside it as offsets, and renderers show them ("Monday (2025-05-19)"). Dates are UTC days:
// an article's own time zone is not known.
import type { ResolvedDate } from '../../core/briefing.ts';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const DAY_WORDS = /\b(?:(next|last|this)\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|yesterday|today|tomorrow|tonight)\b/gi;
// "Black Friday", "Super Tuesday": named days, not the last or next weekday.
const NAMED_DAY_BEFORE = /\b(?:Black|Super|Good|Cyber|Bloody|Ash|Holy|Maundy|Easter|Palm|Giving|Fat|Shrove)\s+$/;
const OPENING_MARK_BEFORE = /(?:^|[.!?:;—–-]\s*|\s)["“‘'(]$/;
const CLOSING_MARK = /^["”’']/;
const FUTURE = /\b(?:will|would|(?:is|are|was|were) (?:set|due|scheduled|expected|slated|poised) to|plans? to|next|upcoming|later)\b/i;

/** Relative days in `sentence` resolved against `published` (ISO); none when the date is unknown. */
export function resolveRelativeDays(sentence: string, published: string | null): ResolvedDate[] {
  const base = published ? Date.parse(published) : NaN;
  if (Number.isNaN(base)) return [];
  const day = Math.floor(base / 86_400_000);
  const future = FUTURE.test(sentence);
  const out: ResolvedDate[] = [];
  for (const m of sentence.matchAll(DAY_WORDS)) {
    if (namesNoDay(sentence, m.index!, m[0], m[2]!)) continue;
    const offset = dayOffset(m[1]?.toLowerCase() ?? null, m[2]!.toLowerCase(), day, future);
    if (offset === null) continue;
    out.push({ start: m.index!, end: m.index! + m[0].length, date: new Date((day + offset) * 86_400_000).toISOString().slice(0, 10) });
  }
  return out;
}

/**
 * True when the day word is part of a name: a named day ("Black Friday"), or a capitalised
 * "Today", "Tonight", "Tomorrow" or "Yesterday" inside a sentence — NBC's "Today" show, USA Today,
 * "The Tonight Show" — rather than at its start or opening a quotation ("Today we vote").
 */
function namesNoDay(sentence: string, start: number, match: string, word: string): boolean {
  const before = sentence.slice(Math.max(0, start - 24), start);
  if (NAMED_DAY_BEFORE.test(before)) return true;
  const isWeekday = WEEKDAYS.includes(word.toLowerCase());
  if (isWeekday || match[0] !== match[0]!.toUpperCase()) return false;
  if (CLOSING_MARK.test(sentence.slice(start + match.length))) return true;
  const opensSentence = /^\s*$/.test(before) && start < 24;
  return !opensSentence && !OPENING_MARK_BEFORE.test(before);
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
