// The grounding check for a Writer's rewrite, relative days, and coverage counting.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkGrounding, countCoverage, resolveRelativeDays, DEFAULT_BRIEFING_OPTIONS } from '../../../src/stages/briefings/index.ts';
import { article } from './story-fixtures.ts';

describe('checkGrounding', () => {
  const sources = ['Mayor Lena Park said on Monday that "the budget is balanced" after 14 hearings.'];
  it('accepts a condensed sentence whose quotes, names and numbers are in a source', () => {
    assert.deepEqual(checkGrounding(['Lena Park said "the budget is balanced" after 14 hearings.'], sources), { grounded: true, problems: [] });
  });
  it('rejects an altered quote, a new name and a new number', () => {
    const r = checkGrounding(['Park said "the budget is fully balanced" after 15 hearings, Governor Ames agreed.'], sources);
    assert.equal(r.grounded, false);
    assert.deepEqual(r.problems.length, 4, r.problems.join('; ')); // the quote, 15, Governor, Ames
  });
});

describe('resolveRelativeDays', () => {
  // 2026-03-04 is a Wednesday.
  const published = '2026-03-04T12:00:00Z';
  it('resolves a past weekday to the last one and a scheduled one to the next', () => {
    assert.deepEqual(resolveRelativeDays('They met on Monday.', published), [{ start: 12, end: 18, date: '2026-03-02' }]);
    assert.deepEqual(resolveRelativeDays('Talks will resume on Monday.', published), [{ start: 21, end: 27, date: '2026-03-09' }]);
    assert.deepEqual(resolveRelativeDays('It happened yesterday.', published)[0]?.date, '2026-03-03');
    assert.deepEqual(resolveRelativeDays('next Wednesday', published)[0]?.date, '2026-03-11');
  });
  it('leaves names alone: a quoted show title, a newspaper, a named day', () => {
    const show = 'Trump said on NBC\'s "Today" show that he had doubts.';
    assert.deepEqual(resolveRelativeDays(show, published), []);
    assert.deepEqual(resolveRelativeDays('He told USA Today that talks would resume.', published), []);
    assert.deepEqual(resolveRelativeDays('Stores opened early on Black Friday.', published), []);
    assert.deepEqual(resolveRelativeDays('Today the Senate votes.', published)[0]?.date, '2026-03-04');
    assert.deepEqual(resolveRelativeDays('He said, "Today we vote."', published)[0]?.date, '2026-03-04');
    assert.deepEqual(resolveRelativeDays('"Tomorrow is another day," she said.', published)[0]?.date, '2026-03-05');
    assert.deepEqual(resolveRelativeDays('The vote is today, and Trump met them Monday.', published).length, 2);
  });
  it('reads the tense next to the day word before the sentence\'s', () => {
    // 2026-03-06 is a Friday, 2026-03-04 a Wednesday.
    const friday = '2026-03-06T12:00:00Z';
    assert.deepEqual(resolveRelativeDays('Trump said Friday that he will sign the bill.', friday)[0]?.date, '2026-03-06');
    assert.deepEqual(resolveRelativeDays('He announced Monday a plan that will reopen the government.', published)[0]?.date, '2026-03-02');
    assert.deepEqual(resolveRelativeDays('Six Republicans voted on Tuesday for a measure that would reopen it.', published)[0]?.date, '2026-03-03');
    assert.deepEqual(resolveRelativeDays('A ruling is expected Friday.', published)[0]?.date, '2026-03-06');
    assert.deepEqual(resolveRelativeDays('Officials said they must decide by Monday.', published)[0]?.date, '2026-03-09');
    assert.deepEqual(resolveRelativeDays('The Senate will vote on the bill Wednesday.', published)[0]?.date, '2026-03-04', "the paper's own weekday is that day");
    assert.deepEqual(resolveRelativeDays('They went to the store on Monday.', published)[0]?.date, '2026-03-02');
  });
  it('leaves days alone without a date', () => {
    assert.deepEqual(resolveRelativeDays('They met on Monday.', null), []);
  });
});

describe('countCoverage', () => {
  it('counts each outlet once and flags no blindspot in balanced coverage', () => {
    const list = [article('1', 'x', { outlet: 'A', perspective: 'left' }), article('2', 'x', { outlet: 'A', perspective: 'left' }), article('3', 'x', { outlet: 'B', perspective: 'lean-right' })];
    assert.deepEqual(countCoverage(list, DEFAULT_BRIEFING_OPTIONS), { left: 1, center: 0, right: 1, unknown: 0, blindspot: null });
  });
});
