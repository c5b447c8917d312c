// The composer on a small real-shaped story: provenance, quotes, wire copies, dates, coverage.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkProvenance, composeBriefing, quotationsIn, resolveRelativeDays, type BriefingArticle } from '../../../src/stages/briefings/index.ts';
import type { Briefing } from '../../../src/core/briefing.ts';
import { ferryStory } from './story-fixtures.ts';

/** Composes or fails the test. */
function brief(articles: readonly BriefingArticle[], story = 'ferry'): Briefing {
  const outcome = composeBriefing({ story, articles });
  assert.equal(outcome.kind, 'briefing');
  return (outcome as { briefing: Briefing }).briefing;
}

describe('composeBriefing on the ferry-strike story', () => {
  const articles = ferryStory();
  const b = brief(articles);
  const all = [...b.whatHappened, ...b.whoSaidWhat, ...b.whatNext];

  it('fills every part of the house format', () => {
    assert.equal(b.kicker, 'Speed Read');
    assert.ok(b.headline.split(' ').length >= 5);
    assert.ok(b.standfirst.length > 0);
    assert.ok(b.whatHappened.length >= 2 && b.whatHappened.length <= 4);
    assert.ok(b.whoSaidWhat.some((s) => s.role === 'quote'));
    assert.ok(b.whatNext.length >= 1);
  });

  it('gives every sentence a verbatim provenance', () => {
    assert.deepEqual(checkProvenance(b, articles), []);
    const texts = new Map(articles.map((a) => [a.id, a.text]));
    for (const s of all) for (const p of s.sources) assert.equal(texts.get(p.article)!.slice(p.start, p.end), s.text);
    assert.deepEqual(b.standfirstSources?.map((p) => texts.get(p.article)!.slice(p.start, p.end)), [b.standfirst]);
  });

  it('resolves the relative days of the standfirst as of its article, as for every sentence', () => {
    // The standfirst adds context to What happened (the critics' reading), here dated.
    const dated = articles.map((a) => (a.id === 'a2' ? { ...a, text: a.text.replace('Critics of the operator argue that', 'Critics of the operator argued on Wednesday that') } : a));
    const d = brief(dated);
    const source = dated.find((a) => a.id === d.standfirstSources?.[0]?.article)!;
    assert.match(d.standfirst, /Wednesday/);
    assert.deepEqual(d.standfirstDates, resolveRelativeDays(d.standfirst, source.published));
    assert.ok((d.standfirstDates ?? []).length > 0);
  });

  it('gives a standfirst that does not retell What happened in other words', () => {
    // "A strike by ferry crews shut down every crossing … on Tuesday" tells the lead fact again.
    assert.doesNotMatch(b.standfirst, /shut down every crossing/);
    assert.match(b.whatHappened.map((s) => s.text).join(' '), /halting every crossing/);
  });

  it('keeps quotes verbatim and names their speakers', () => {
    const quotes = b.whoSaidWhat.filter((s) => s.role === 'quote');
    for (const q of quotes) {
      assert.ok(q.speaker, 'a quote has a speaker');
      assert.ok(quotationsIn(q.text).length > 0);
    }
    assert.deepEqual(new Set(quotes.map((q) => q.speaker)).size, quotes.length, 'one quote per speaker');
  });

  it('counts the wire report and its verbatim reprint as one source, linking both', () => {
    assert.ok(b.notes.some((n) => /copies counted as one source/.test(n)));
    assert.ok(all.some((s) => s.sources.length === 2 && s.sources.some((p) => p.article === 'a1') && s.sources.some((p) => p.article === 'a4')));
  });

  it('resolves relative days against the article date', () => {
    const dated = all.flatMap((s) => (s.dates ?? []).map((d) => ({ word: s.text.slice(d.start, d.end), date: d.date })));
    // Published Wednesday 2026-03-04: "Tuesday" (past) is the 3rd, "Friday" (talks will resume) the 6th.
    assert.ok(dated.some((d) => d.word === 'Tuesday' && d.date === '2026-03-03'));
    assert.ok(dated.some((d) => d.word === 'Friday' && d.date === '2026-03-06'));
  });

  it('counts outlets by side and lists every article as a source', () => {
    assert.deepEqual(b.coverage, { left: 2, center: 1, right: 1, unknown: 0, blindspot: null });
    assert.deepEqual(b.sources.map((s) => s.article).sort(), ['a1', 'a2', 'a3', 'a4']);
    assert.equal(b.updated, '2026-03-04T13:00:00.000Z');
  });

  it('draws readings from more than one side of the spectrum', () => {
    const sides = new Set(b.whoSaidWhat.filter((s) => s.role === 'reading').map((s) => s.perspective));
    assert.ok(sides.size >= 2);
  });

  it('is deterministic and independent of nothing but its input', () => {
    assert.deepEqual(brief(ferryStory()), b);
  });

  it('names the people the story shares for related stories', () => {
    assert.ok(b.terms?.includes('Blue Line Ferries') || b.terms?.includes('Dana Okafor'), JSON.stringify(b.terms));
  });
});

