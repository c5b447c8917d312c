import { normalizeSpace } from './tree-query.ts';

/** The article facts a page's JSON-LD states (schema.org Article and its subtypes). */
export interface JsonLdArticle {
  readonly name: string | null;
  readonly headline: string | null;
  readonly authors: readonly string[];
  readonly description: string | null;
  readonly publisher: string | null;
  readonly datePublished: string | null;
  readonly dateModified: string | null;
  readonly image: string | null;
  readonly section: string | null;
  readonly language: string | null;
  readonly url: string | null;
}

// schema.org's Article and its subtypes that carry a news or blog text.
const ARTICLE_TYPES = /^(Article|AdvertiserContentArticle|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|Report|SatiricalArticle|ScholarlyArticle|MedicalScholarlyArticle|SocialMediaPosting|BlogPosting|LiveBlogPosting|DiscussionForumPosting|TechArticle|APIReference)$/;

type Json = Record<string, unknown>;

/** The first article object among a page's JSON-LD blocks (arrays and `@graph` searched), or null. */
export function readJsonLdArticle(blocks: readonly string[]): JsonLdArticle | null {
  for (const block of blocks) {
    const parsed = parseLenient(block);
    const found = findArticle(parsed, 0);
    if (found) return toArticle(found);
  }
  return null;
}

/** JSON.parse that tolerates CDATA wrappers and raw control characters; null on failure. */
function parseLenient(text: string): unknown {
  const cleaned = text.replace(/^\s*(<!\[CDATA\[|\/\/\s*<!\[CDATA\[)|\]\]>\s*$/g, '').trim();
  try {
    return JSON.parse(cleaned);
  } catch {
    try {
      // Some outlets put raw newlines inside strings, which JSON forbids.
      return JSON.parse(stripControls(cleaned));
    } catch {
      return null;
    }
  }
}

/** True when an object's @type names an article type. */
function isArticle(value: Json): boolean {
  const type = value['@type'];
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t.replace(/^https?:\/\/schema\.org\//, '')));
}

/** Depth-first search for an article object (bounded depth: JSON-LD is shallow). */
function findArticle(value: unknown, depth: number): Json | null {
  if (depth > 4 || value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findArticle(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const object = value as Json;
  if (isArticle(object)) return object;
  return findArticle(object['@graph'], depth + 1) ?? findArticle(object.mainEntity, depth + 1);
}

/** A trimmed string, or null. */
function str(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? normalizeSpace(value) : null;
}

/** A name from a string or an object with `name`. */
function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return str(value);
  if (value && typeof value === 'object' && !Array.isArray(value)) return str((value as Json).name);
  return null;
}

/** A URL from a string, an ImageObject or the first of a list. */
function urlOf(value: unknown): string | null {
  if (Array.isArray(value)) return urlOf(value[0]);
  if (typeof value === 'string') return str(value);
  if (value && typeof value === 'object') return str((value as Json).url) ?? str((value as Json)['@id']);
  return null;
}

/** Maps a schema.org object to the facts we read. */
function toArticle(object: Json): JsonLdArticle {
  const authorList = Array.isArray(object.author) ? object.author : object.author ? [object.author] : [];
  const section = Array.isArray(object.articleSection) ? object.articleSection[0] : object.articleSection;
  return {
    name: str(object.name),
    headline: str(object.headline),
    authors: authorList.map(nameOf).filter((name): name is string => name !== null),
    description: str(object.description),
    publisher: nameOf(object.publisher),
    datePublished: str(object.datePublished),
    dateModified: str(object.dateModified),
    image: urlOf(object.image) ?? urlOf(object.thumbnailUrl),
    section: str(section),
    language: str(object.inLanguage),
    url: str(object.url) ?? urlOf(object.mainEntityOfPage),
  };
}

/** Replaces C0 control characters (raw newlines and tabs included) by spaces. */
function stripControls(text: string): string {
  let out = '';
  for (const char of text) out += char.charCodeAt(0) < 32 ? ' ' : char;
  return out;
}
