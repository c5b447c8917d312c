// Golden files: each folder of test/fixtures/quotes holds a hand-written article.txt and the
// expected.json findQuotes gives for it (with the spans' text beside the offsets, for review).
// After a deliberate change, regenerate with UPDATE_GOLDEN=1 and review the diff.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findQuotes } from '../../../src/stages/quotes/index.ts';

const FIXTURES = new URL('../../fixtures/quotes/', import.meta.url).pathname;

/** findQuotes output with the text of each span, as stored in expected.json. */
function described(text: string): unknown[] {
  return findQuotes(text).map((q) => ({
    ...q,
    contentText: text.slice(...q.content),
    cueText: text.slice(...q.cue),
    speakerText: q.speakerSpan ? text.slice(...q.speakerSpan) : null,
  }));
}

describe('quotes golden files', () => {
  for (const name of readdirSync(FIXTURES).sort()) {
    it(name, () => {
      const text = readFileSync(join(FIXTURES, name, 'article.txt'), 'utf8');
      const actual = JSON.parse(JSON.stringify(described(text))) as unknown[];
      const path = join(FIXTURES, name, 'expected.json');
      if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(path, `${JSON.stringify(actual, null, 2)}\n`);
      assert.deepEqual(actual, JSON.parse(readFileSync(path, 'utf8')));
    });
  }
});
