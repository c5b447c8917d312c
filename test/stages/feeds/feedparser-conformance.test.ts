// feedparser's conformance documents (../shared/data/feeds/feedparser/tests), each judged by
// its Expect: line through feedparser-expect.ts. Cases about fields Roundup does not model are
// skipped with a counted reason; the pass rate over the rest must stay at or above the pinned
// floor, and the number passing must not shrink (a translator bug that turned passes into
// skips would otherwise go unnoticed). README.md lists the known failures and why.
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { runGroup } from './feedparser-cases.ts';
import { sharedPathOrSkip } from './shared-data.ts';

/** Pinned floors: pass rate over applicable cases, and the least number of passing cases. */
const FLOORS: Readonly<Record<string, { rate: number; passing: number }>> = {
  wellformed: { rate: 0.95, passing: 414 },
  illformed: { rate: 0.95, passing: 3 },
  entities: { rate: 0.99, passing: 254 },
  json: { rate: 1, passing: 1 },
  encoding: { rate: 0.95, passing: 75 },
};

describe('feedparser conformance', () => {
  for (const [group, floor] of Object.entries(FLOORS)) {
    it(`${group}: at least ${floor.rate * 100}% of the applicable cases pass`, (t) => {
      const root = sharedPathOrSkip(t, 'feeds', 'feedparser', 'tests');
      if (!root) return;
      const report = runGroup(path.join(root, group), root);
      const applicable = report.pass + report.fail;
      const rate = applicable === 0 ? 0 : report.pass / applicable;
      t.diagnostic(`${group}: ${report.pass}/${applicable} pass (${(rate * 100).toFixed(1)}%), ${report.skip} skipped`);
      const reasons = [...report.skipReasons.entries()].sort((a, b) => b[1] - a[1]).slice(0, 8);
      for (const [reason, count] of reasons) t.diagnostic(`  skipped ${count}: ${reason}`);
      for (const failure of report.failures) t.diagnostic(`  FAIL ${failure.file}: ${failure.reason} | ${failure.expect}`);
      assert.ok(rate >= floor.rate, `${group} pass rate ${(rate * 100).toFixed(1)}% is below the floor of ${floor.rate * 100}%`);
      assert.ok(report.pass >= floor.passing, `${group}: ${report.pass} cases pass, fewer than the pinned ${floor.passing}`);
    });
  }
});
