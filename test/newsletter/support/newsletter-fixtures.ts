// Briefings and a newsletter context over a real SQLite file, for the newsletter tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Briefing } from '../../../src/core/briefing.ts';
import type { StoredBriefing } from '../../../src/ports/store.ts';
import type { Mailer } from '../../../src/ports/mailer.ts';
import type { NewsletterStore } from '../../../src/ports/newsletter-store.ts';
import { silentLogger } from '../../../src/ports/logger.ts';
import { openNewsletterSqliteStore } from '../../../src/adapters/newsletter-sqlite/newsletter-sqlite-store.ts';
import { DEFAULT_LISTS } from '../../../src/stages/newsletter/list-defaults.ts';
import { hmacMac, type NewsletterContext } from '../../../src/app/newsletter/newsletter-context.ts';

/** A briefing with the given headline and standfirst. */
export function briefing(story: string, headline: string, standfirst: string, updated = '2026-11-26T05:00:00.000Z'): Briefing {
  return {
    story,
    kicker: 'Speed Read',
    headline,
    standfirst,
    whatHappened: [{ text: `${headline}, officials said on Wednesday.`, sources: [{ article: '1', start: 0, end: 10 }], role: 'fact' }],
    whoSaidWhat: [],
    whatNext: [],
    coverage: { left: 2, center: 1, right: 2, unknown: 0, blindspot: null },
    sources: [],
    related: [],
    updated,
    notes: [],
  };
}

/** Briefings as the main store would list them. */
export function briefingSource(briefings: readonly Briefing[]): { listBriefings(): Promise<StoredBriefing[]> } {
  return { listBriefings: async () => briefings.map((b) => ({ briefing: b, version: 1, composedAt: b.updated ?? '2026-11-26T05:00:00.000Z' })) };
}

/** A mutable test clock. */
export function testClock(iso: string): { now(): Date; set(iso: string): void } {
  let t = new Date(iso);
  return { now: () => new Date(t), set: (v: string) => (t = new Date(v)) };
}

/** A migrated newsletter store with the default lists in a temp dir. */
export async function tempNewsletterStore(): Promise<{ store: NewsletterStore; path: string; cleanup(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'roundup-nl-'));
  const path = join(dir, 'roundup.db');
  const store = openNewsletterSqliteStore({ path });
  await store.migrate();
  await store.insertMissingLists(DEFAULT_LISTS);
  return { store, path, cleanup: async () => (await store.close(), rmSync(dir, { recursive: true, force: true })) };
}

/** A context over `store` with `mailer`, a fixed clock and sample briefings. */
export function testContext(store: NewsletterStore, mailer: Mailer | null, overrides: Partial<NewsletterContext> = {}): NewsletterContext {
  return {
    store,
    briefings: briefingSource([
      briefing('s1', 'Volunteers restore a coral reef to record health', 'A decade of work by divers helped the reef recover faster than scientists hoped.'),
      briefing('s2', 'Parliament passes the budget after a long night', 'The vote ends weeks of talks between the coalition parties.'),
    ]),
    mailer,
    clock: testClock('2026-11-26T06:00:00.000Z'),
    logger: silentLogger,
    random: () => 0.5,
    mac: hmacMac('test-secret'),
    settings: { siteName: 'Roundup', publicUrl: 'https://news.example.org', from: 'Roundup <news@example.org>', ratePerSecond: 1000, concurrency: 2, signupBlocklist: ['blocked.example'], softBounceLimit: 3 },
    ...overrides,
  };
}
