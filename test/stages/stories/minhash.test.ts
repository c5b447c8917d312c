import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { minhashSignature, signatureSimilarity } from '../../../src/stages/stories/minhash-signature.ts';
import { MinhashIndex } from '../../../src/stages/stories/minhash-index.ts';

const words = (n: number, prefix = 'w') => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

describe('MinHash', () => {
  it('estimates Jaccard similarity of shingles within a few hundredths', () => {
    const a = minhashSignature(words(200))!;
    assert.equal(signatureSimilarity(a, minhashSignature(words(200))!), 1);
    assert.ok(signatureSimilarity(a, minhashSignature(words(200, 'v'))!) < 0.05);
    // 200 words vs the same with 20 changed at the end: 177 of 197+... shingles shared, J ≈ 0.83.
    const b = minhashSignature([...words(180), ...words(20, 'z')])!;
    assert.ok(Math.abs(signatureSimilarity(a, b) - 177 / 217) < 0.12);
  });

  it('gives no signature to a text too short to judge', () => {
    assert.equal(minhashSignature(words(10)), null);
  });

  it('finds the nearest indexed text above a threshold and forgets removed ones', () => {
    const index = new MinhashIndex();
    index.add('a', minhashSignature(words(300))!);
    index.add('b', minhashSignature(words(300, 'q'))!);
    const probe = minhashSignature([...words(295), 'x1', 'x2', 'x3', 'x4', 'x5'])!;
    assert.equal(index.nearest(probe, 0.8)?.articleId, 'a');
    index.remove('a');
    assert.equal(index.nearest(probe, 0.8), null);
  });
});
