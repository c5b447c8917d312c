// feedparser's conformance documents (../shared/data/feeds/feedparser/tests), each judged by
// its Expect: line through feedparser-expect.ts. Cases about fields Roundup does not model are
// skipped with a counted reason; the pass rate over the rest must stay at or above the pinned
// floor, and the number passing must not shrink (a translator bug that turned passes into
// skips would otherwise go unnoticed). README.md lists the known failures and why.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { isRoundupError } from '../../../src/core/errors.ts';
import { parseFeed } from '../../../src/stages/feeds/index.ts';
import { decodeBody } from '../../../src/stages/fetch/body-decode.ts';
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

/**
 * feedparser only flags these ill-formed documents (`Expect: bozo`), which the translator skips;
 * here is what Roundup decides for each instead: read it leniently, or fail with a code.
 */
const ILLFORMED_OUTCOMES: Readonly<Record<string, 'parses' | string>> = {
  'aaa_illformed.xml': 'parses', // the root's close tag lacks its ">"
  'rdf_channel_empty_textinput.xml': 'parses',
  'undeclared_namespace.xml': 'parses',
  'rss_empty_document.xml': 'feeds/not-a-feed', // only a comment
  'rss_incomplete_cdata.xml': 'feeds/truncated', // cut inside the first item
};

describe('feedparser ill-formed documents: Roundup\'s own outcome', () => {
  for (const [name, outcome] of Object.entries(ILLFORMED_OUTCOMES)) {
    it(`${name} -> ${outcome}`, (t) => {
      const root = sharedPathOrSkip(t, 'feeds', 'feedparser', 'tests', 'illformed');
      if (!root) return;
      const text = decodeBody(readFileSync(path.join(root, name)), null).text;
      const parse = () => parseFeed(text, { url: 'http://127.0.0.1:8097/tests/illformed/' + name });
      if (outcome === 'parses') assert.doesNotThrow(parse);
      else assert.throws(parse, (err) => isRoundupError(err, outcome));
    });
  }
});
