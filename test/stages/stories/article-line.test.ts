import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseArticleLine, parseWindow } from '../../../src/stages/stories/index.ts';

describe('parseArticleLine', () => {
  it('reads the fields and ignores unknown ones', () => {
    const a = parseArticleLine('{"id":"x","outlet":"O","title":"T","text":"body","published":"2021-04-22","story":"gold"}', 1);
    assert.deepEqual(a, { id: 'x', outlet: 'O', title: 'T', text: 'body', publishedAt: Date.UTC(2021, 3, 22), url: null });
  });

  it('takes missing fields as null and a numeric id as a string', () => {
    assert.deepEqual(parseArticleLine('{"id":7}', 1), { id: '7', outlet: null, title: null, text: '', publishedAt: null, url: null });
  });

  for (const [line, reason] of [
    ['not json', /line 3: not JSON/],
    ['[1,2]', /line 3: not a JSON object/],
    ['{"title":"t"}', /line 3: "id" must be a non-empty string/],
    ['{"id":"x","text":5}', /line 3: "text" must be a string or null/],
    ['{"id":"x","published":"yesterday"}', /line 3: "published" is not a date/],
  ] as const) {
    it(`names the line and the reason: ${line}`, () => {
      assert.throws(() => parseArticleLine(line, 3), (err: Error & { code?: string }) => err.code === 'stories/invalid-line' && reason.test(err.message));
    });
  }
});

describe('parseWindow', () => {
  it('reads minutes, hours, days and weeks', () => {
    assert.equal(parseWindow('7d'), 7 * 86_400_000);
    assert.equal(parseWindow('36h'), 36 * 3_600_000);
    assert.equal(parseWindow('90m'), 90 * 60_000);
    assert.equal(parseWindow('2w'), 14 * 86_400_000);
  });

  it('refuses other forms', () => {
    for (const bad of ['7', '0d', '-1d', 'week']) assert.throws(() => parseWindow(bad), { code: 'stories/invalid-window' });
  });
});
