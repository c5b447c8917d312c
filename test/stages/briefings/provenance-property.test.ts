// Property: whatever the articles, every sentence of the briefing is a verbatim slice of a
// source at its offsets, quotes included, and the same input gives the same briefing.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkProvenance, composeBriefing, quotationsIn } from '../../../src/stages/briefings/index.ts';
import { article } from './story-fixtures.ts';

const WORDS = ['the', 'minister', 'said', 'council', 'will', 'vote', 'on', 'Monday', 'after', 'talks', 'Smith', 'Jones', 'strike', 'ferry', 'union', 'next', 'week', 'budget', 'cuts', '4%', 'U.S.', 'Mr.', 'expected', 'to', 'resume'];
const sentence = fc
  .tuple(fc.array(fc.constantFrom(...WORDS), { minLength: 3, maxLength: 18 }), fc.constantFrom('.', '!', '?', '...', ''), fc.boolean(), fc.constantFrom('', '"', '“'))
  .map(([words, end, quoted, mark]) => {
    const body = `${words.join(' ')}${end}`;
    const text = body.charAt(0).toUpperCase() + body.slice(1);
    return quoted && mark ? `${mark}${text}${mark === '“' ? '”' : '"'} Smith said.` : text;
  });
const text = fc.array(fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(' ')), { minLength: 1, maxLength: 3 }).map((p) => p.join('\n\n'));
const dates = fc.option(fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString()));
const story = fc.array(fc.tuple(text, dates, fc.constantFrom('left', 'centre', 'right', 'unknown' as const), fc.boolean()), { minLength: 1, maxLength: 6 }).map((list) =>
  list.map(([t, published, perspective, copy], i) => article(`a${i}`, copy && i > 0 ? `${t}` : t, { published, perspective, language: 'en' })),
);

describe('briefing provenance (property)', () => {
  it('every sentence and quote is a verbatim slice of a source', () => {
    fc.assert(
      fc.property(story, (articles) => {
        const outcome = composeBriefing({ story: 's', articles });
        if (outcome.kind === 'refused') return;
        const b = outcome.briefing;
        assert.deepEqual(checkProvenance(b, articles), []);
        const texts = new Map(articles.map((a) => [a.id, a.text]));
        for (const s of [...b.whatHappened, ...b.whoSaidWhat, ...b.whatNext]) {
          assert.ok(s.sources.length > 0);
          for (const p of s.sources) assert.equal(texts.get(p.article)!.slice(p.start, p.end), s.text);
          for (const q of quotationsIn(s.text)) assert.ok(texts.get(s.sources[0]!.article)!.includes(q));
          for (const d of s.dates ?? []) assert.ok(d.end <= s.text.length && /^\d{4}-\d{2}-\d{2}$/.test(d.date));
        }
        assert.deepEqual(composeBriefing({ story: 's', articles }), outcome);
      }),
      { numRuns: 150 },
    );
  });
});
