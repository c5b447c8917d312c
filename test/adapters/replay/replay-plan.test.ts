import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allocateFeedCounts, slugify, spreadTime } from '../../../src/adapters/replay/replay-plan.ts';
import { isRoundupError } from '../../../src/core/errors.ts';

test('slugify keeps names readable and URL-safe', () => {
  assert.equal(slugify('Fox News (Online News)'), 'fox-news-online-news');
  assert.equal(slugify('U.S. News & World Report'), 'u-s-news-and-world-report');
  assert.equal(slugify('Le Monde diplomatique — Édition'), 'le-monde-diplomatique-edition');
  assert.equal(slugify('***'), 'outlet');
});

test('spreadTime keeps the day, is deterministic, and shifts whole days', () => {
  const a = spreadTime('2021-05-01', 'allsides:1', 0);
  assert.equal(a, spreadTime('2021-05-01', 'allsides:1', 0));
  assert.match(String(a), /^2021-05-01T(0[5-9]|1\d|2[0-2]):/);
  assert.equal(Date.parse(String(spreadTime('2021-05-01', 'allsides:1', 3))) - Date.parse(String(a)), 3 * 86_400_000);
  assert.notEqual(a, spreadTime('2021-05-01', 'allsides:2', 0));
  assert.equal(spreadTime(null, 'x', 0), null);
  assert.equal(spreadTime('not a date', 'x', 0), null);
});

test('allocateFeedCounts gives each outlet one feed, then splits the busiest', () => {
  assert.deepEqual(allocateFeedCounts([10, 1, 4], 1), [1, 1, 1]);
  assert.deepEqual(allocateFeedCounts([10, 1, 4], 5), [3, 1, 1]);
  assert.deepEqual(allocateFeedCounts([10, 1, 4], 15), [10, 1, 4]);
  const counts = allocateFeedCounts([100, 50, 25], 14);
  assert.equal(counts.reduce((a, b) => a + b, 0), 14);
  assert.deepEqual(counts, [8, 4, 2]);
});

test('allocateFeedCounts refuses more feeds than articles', () => {
  assert.throws(() => allocateFeedCounts([2, 1], 4), (err) => isRoundupError(err, 'replay/too-few-articles'));
});
