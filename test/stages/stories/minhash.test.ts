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

  it('keeps buckets in arrival order through removals and reused slots, over many articles', () => {
    const index = new MinhashIndex();
    const text = words(300);
    // Three copies share every band: the first to come wins a tie.
    for (const id of ['c1', 'c2', 'c3']) index.add(id, minhashSignature(text)!);
    for (let i = 0; i < 500; i++) index.add(`other${i}`, minhashSignature(words(40, `o${i}x`))!);
    const probe = minhashSignature(text)!;
    assert.deepEqual(index.nearest(probe, 0.8), { articleId: 'c1', similarity: 1 });
    index.remove('c2');
    index.remove('c1');
    assert.equal(index.nearest(probe, 0.8)?.articleId, 'c3', 'the chain skips removed articles');
    for (let i = 0; i < 500; i += 2) index.remove(`other${i}`);
    index.add('c4', minhashSignature(text)!);
    assert.equal(index.nearest(probe, 0.8)?.articleId, 'c3', 'a later copy, in a reused slot, comes after');
    index.remove('c3');
    assert.equal(index.nearest(probe, 0.8)?.articleId, 'c4');
    assert.equal(index.nearest(minhashSignature(words(40, 'o7x'))!, 0.8)?.articleId, 'other7');
    assert.equal(index.nearest(minhashSignature(words(40, 'o8x'))!, 0.8), null);
    const near = [...words(290), 'y1', 'y2', 'y3', 'y4', 'y5', 'y6', 'y7', 'y8', 'y9', 'y10'];
    index.add('c5', minhashSignature(near)!);
    assert.equal(index.nearest(minhashSignature(near)!, 0.8)?.articleId, 'c5', 'the most similar, not the first found');
  });
});
