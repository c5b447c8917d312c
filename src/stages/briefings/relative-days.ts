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
// A day word right after a past-tense verb ("said Friday", "voted on Thursday") is a past day,
// however forward-looking the rest of the sentence ("…said Friday that he will sign"); right after
// "scheduled", "expected", "by" or "until", a coming one.
const SCHEDULED_BEFORE = /\b(?:scheduled|expected|slated|due|set|planned|by|until)(?:\s+(?:on|for))?\s+$/i;
const PAST_VERB_BEFORE = /\b(?:\w+ed|said|told|met|held|made|took|gave|won|lost|began|came|went|saw|spoke|wrote|sent|left|got|fought|brought|thought|found|struck|rose|fell|ran|sought|paid|led|kept|heard|became|broke|chose|drove|flew|knew|shook|stood|swore|threw|withdrew|was|were)(?:\s+(?:on|late|early|earlier))?\s+$/i;
const FUTURE_BEFORE = /\b(?:will|shall|plans? to|(?:set|due|scheduled|slated|expected|poised) to)\b[^,;.]{0,45}$/i;

/** Relative days in `sentence` resolved against `published` (ISO); none when the date is unknown. */
export function resolveRelativeDays(sentence: string, published: string | null): ResolvedDate[] {
  const base = published ? Date.parse(published) : NaN;
  if (Number.isNaN(base)) return [];
  const day = Math.floor(base / 86_400_000);
  const out: ResolvedDate[] = [];
  for (const m of sentence.matchAll(DAY_WORDS)) {
    if (namesNoDay(sentence, m.index!, m[0], m[2]!)) continue;
    const offset = dayOffset(m[1]?.toLowerCase() ?? null, m[2]!.toLowerCase(), day, looksForward(sentence.slice(0, m.index!)));
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

/**
 * Whether a bare weekday points ahead. News reports what happened, so a bare weekday is a past one
 * unless the words just before it schedule it ("will vote Friday", "expected Friday", "by Monday");
 * a "will" elsewhere in the sentence does not ("said Friday that he will sign").
 */
function looksForward(sentenceBefore: string): boolean {
  const before = sentenceBefore.slice(-60);
  if (SCHEDULED_BEFORE.test(before)) return true;
  if (PAST_VERB_BEFORE.test(before)) return false;
  return FUTURE_BEFORE.test(before);
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
  // A bare weekday that is the publication's own ("will vote Friday" in Friday's paper) is that day.
  if (modifier === null && back === 0) return 0;
  if (modifier === 'last') return back === 0 ? -7 : back;
  return future ? ahead : back;
}
