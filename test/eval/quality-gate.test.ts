import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { gateFailures, raiseFloors, NOISE_MARGIN } from '../../eval/quality-gate.ts';

const report = (metrics: Record<string, number>, corpusHash = 'abc') => ({ name: 'x', corpusHash, metrics });

describe('quality gate', () => {
  it('passes at or above a floor and within the noise margin, fails below it', () => {
    const pinned = { corpusHash: 'abc', floors: { f1: 0.9 } };
    assert.deepEqual(gateFailures(report({ f1: 0.95 }), pinned), []);
    assert.deepEqual(gateFailures(report({ f1: 0.9 - NOISE_MARGIN / 2 }), pinned), []);
    assert.match(gateFailures(report({ f1: 0.88 }), pinned)[0] ?? '', /below its floor/);
    assert.match(gateFailures(report({}), pinned)[0] ?? '', /not measured/);
  });

  it('fails when the corpus changed since pinning', () => {
    assert.match(gateFailures(report({ f1: 1 }, 'other'), { corpusHash: 'abc', floors: { f1: 0.5 } })[0] ?? '', /corpus changed/);
  });

  it('raises floors freely but lowers one only with allowLower', () => {
    const pinned = { corpusHash: 'abc', floors: { f1: 0.9, p: 0.5 } };
    const up = raiseFloors(report({ f1: 0.95678, p: 0.4 }), pinned, false);
    assert.equal(up.pinned.floors.f1, 0.956);
    assert.equal(up.pinned.floors.p, 0.5);
    assert.equal(up.refused.length, 1);
    const down = raiseFloors(report({ f1: 0.95, p: 0.4 }), pinned, true);
    assert.equal(down.pinned.floors.p, 0.4);
    assert.equal(down.refused.length, 0);
  });
});
