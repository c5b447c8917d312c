// ROUGE and the Porter stemmer against hand-computed values and the algorithm paper's examples.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { rougeL, rougeN, rougeTokens } from '../../../src/stages/briefings/index.ts';
import { porterStem } from '../../../src/stages/briefings/porter-stemmer.ts';

describe('porterStem', () => {
  it('stems the examples of Porter (1980)', () => {
    const cases: Record<string, string> = { caresses: 'caress', ponies: 'poni', agreed: 'agre', plastered: 'plaster', motoring: 'motor', hopping: 'hop', filing: 'file', happy: 'happi', relational: 'relat', conditional: 'condit', vietnamization: 'vietnam', hopefulness: 'hope', formaliti: 'formal', electrical: 'electr', adjustment: 'adjust', adoption: 'adopt', generalizations: 'gener', controll: 'control', rate: 'rate', cease: 'ceas' };
    for (const [word, stem] of Object.entries(cases)) assert.equal(porterStem(word), stem, word);
  });
});

describe('ROUGE', () => {
  const ref = rougeTokens('the cat was found under the bed');
  const cand = rougeTokens('the cat was under the bed');
  it('ROUGE-1 counts clipped unigram matches', () => {
    const r = rougeN(cand, ref, 1);
    assert.equal(r.precision, 1);
    assert.equal(r.recall, 6 / 7);
  });
  it('ROUGE-2 counts bigram matches', () => {
    // Candidate bigrams: the cat, cat was, was under, under the, the bed (5); 4 in the reference's 6.
    const r = rougeN(cand, ref, 2);
    assert.equal(r.precision, 4 / 5);
    assert.equal(r.recall, 4 / 6);
  });
  it('summary-level ROUGE-L takes the union LCS over candidate sentences (Lin 2004, 3.2)', () => {
    // Lin's example: r = w1 w2 w3 w4 w5; c1 = w1 w2 w6 w7 w8; c2 = w1 w3 w8 w9 w5 -> union LCS w1 w2 w3 w5.
    const r = rougeL([['w1', 'w6', 'w7', 'w8'].slice(0, 0).concat(['w1', 'w2', 'w6', 'w7', 'w8']), ['w1', 'w3', 'w8', 'w9', 'w5']], [['w1', 'w2', 'w3', 'w4', 'w5']]);
    assert.equal(r.recall, 4 / 5);
  });
  it('stems only tokens longer than three letters, as ROUGE-1.5.5 does', () => {
    // Porter alone would make "was" "wa" and "has" "ha"; ROUGE-1.5.5 leaves short words as they are.
    assert.deepEqual(rougeTokens('Was HAS its Running ponies'), ['was', 'has', 'its', 'run', 'poni']);
  });
  it('scores nothing against nothing as 0, not NaN', () => {
    assert.deepEqual(rougeN([], [], 2), { precision: 0, recall: 0, f1: 0 });
  });
});
