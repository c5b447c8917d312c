// What several pages share (recent briefings, the outlet table), read from the Store at most once
// per freshness window so a busy front page costs one query, not one per request.
import type { Outlet } from '../core/outlet.ts';
import type { Store, StoredBriefing } from '../ports/store.ts';

/** Recent briefings and outlets as of one read. */
export interface SiteSnapshot {
  /** Latest briefings of the most recently seen stories, newest first. */
  readonly briefings: readonly StoredBriefing[];
  readonly outlets: readonly Outlet[];
  /** Outlets by id and by name (briefing sources name outlets either way). */
  readonly outletByKey: ReadonlyMap<string, Outlet>;
}

/** Reads snapshots through a small time-boxed cache. */
export interface SiteReader {
  snapshot(): Promise<SiteSnapshot>;
}

/** How many recent briefings the front page, sections and topics draw from. */
export const RECENT_BRIEFINGS = 600;

/** Reads one snapshot from the store. */
async function readSnapshot(store: Store): Promise<SiteSnapshot> {
  const [briefings, outlets] = await Promise.all([store.listBriefings({ limit: RECENT_BRIEFINGS }), store.listOutlets()]);
  const outletByKey = new Map<string, Outlet>();
  for (const o of outlets) outletByKey.set(o.name, o);
  for (const o of outlets) outletByKey.set(o.id, o);
  return { briefings, outlets, outletByKey };
}

/** A reader whose snapshot is reused for `freshMs` (0: read on every call). */
export function createSiteReader(store: Store, freshMs: number, nowMs: () => number): SiteReader {
  let cached: { at: number; value: Promise<SiteSnapshot> } | null = null;
  return {
    snapshot() {
      const now = nowMs();
      if (cached === null || now - cached.at >= freshMs || freshMs <= 0) {
        const value = readSnapshot(store);
        cached = { at: now, value };
        // A failed read is not kept: the next request tries again.
        value.catch(() => {
          if (cached?.value === value) cached = null;
        });
      }
      return cached.value;
    },
  };
}
