// A sentence shown on its own drops a leading connective ("But", "However,") only when a whole
// sentence is left, and the briefing's text stays a verbatim slice of its article.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkProvenance, composeBriefing } from '../../../src/stages/briefings/index.ts';
import { withoutConnective, withoutTruncation } from '../../../src/stages/briefings/sentence-trim.ts';
import type { Briefing } from '../../../src/core/briefing.ts';
import { article } from './story-fixtures.ts';

/** The text `withoutConnective` leaves of a one-sentence text. */
function trimmed(text: string): string {
  const span = withoutConnective(text, { start: 0, end: text.length });
  return text.slice(span.start, span.end);
}

describe('withoutConnective', () => {
  it('drops a coordinator or a sentence adverb before a capital', () => {
    assert.equal(trimmed('But Democrats said the vote would go ahead on Friday.'), 'Democrats said the vote would go ahead on Friday.');
    assert.equal(trimmed('However, Trump signed the bill into law on Friday.'), 'Trump signed the bill into law on Friday.');
    assert.equal(trimmed('Meanwhile, “We will not back down,” the union said.'), '“We will not back down,” the union said.');
  });

  it('keeps a connective when the rest would start in lower case or be a fragment', () => {
    for (const text of ['But the vote was postponed until next week.', 'So far, nobody has been charged.', 'But Democrats objected.', 'However the Senate voted, the bill died.', 'Butler County officials closed the road on Monday.']) {
      assert.equal(trimmed(text), text);
    }
  });

  it('offsets a span that does not start at zero', () => {
    const text = 'The bridge closed. But Harbour officials said repairs would take weeks.';
    const span = withoutConnective(text, { start: 19, end: text.length });
    assert.equal(text.slice(span.start, span.end), 'Harbour officials said repairs would take weeks.');
  });
});

describe('composeBriefing with connectives', () => {
  it('shows the trimmed sentence with provenance pointing at exactly that text', () => {
    const articles = [
      article('c1', 'The Harbour Bridge closed on Monday after inspectors found cracks in two support cables. But City Hall said the repairs would take six weeks and cost millions.'),
      article('c2', 'City officials shut the Harbour Bridge on Monday when inspectors found cracked support cables. However, City Hall said the repairs would take six weeks.'),
      article('c3', 'Inspectors found cracks in two support cables of the Harbour Bridge on Monday. City Hall said repairs would take six weeks.'),
    ];
    const outcome = composeBriefing({ story: 'bridge', articles });
    assert.equal(outcome.kind, 'briefing');
    const b = (outcome as { briefing: Briefing }).briefing;
    assert.deepEqual(checkProvenance(b, articles), []);
    const all = [...b.whatHappened, ...b.whoSaidWhat, ...b.whatNext].map((s) => s.text);
    assert.ok(all.some((t) => t.startsWith('City Hall said the repairs')), all.join(' | '));
    assert.ok(all.every((t) => !/^(?:But|However,) /.test(t)), all.join(' | '));
  });
});

describe('withoutTruncation', () => {
  const last = (text: string): string | null => {
    const start = text.trimEnd().lastIndexOf('. ') + 2;
    const span = withoutTruncation(text, { start, end: text.trimEnd().length });
    return span === null ? null : text.slice(span.start, span.end);
  };

  it('ends a whole last sentence before the ellipsis an excerpt was cut with', () => {
    assert.equal(last('Powell served twice. He led the Joint Chiefs from 1989 to 1993.... '), 'He led the Joint Chiefs from 1989 to 1993.');
    assert.equal(last('The court ruled. The officers said "we are pleased."...'), 'The officers said "we are pleased."');
    assert.equal(last('The court ruled. The officers were pleased!...'), 'The officers were pleased!');
  });

  it('leaves out a last sentence that was itself cut off, and keeps an elision inside the text', () => {
    assert.equal(last('The case went on. Two officers were sued by the estate of a man whom they shot and killed after...'), null);
    assert.equal(last('The case went on. Two officers were sued after the shooting…'), null);
    const inside = 'He said the network "is lying ... and knows it." Then he left.';
    assert.deepEqual(withoutTruncation(inside, { start: 0, end: 48 }), { start: 0, end: 48 });
  });

  it('keeps cut-off sentences out of a briefing', () => {
    const cut = 'In the other case, two officers were sued by the estate of a man whom they shot and killed after...';
    const articles = [
      article('a', `The Supreme Court on Monday sided with police officers in two cases. The justices overturned two lower court rulings. ${cut}`, { outlet: 'A' }),
      article('b', 'The Supreme Court sided with police officers in two cases on Monday. Both cases involved officers sued over the use of force.', { outlet: 'B' }),
    ];
    const outcome = composeBriefing({ story: 's', articles });
    assert.equal(outcome.kind, 'briefing');
    const b = (outcome as { briefing: Briefing }).briefing;
    const texts = [b.standfirst, ...b.whatHappened, ...b.whoSaidWhat, ...b.whatNext].map((s) => (typeof s === 'string' ? s : s.text));
    assert.ok(texts.every((t) => !t.includes('killed after')), texts.join(' | '));
    assert.deepEqual(checkProvenance(b, articles), []);
  });
});
