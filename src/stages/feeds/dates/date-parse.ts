// Feed dates -> UTC ISO 8601. Feeds write dates in W3CDTF/ISO 8601 (Atom, dc:date, JSON
// Feed), RFC 822 (RSS) and many near-misses of both: two-digit years, missing seconds, named
// zones, swapped day and month, asctime, Perforce's slashes. A date that cannot be read
// exactly is null rather than a guess; times without a zone are taken as UTC.
import { ZONE_OFFSETS } from './date-zones.ts';

interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
  /** Minutes east of UTC. */
  readonly offset: number;
}

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

const ISO_EXTENDED =
  /^(\d{4})(?:-(0?\d{2})(?:-(\d{2}))?)?(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const ISO_BASIC = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(?:[.,](\d+))?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const RFC822_COMMON = /^(?:[A-Z][a-z]{2}, )?(\d{1,2}) ([A-Z][a-z]{2}) (\d{4}) (\d{2}):(\d{2})(?::(\d{2}))? (GMT|UT|Z|[+-]\d{4})$/;
const DAY_NAME = /^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?$/i;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(.*)$/;

/** Parses a feed date into a UTC ISO 8601 string (`toISOString()` form), or null if it cannot be read. */
export function parseFeedDate(raw: string | null | undefined): string | null {
  const text = raw?.trim().replace(/\s+/g, ' ');
  if (!text) return null;
  const parts = parseCommonRfc822(text) ?? parseIsoDate(text) ?? parseWordyDate(text);
  return parts ? toIsoString(parts) : null;
}

/** The RFC 822 form nearly every RSS feed writes ("Tue, 07 May 2024 08:00:00 GMT"), read without tokenising. */
function parseCommonRfc822(text: string): DateParts | null {
  const match = RFC822_COMMON.exec(text);
  const month = match ? MONTHS[(match[2] ?? '').toLowerCase()] : undefined;
  const offset = match?.[7] === 'GMT' || match?.[7] === 'UT' || match?.[7] === 'Z' ? 0 : parseNumericZone(match?.[7] ?? '');
  if (!match || month === undefined || offset === null) return null;
  const [, day, , year, hour, minute, second] = match;
  return { year: Number(year), month, day: Number(day), hour: Number(hour), minute: Number(minute), second: Number(second ?? 0), millisecond: 0, offset };
}

/** W3CDTF / ISO 8601, extended or basic, with a space instead of `T` as MSSQL writes it. */
function parseIsoDate(text: string): DateParts | null {
  const match = ISO_EXTENDED.exec(text) ?? ISO_BASIC.exec(text);
  if (!match) return null;
  const [, year, month, day, hour, minute, second, fraction, zone] = match;
  const offset = zone ? parseNumericZone(zone) : 0;
  if (offset === null) return null;
  return {
    year: Number(year),
    month: month ? Number(month) : 1,
    day: day ? Number(day) : 1,
    hour: hour ? Number(hour) : 0,
    minute: minute ? Number(minute) : 0,
    second: second ? Number(second) : 0,
    millisecond: fraction ? Number(fraction.slice(0, 3).padEnd(3, '0')) : 0,
    offset,
  };
}

/** Mutable state while reading the tokens of an RFC 822-like date. */
interface WordyState {
  year?: number;
  month?: number;
  day?: number;
  time?: [number, number, number];
  offset?: number;
}

/** RFC 822 and relatives: tokens in any order, recognised by shape. */
function parseWordyDate(text: string): DateParts | null {
  const state: WordyState = {};
  for (const token of text.replace(/,/g, ' ').split(' ')) {
    if (token && !readToken(token, state)) return null;
  }
  const { year, month, day, time = [0, 0, 0], offset = 0 } = state;
  if (year === undefined || month === undefined || day === undefined) return null;
  return { year, month, day, hour: time[0], minute: time[1], second: time[2], millisecond: 0, offset };
}

/** Reads one token into the state; false when the token makes the date unreadable. */
function readToken(token: string, state: WordyState): boolean {
  const lower = token.toLowerCase();
  const month = monthNumber(lower);
  if (month !== null && state.month === undefined) return record(state, { month });
  if (DAY_NAME.test(token) || /^\(.*\)$/.test(token)) return true;
  if (/^\d{1,4}$/.test(token)) return readNumber(token, state);
  const slashed = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(token);
  if (slashed) return record(state, { year: Number(slashed[1]), month: Number(slashed[2]), day: Number(slashed[3]) });
  const time = TIME.exec(token);
  if (time) return readTime(time, state);
  if ((lower === 'am' || lower === 'pm') && state.time) return adjustMeridiem(lower, state.time);
  return readZone(token, state);
}

/** Merges what a token told us; always true, so readers can `return record(...)`. */
function record(state: WordyState, found: Partial<WordyState>): true {
  Object.assign(state, found);
  return true;
}

function monthNumber(lower: string): number | null {
  const word = lower.replace(/\.$/, '');
  const number = MONTHS[word.slice(0, 3)];
  if (number === undefined || !/^[a-z]+$/.test(word)) return null;
  // "Sept", "January": a prefix of the month's English name; anything longer is not a month.
  return MONTH_NAMES[number - 1]?.startsWith(word) ? number : null;
}

function readNumber(token: string, state: WordyState): boolean {
  if (token.length <= 2 && state.day === undefined) return record(state, { day: Number(token) });
  if (state.year !== undefined) return false;
  if (token.length === 4) return record(state, { year: Number(token) });
  if (token.length === 2) return record(state, { year: expandTwoDigitYear(Number(token)) });
  return false;
}

/** RFC 2822's rule: 00-49 are 2000-2049, 50-99 are 1950-1999. */
function expandTwoDigitYear(year: number): number {
  return year < 50 ? 2000 + year : 1900 + year;
}

function readTime(match: RegExpExecArray, state: WordyState): boolean {
  const [, hour, minute, second, rest] = match;
  if (state.time) return false;
  state.time = [Number(hour), Number(minute), Number(second ?? 0)];
  return rest ? readZone(rest, state) : true;
}

function adjustMeridiem(lower: string, time: [number, number, number]): boolean {
  if (time[0] < 1 || time[0] > 12) return false;
  time[0] = (time[0] % 12) + (lower === 'pm' ? 12 : 0);
  return true;
}

/** Zone tokens: +hhmm, +hh:mm, GMT+hh:mm, Etc/GMT, names; an unknown word after the time counts as UTC. */
function readZone(token: string, state: WordyState): boolean {
  if (state.offset !== undefined) return false;
  const upper = token.toUpperCase().replace(/^ETC\//, '');
  const named = ZONE_OFFSETS[upper];
  if (named !== undefined) return record(state, { offset: named });
  const relative = /^(?:GMT|UTC|UT)?([+-]\d{1,2}(?::?\d{2})?)$/.exec(upper);
  if (relative?.[1]) {
    const offset = parseNumericZone(relative[1]);
    if (offset === null) return false;
    return record(state, { offset });
  }
  if (/^[A-Z]{1,5}$/.test(upper) && state.time) return record(state, { offset: 0 });
  return false;
}

/** `Z`, `+hh`, `+hhmm` or `+hh:mm` to minutes east of UTC; null when out of range. */
function parseNumericZone(zone: string): number | null {
  if (/^z$/i.test(zone)) return 0;
  const match = /^([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(zone);
  if (!match) return null;
  const hours = Number(match[2]);
  const minutes = Number(match[3] ?? 0);
  if (hours > 23 || minutes > 59) return null;
  return (match[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

function toIsoString(parts: DateParts): string | null {
  if (!isValid(parts)) return null;
  const date = new Date(0);
  date.setUTCFullYear(parts.year, parts.month - 1, parts.day);
  date.setUTCHours(parts.hour, parts.minute - parts.offset, parts.second, parts.millisecond);
  const year = date.getUTCFullYear();
  return year >= 1 && year <= 9999 ? date.toISOString() : null;
}

function isValid({ year, month, day, hour, minute, second }: DateParts): boolean {
  const daysInMonth = new Date(Date.UTC(2000, month, 0)).getUTCDate() - (month === 2 && !isLeapYear(year) ? 1 : 0);
  return (
    year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth &&
    hour <= 23 && minute <= 59 && second <= 60
  );
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