describe('composeBriefing on bad input', () => {
  it('refuses a story without articles, or without text', () => {
    assert.deepEqual(composeBriefing({ story: 's', articles: [] }), { kind: 'refused', story: 's', reason: 'the story has no articles' });
    const empty = ferryStory().map((a) => ({ ...a, text: '  ' }));
    assert.equal(composeBriefing({ story: 's', articles: empty }).kind, 'refused');
  });

  it('briefs a single article and says it has nothing to compare', () => {
    const b = brief([ferryStory()[2]!]);
    assert.ok(b.notes.some((n) => n.startsWith('one article')));
    assert.deepEqual(checkProvenance(b, ferryStory()), []);
  });

  it('leaves out What next? rather than inventing one', () => {
    const past = ferryStory().map((a) => ({ ...a, text: a.text.split(/(?<=\.)\s+/).filter((s) => !/will|expected|threat|next/i.test(s)).join(' ') }));
    const b = brief(past.map((a) => ({ ...a, quotes: [] })));
    assert.deepEqual(b.whatNext, []);
    assert.ok(b.notes.some((n) => n.includes('no What next?')));
    assert.ok(b.notes.some((n) => n.includes('no direct quote')));
  });

  it('leaves relative days unresolved when no article has a date', () => {
    const b = brief(ferryStory().map((a) => ({ ...a, published: null })));
    assert.ok([...b.whatHappened, ...b.whatNext].every((s) => !s.dates));
    assert.equal(b.updated, null);
    assert.ok(b.notes.some((n) => n.includes('no article has a date')));
  });

  it('counts duplicate texts as one source', () => {
    const a = ferryStory()[0]!;
    const b = brief([a, { ...a, id: 'copy', outlet: 'Reprinter' }]);
    assert.ok(b.notes.some((n) => n.includes('one source')));
    assert.ok(b.whatHappened.every((s) => s.sources.length === 2));
  });

  it('briefs a story in two languages in its main language', () => {
    const french = { ...ferryStory()[0]!, id: 'fr', language: 'fr', text: 'Les marins des ferries ont cessé le travail mardi, interrompant toutes les traversées vers les îles.' };
    const b = brief([...ferryStory(), french]);
    assert.ok(b.notes.some((n) => n.includes('main language')));
    assert.ok(!b.sources.some((s) => s.article === 'fr'));
  });

  it('flags a blindspot when one side barely covers a widely covered story', () => {
    const base = ferryStory()[2]!;
    const right = ['R1', 'R2', 'R3', 'R4', 'R5'].map((o, i) => ({ ...base, id: `r${i}`, outlet: o, perspective: 'right' as const, text: `${base.text} Report ${i}.` }));
    const b = brief([...right, { ...ferryStory()[1]!, perspective: 'centre' }]);
    assert.equal(b.coverage.blindspot, 'left');
  });
});
