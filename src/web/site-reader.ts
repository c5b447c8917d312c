// What several pages share (recent briefings, the outlet table), read from the Store at most once
// per freshness window so a busy front page costs one query, not one per request.
import type { Outlet } from '../core/outlet.ts';
import type { Store, StoredBriefing } from '../ports/store.ts';

/** The outlet table, by id and by name (briefing sources name outlets either way). */
export interface OutletIndex {
  readonly outlets: readonly Outlet[];
  readonly outletByKey: ReadonlyMap<string, Outlet>;
}

/** Recent briefings and outlets as of one read. */
export interface SiteSnapshot extends OutletIndex {
  /** Latest briefings of the most recently seen stories, newest first. */
  readonly briefings: readonly StoredBriefing[];
}

/** Reads through a small time-boxed cache. */
export interface SiteReader {
  /** Outlets only: what story and article pages need. */
  outletIndex(): Promise<OutletIndex>;
  /** Outlets and recent briefings: what the front page, sections, topics and feeds need. */
  snapshot(): Promise<SiteSnapshot>;
}

/** How many recent briefings the front page, sections and topics draw from. */
export const RECENT_BRIEFINGS = 600;

/** Reads the outlet table. */
async function readOutlets(store: Store): Promise<OutletIndex> {
  const outlets = await store.listOutlets();
  const outletByKey = new Map<string, Outlet>();
  for (const o of outlets) outletByKey.set(o.name, o);
  for (const o of outlets) outletByKey.set(o.id, o);
  return { outlets, outletByKey };
}

/** A value read at most once per `freshMs` (every call when 0); a failed read is not kept. */
function timeBoxed<T>(read: () => Promise<T>, freshMs: number, nowMs: () => number): () => Promise<T> {
  let cached: { at: number; value: Promise<T> } | null = null;
  return () => {
    const now = nowMs();
    if (cached === null || freshMs <= 0 || now - cached.at >= freshMs) {
      const value = read();
      cached = { at: now, value };
      value.catch(() => {
        if (cached?.value === value) cached = null;
      });
    }
    return cached.value;
  };
}

/** A reader whose values are reused for `freshMs` (0: read on every call). */
export function createSiteReader(store: Store, freshMs: number, nowMs: () => number): SiteReader {
  const outletIndex = timeBoxed(() => readOutlets(store), freshMs, nowMs);
  const briefings = timeBoxed(() => store.listBriefings({ limit: RECENT_BRIEFINGS }), freshMs, nowMs);
  return {
    outletIndex,
    async snapshot() {
      const [index, recent] = await Promise.all([outletIndex(), briefings()]);
      return { ...index, briefings: recent };
    },
  };
}
