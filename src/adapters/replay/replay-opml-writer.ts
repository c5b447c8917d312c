import type { Outlet } from '../../core/outlet.ts';
import { parsePerspective } from '../../core/perspective.ts';
import { buildOpml } from '../../stages/sources/opml.ts';
import type { ReplayPlan } from './replay-plan.ts';

/** `sources.opml` of a replay directory: every outlet with its dataset lean as its perspective,
 * so `roundup sources import-opml <base>/sources.opml` registers the whole replay in one step. */
export function renderSourcesOpml(plan: ReplayPlan, base: string): string {
  const outlets: Outlet[] = plan.outlets.map((o) => ({
    id: o.slug,
    name: o.name,
    homeDomain: `${o.slug}.replay.invalid`,
    language: 'en',
    country: 'US',
    perspective: parsePerspective(o.lean ?? '') ?? 'unknown',
    perspectiveBasis: o.lean ? 'story dataset label (replay)' : '',
    isWire: false,
  }));
  const feeds = plan.outlets.flatMap((o) => o.feeds.map((f) => ({ outletId: o.slug, url: `${base}/${f.path}`, title: `${o.name}` })));
  return buildOpml(outlets, feeds, { title: 'Roundup replay sources', dateCreated: new Date(0).toUTCString() });
}
