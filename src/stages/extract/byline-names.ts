import { normalizeSpace } from './tree-query.ts';

// Words around names in a byline that are not names.
const NOISE = /^(?:by|von|par|por|di|door|av|written by|posted by|story by|words by|text:?|from)\s+/i;
const SPLIT = /\s*(?:,|;|\||\s&\s|\sand\s|\sund\s|\set\s|\sy\s|\se\s|\/)\s*/i;

// A date, time or age after the name in a byline element ("Ana Lima May 20", "• 8h", "1:39 PM ET").
const TRAILING_DATE = /\s*(?:[•·|]\s*.*|\d{1,2}:\d{2}.*|\d+\s*(?:h|hrs?|hours?|min|minutes?|d|days?)\s+ago.*|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b.*|\b(?:updated|published|posted)\b.*)$/i;

/** Author names from byline strings: "By A, B and C" gives [A, B, C]; URLs, e-mail addresses,
 * dates and repeats are left out. */
export function bylineNames(values: readonly string[]): string[] {
  const names: string[] = [];
  const seen = new Set<string>();
  for (const value of values) {
    // A profile URL names no one in a form we can split.
    if (/^\s*(https?:\/\/|www\.)/i.test(value)) continue;
    for (const part of normalizeSpace(value).replace(NOISE, '').split(SPLIT)) {
      const name = cleanName(part);
      if (name && !seen.has(name.toLowerCase())) {
        seen.add(name.toLowerCase());
        names.push(name);
      }
    }
  }
  return names;
}

/** One name with "By" and trailing roles removed; null when it is not a plausible name. */
function cleanName(part: string): string | null {
  const name = part
    .replace(TRAILING_DATE, '').replace(NOISE, '').replace(/^[-–—:\s]+|[-–—:\s.]+$/g, '').trim();
  if (name.length < 2 || name.length > 80) return null;
  if (/^https?:|www\.|@|\d{4}|^\d/.test(name)) return null;
  return name;
}
