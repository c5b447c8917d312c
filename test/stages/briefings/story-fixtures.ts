// Test input: the ferry-strike fixture (our own invented story) as briefing articles, and a
// builder for small articles.
import { readFileSync } from 'node:fs';
import type { BriefingArticle } from '../../../src/stages/briefings/index.ts';
import { findQuotes } from '../../../src/stages/quotes/index.ts';
import { parsePerspective } from '../../../src/core/perspective.ts';

/** The ferry-strike story: a wire report, a verbatim reprint, and outlets of both sides. */
export function ferryStory(): BriefingArticle[] {
  const lines = readFileSync(new URL('../../fixtures/briefings/ferry-strike.jsonl', import.meta.url), 'utf8').trim().split('\n');
  return lines.map((line) => {
    const r = JSON.parse(line) as Record<string, string | boolean>;
    return {
      id: r.id as string,
      outlet: r.outlet as string,
      perspective: parsePerspective(r.perspective as string) ?? 'unknown',
      isWire: r.isWire === true,
      title: r.title as string,
      text: r.text as string,
      url: r.url as string,
      published: r.published as string,
      quotes: findQuotes(r.text as string),
    };
  });
}

/** A small article with defaults for everything but its id and text. */
export function article(id: string, text: string, more: Partial<BriefingArticle> = {}): BriefingArticle {
  return { id, outlet: `Outlet ${id}`, perspective: 'unknown', title: `Title of ${id}`, text, url: null, published: null, quotes: findQuotes(text), ...more };
}
