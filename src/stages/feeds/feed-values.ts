// Helpers every adapter uses to fill the common model.
import type { FeedMedia } from '../../core/feed-entry.ts';
import { parseFeedDate } from './dates/date-parse.ts';
import { collapseWhitespace, htmlToText, looksLikeHtml } from './text/html-text.ts';

/** The first of `raws` that parses as a date, as UTC ISO 8601. */
export function firstDate(...raws: ReadonlyArray<string | null | undefined>): string | null {
  for (const raw of raws) {
    const date = parseFeedDate(raw);
    if (date) return date;
  }
  return null;
}

/** A title as plain text: tags removed when it carries HTML, whitespace collapsed. */
export function plainTitle(raw: string | null, isHtml = looksLikeHtml(raw ?? '')): string | null {
  if (raw === null) return null;
  return collapseWhitespace(isHtml ? htmlToText(raw) : raw);
}

/** A non-negative integer from text, else null. */
export function nonNegativeInteger(raw: string | number | null | undefined): number | null {
  if (raw === null || raw === undefined) return null;
  const text = String(raw).trim();
  return /^\d+$/.test(text) ? Number(text) : null;
}

/** A FeedMedia value. */
export function feedMedia(url: string, type: string | null | undefined, length: string | number | null | undefined): FeedMedia {
  return { url, type: type?.trim() || null, length: nonNegativeInteger(length) };
}

/** Strings without empties or duplicates, in first-seen order. */
export function uniqueStrings(values: ReadonlyArray<string | null | undefined>): string[] {
  const seen = new Set<string>();
  for (const value of values) {
    const trimmed = value?.trim();
    if (trimmed) seen.add(trimmed);
  }
  return [...seen];
}

/** Media without duplicate URLs, the first occurrence kept. */
export function uniqueMedia(media: readonly FeedMedia[]): FeedMedia[] {
  const seen = new Set<string>();
  return media.filter((item) => !seen.has(item.url) && seen.add(item.url));
}

/** Whether a MIME type or medium names an image. */
export function isImage(type: string | null, medium: string | null = null): boolean {
  return medium === 'image' || (type?.toLowerCase().startsWith('image/') ?? false);
}

/** A language tag as BCP 47 writes it (`en_US` -> `en-US`); null when empty. */
export function languageTag(raw: string | null | undefined): string | null {
  const tag = raw?.trim().replace(/_/g, '-');
  return tag ? tag : null;
}
