// Who said what reaches its house length (100–180 words) from outlets' readings when the quotes
// leave it short, also when no outlet's perspective is known, and never runs past 180 words.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { composeBriefing, type BriefingArticle } from '../../../src/stages/briefings/index.ts';
import type { Briefing } from '../../../src/core/briefing.ts';
import { article, ferryStory } from './story-fixtures.ts';

/** Composes or fails the test. */
function brief(articles: readonly BriefingArticle[]): Briefing {
  const outcome = composeBriefing({ story: 'bridge', articles });
  assert.equal(outcome.kind, 'briefing');
  return (outcome as { briefing: Briefing }).briefing;
}

/** Words as the house lengths count them. */
function words(b: Briefing): number {
  return b.whoSaidWhat.reduce((n, s) => n + s.text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length, 0);
}

// Eight outlets, perspectives unknown, each with the shared fact and two readings of its own.
const READINGS = [
  'Engineers consulted by the paper argued that decades of deferred maintenance left the steel exposed to salt spray and corrosion.',
  'Commuters face detours of up to forty minutes, and ferry operators expect their morning crossings to sell out within days.',
  'Critics on the council suggested the inspection schedule had slipped twice since the budget cuts approved three winters ago.',
  'Shop owners near the eastern approach appear to be losing trade already, with footfall down sharply since the barriers went up.',
  'Analysts at the regional transport institute highlighted that freight lorries now route through narrow village lanes instead.',
  'Opponents of the mayor seized on the closure, saying the administration ignored warnings from its own surveyors about rusting anchors.',
  'The closure underscores how dependent the island economy remains on a single crossing built more than ninety years ago.',
  'Insurance specialists said claims from delayed deliveries could run into millions if the repairs stretch beyond the summer season.',
];
const MORE = [
  'Tourism boards warned that coach operators were cancelling spring excursions to the old town and its waterfront museums.',
  'School governors arranged temporary classrooms on the island so that pupils would not spend hours crossing by boat.',
  'Hospital managers moved two ambulances across the water ahead of time, fearing emergency journeys would take too long.',
  'Fishermen complained that the harbour master restricted night sailing while divers surveyed the foundations below the piers.',
  'Union leaders representing toll collectors demanded guarantees that wages would keep being paid during the shutdown.',
  'Historians recalled that the crossing was shut once before, in 1953, when a storm tore away part of its deck.',
  'Residents of the northern estate organised car shares through a neighbourhood group that grew to thousands of members overnight.',
  'Cyclists were offered a free shuttle van, although its capacity of twelve bikes per trip drew immediate complaints.',
];
const LEADS = [
  'The Harbour Bridge closed on Monday after inspectors found cracks in two support cables, the city said.',
  'City officials shut the Harbour Bridge on Monday when inspectors discovered cracked support cables.',
];

/** The bridge story: eight outlets of unknown perspective. */
function bridgeStory(): BriefingArticle[] {
  return READINGS.map((reading, k) => article(`b${k}`, `${LEADS[k % 2]} ${reading} ${MORE[k]}`, { outlet: `Outlet ${k}`, title: 'Harbour Bridge closed after cracks found in cables' }));
}

describe('Who said what length', () => {
  it('reads more than one outlet when no perspective is known', () => {
    const b = brief(ferryStory().map((a) => ({ ...a, perspective: 'unknown' as const })));
    const outlets = new Set(b.whoSaidWhat.filter((s) => s.role === 'reading').map((s) => s.outlet));
    assert.ok(outlets.size >= 2, `readings from ${[...outlets].join(', ')}`);
  });

  it('fills up to the house minimum from outlets not yet read, then stops', () => {
    const b = brief(bridgeStory());
    const readings = b.whoSaidWhat.filter((s) => s.role === 'reading');
    assert.ok(words(b) >= 100 && words(b) <= 180, `${words(b)} words`);
    assert.equal(new Set(readings.map((s) => s.outlet)).size, readings.length, 'one reading per outlet');
    // Stopping at the minimum: one reading fewer would leave it short.
    const last = readings.at(-1)!.text.split(/\s+/).length;
    assert.ok(words(b) - last < 100);
  });

  it('never runs past 180 words however many outlets there are', () => {
    const many = [...bridgeStory(), ...bridgeStory().map((a, k) => ({ ...a, id: `c${k}`, outlet: `Other ${k}`, text: `${LEADS[k % 2]} ${READINGS[(k + 3) % 8]!.replace(/the /g, 'this ')}` }))];
    assert.ok(words(brief(many)) <= 180);
  });
});
