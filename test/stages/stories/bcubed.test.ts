import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { bcubed } from '../../../eval/stories.ts';

describe('B-cubed', () => {
  it('is 1 for a perfect clustering whatever the labels', () => {
    assert.deepEqual(bcubed(['x', 'x', 'y'], ['a', 'a', 'b']), { precision: 1, recall: 1, f1: 1 });
  });

  it('matches a worked example', () => {
    // Gold {1,2,3} {4}; predicted {1,2} {3,4}: precision (1+1+.5+.5)/4, recall (2/3+2/3+1/3+1)/4.
    const r = bcubed(['p', 'p', 'q', 'q'], ['a', 'a', 'a', 'b']);
    assert.equal(r.precision, 0.75);
    assert.ok(Math.abs(r.recall - 2.6666666 / 4) < 1e-6);
  });

  it('is all singletons: precision 1, recall by story size', () => {
    const r = bcubed(['1', '2', '3'], ['a', 'a', 'a']);
    assert.equal(r.precision, 1);
    assert.ok(Math.abs(r.recall - 1 / 3) < 1e-9);
  });
});
