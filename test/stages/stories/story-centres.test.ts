import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BODY, HEAD, NAMES, StoryCentres, type ArticleProbe, type ChannelLinks } from '../../../src/stages/stories/story-centres.ts';
import type { TermVector } from '../../../src/stages/stories/sparse-vector.ts';
import { CandidateIndex } from '../../../src/stages/stories/candidate-index.ts';
import { StoryState, type MemberArticle } from '../../../src/stages/stories/story-state.ts';
import { TermTable } from '../../../src/stages/stories/term-table.ts';

const table = new TermTable();

/** A unit vector from term weights, over the ids of `table`. */
function unit(entries: Record<string, number>): TermVector {
  const norm = Math.sqrt(Object.values(entries).reduce((s, w) => s + w * w, 0));
  return { ids: Object.keys(entries).map((t) => table.idOf(t)), weights: Object.values(entries).map((w) => w / norm) };
}

function dot(a: TermVector, b: TermVector): number {
  let sum = 0;
  a.ids.forEach((t, i) => {
    const j = b.ids.indexOf(t);
    if (j >= 0) sum += a.weights[i]! * b.weights[j]!;
  });
  return sum;
}

/** The probe of an article whose body holds every head and name term. */
function probe(head: TermVector, body: TermVector, names: TermVector): ArticleProbe {
  const at = (v: TermVector) => body.ids.map((t) => (v.ids.includes(t) ? v.weights[v.ids.indexOf(t)]! : 0));
  return { terms: body.ids, head: at(head), body: [...body.weights], names: at(names), nameCount: names.ids.length };
}

const links = (): ChannelLinks => ({ head: 0, body: 0, names: 0 });

/** Window articles m0, m1… (time = position) with the given body weights, counted in a table of their own. */
function prunedStory(bodies: Record<string, number>[]) {
  const terms = new TermTable();
  const vector = (entries: Record<string, number>): TermVector => {
    const norm = Math.sqrt(Object.values(entries).reduce((sum, w) => sum + w * w, 0));
    return { ids: Object.keys(entries).map((t) => terms.idOf(t)), weights: Object.values(entries).map((w) => w / norm) };
  };
  const members = bodies.map((body, time): MemberArticle => {
    const v = vector(body);
    return { id: `m${time}`, outlet: null, title: null, time, dfTerms: v.ids, head: v, body: v, entities: vector({}), inCentres: true, centreStamp: 0, canonicalUrl: null, duplicateOf: null };
  });
  for (const m of members) terms.addDocument(m.dfTerms);
  return { terms, vector, members };
}
const articles = [
  { head: unit({ bridge: 2, council: 1 }), body: unit({ bridge: 3, council: 2, repair: 1, ortiz: 1 }), names: unit({ ortiz: 1 }) },
  { head: unit({ bridge: 1, vote: 1 }), body: unit({ bridge: 2, vote: 2, repair: 1, hall: 1 }), names: unit({ hall: 1 }) },
  { head: unit({ flood: 1 }), body: unit({ flood: 3, river: 1, ortiz: 1 }), names: unit({ ortiz: 1 }) },
];

describe('StoryCentres', () => {
  it('scores an article in one walk as the mean cosine to the members, per channel', () => {
    const centres = new StoryCentres(300, table);
    centres.add(articles[0]!.head, articles[0]!.body, articles[0]!.names);
    centres.add(articles[1]!.head, articles[1]!.body, articles[1]!.names);
    const a = articles[2]!;
    const got = centres.linkage(probe(a.head, a.body, a.names), 1, links());
    const mean = (channel: 'head' | 'body' | 'names') => (dot(a[channel], articles[0]![channel]) + dot(a[channel], articles[1]![channel])) / 2;
    assert.ok(Math.abs(got.head - mean('head')) < 1e-12);
    assert.ok(Math.abs(got.body - mean('body')) < 1e-12);
    assert.ok(Math.abs(got.names - mean('names')) < 1e-12);
    assert.ok(got.body > 0 && got.names > 0);
    assert.equal(centres.size(NAMES), 2);
    assert.equal(centres.size(HEAD), 3);
    assert.equal(centres.size(BODY), 6);
  });

  it('forgets an article that leaves: the centres are as if it had never come', () => {
    const one = new StoryCentres(300, table);
    const two = new StoryCentres(300, table);
    const stamps = articles.slice(0, 2).map((a) => one.add(a.head, a.body, a.names));
    two.add(articles[0]!.head, articles[0]!.body, articles[0]!.names);
    one.remove(articles[1]!.head, articles[1]!.body, articles[1]!.names, stamps[1]!);
    const a = articles[2]!;
    assert.deepEqual(one.linkage(probe(a.head, a.body, a.names), 1, links()), two.linkage(probe(a.head, a.body, a.names), 1, links()));
    assert.equal(one.size(BODY), two.size(BODY));
    assert.ok(Math.abs(one.cosine(HEAD, articles[0]!.head) - 1) < 1e-12);
  });

  it('merges two stories into the centres of all their articles', () => {
    const merged = new StoryCentres(300, table);
    const other = new StoryCentres(300, table);
    const together = new StoryCentres(300, table);
    merged.add(articles[0]!.head, articles[0]!.body, articles[0]!.names);
    other.add(articles[1]!.head, articles[1]!.body, articles[1]!.names);
    merged.absorb(other);
    for (const a of articles.slice(0, 2)) together.add(a.head, a.body, a.names);
    const a = articles[2]!;
    assert.deepEqual(merged.linkage(probe(a.head, a.body, a.names), 1, links()), together.linkage(probe(a.head, a.body, a.names), 1, links()));
  });

  it('gives a story that left its arrays cleared to the next one', () => {
    const gone = new StoryCentres(300, table);
    for (const a of articles) gone.add(a.head, a.body, a.names);
    gone.dispose();
    const next = new StoryCentres(300, table);
    const fresh = new StoryCentres(300, table);
    for (const centres of [next, fresh]) centres.add(articles[2]!.head, articles[2]!.body, articles[2]!.names);
    const a = articles[0]!;
    assert.deepEqual(next.linkage(probe(a.head, a.body, a.names), 1, links()), fresh.linkage(probe(a.head, a.body, a.names), 1, links()));
    assert.equal(next.size(BODY), 3);
    assert.equal(next.cosine(BODY, unit({ bridge: 1, council: 1 })), 0, 'nothing left of the stories before');
  });

  it('subtracts exactly what a leaving article added, also from pruned centres', () => {
    const { terms, vector, members } = prunedStory([{ common: 5, tide: 0.5 }, { common: 5, a1: 1 }, { common: 5, a2: 1 }, { common: 5, a3: 1 }, { common: 5, tide: 3 }]);
    // Two terms kept (pruned beyond four): "tide" of the first article is pruned by the fourth and
    // comes back with the fifth; subtracting the first must not take the fifth's weight away.
    const story = new StoryState('s', 'eng', 0, 0, 2, terms);
    for (const m of members) {
      story.addMember(m);
      m.centreStamp = story.centres.add(m.head, m.body, m.entities);
    }
    assert.deepEqual(story.dropBefore(1).map((m) => m.id), ['m0']);
    assert.equal(story.centres.exact, true);
    const weight = (m: MemberArticle, term: string) => m.body.weights[m.body.ids.indexOf(terms.idOf(term))]!;
    const common = members.slice(1).reduce((sum, m) => sum + weight(m, 'common'), 0);
    const ratio = story.centres.cosine(BODY, vector({ tide: 1 })) / story.centres.cosine(BODY, vector({ common: 1 }));
    assert.ok(Math.abs(ratio - weight(members[4]!, 'tide') / common) < 1e-12, 'the fifth article\'s weight for "tide", all of it');
    assert.ok(story.centres.cosine(BODY, vector({ a1: 1 })) > 0, 'the second article\'s kept term stays');
    assert.equal(story.centres.size(BODY), 3);
  });

  it('sums a story\'s window articles again when old ones leave after a merge with pruned centres', () => {
    const { terms, vector, members } = prunedStory([{ common: 5, tide: 0.5 }, { common: 5, a1: 1 }, { common: 5, a2: 1 }, { common: 5, a3: 1 }, { common: 5, storm: 2 }]);
    const story = new StoryState('s', 'eng', 0, 0, 2, terms);
    const other = new StoryCentres(2, terms);
    for (const m of members.slice(0, 4)) {
      story.addMember(m);
      m.centreStamp = story.centres.add(m.head, m.body, m.entities);
    }
    const joining = members[4]!;
    joining.centreStamp = other.add(joining.head, joining.body, joining.entities);
    story.centres.absorb(other);
    story.addMember(joining);
    assert.equal(story.centres.exact, false, 'the pruned side\'s slots may lack some of its articles');
    story.dropBefore(1);
    assert.equal(story.centres.exact, true);
    const fresh = new StoryCentres(2, terms);
    for (const m of members.slice(1)) fresh.add(m.head, m.body, m.entities);
    for (const probe of [vector({ tide: 1 }), vector({ common: 1 }), vector({ a1: 1, storm: 1 })]) {
      assert.ok(Math.abs(story.centres.cosine(BODY, probe) - fresh.cosine(BODY, probe)) < 1e-12);
    }
    assert.equal(story.centres.size(BODY), fresh.size(BODY));
  });

  it('keeps only the heaviest terms of a long-running story', () => {
    const centres = new StoryCentres(4, table);
    for (let i = 0; i < 5; i++) centres.add(unit({ [`h${i}`]: 1 }), unit({ common: 5, [`rare${i}`]: 1, [`h${i}`]: 1 }), unit({}));
    assert.ok(centres.size(BODY) <= 8);
    assert.ok(centres.cosine(BODY, unit({ common: 1 })) > 0.9);
  });
});

describe('CandidateIndex', () => {
  it('ranks stories by the weight of the terms they share and leaves out a term most stories list', () => {
    const terms = new TermTable();
    const id = (term: string) => terms.idOf(term);
    const index = new CandidateIndex(terms);
    const stories = Array.from({ length: 300 }, (_, i) => new StoryState(`s${i}`, 'eng', i, 0, 10, terms));
    // Every story lists "trump"; each also its own term.
    stories.forEach((s, i) => index.add(s, [id('trump'), id(`topic${i}`)]));
    const found = index.lookup([id('topic7'), id('topic3'), id('trump')], [0.5, 0.4, 0.9], 'eng', 5);
    assert.deepEqual(found.map((s) => s.id), ['s7', 's3'], 'the term listed by all 300 stories is not walked');
    const few = new CandidateIndex(terms);
    const three = Array.from({ length: 3 }, (_, i) => new StoryState(`s${i}`, 'eng', i, 0, 10, terms));
    three.forEach((s, i) => few.add(s, [id('trump'), id(`topic${i}`)]));
    assert.deepEqual(few.lookup([id('topic1'), id('trump')], [0.5, 0.9], 'eng', 5).map((s) => s.id), ['s1', 's0', 's2'], 'in a small window every term counts; ties in listing order');
    assert.deepEqual(few.lookup([id('topic1')], [0.5], 'fra', 5), [], 'only stories in the same language');
    assert.deepEqual(few.lookup([id('topic1'), id('trump')], [2, 0.5], 'eng', 5, 0.35).map((s) => s.id), ['s1'], 'a story sharing only a light term is not a candidate');
    assert.deepEqual(few.lookup([id('topic1'), id('trump')], [1, 0.9], 'eng', 5, 0.35).map((s) => s.id), ['s1', 's0', 's2']);
  });

  it('lists a story under a term while one of its window articles has it, and unlists it when the last one leaves', () => {
    const terms = new TermTable();
    const id = (term: string) => terms.idOf(term);
    const index = new CandidateIndex(terms);
    const story = new StoryState('s0', 'eng', 0, 0, 10, terms);
    const other = new StoryState('s1', 'eng', 1, 0, 10, terms);
    const first = [id('verdict'), id('jury')];
    const second = [id('jury'), id('appeal')];
    index.add(story, first);
    index.add(story, second);
    index.add(other, [id('appeal')]);
    assert.equal(index.terms, 3);
    index.unlist(story, first);
    assert.equal(terms.term(first[0]!), '', 'the id of "verdict" is free again');
    assert.deepEqual(index.lookup([id('verdict')], [1], 'eng', 5), [], 'only the departed article had "verdict"');
    assert.deepEqual(index.lookup([id('jury')], [1], 'eng', 5).map((s) => s.id), ['s0'], 'the second article still has "jury"');
    assert.deepEqual([...story.indexedTerms.keys()].map((t) => terms.term(t)), ['jury', 'appeal']);
    index.unlist(story, second);
    assert.equal(story.indexedTerms.size, 0);
    assert.deepEqual(index.lookup([id('appeal'), id('jury')], [1, 1], 'eng', 5).map((s) => s.id), ['s1'], 'the story is listed nowhere');
    assert.equal(index.terms, 1);
    index.add(story, [id('jury')]);
    assert.deepEqual(index.lookup([id('jury')], [1], 'eng', 5).map((s) => s.id), ['s0'], 'and can be listed again');
  });

  it('adds up the listings of two stories that merge', () => {
    const terms = new TermTable();
    const id = (term: string) => terms.idOf(term);
    const index = new CandidateIndex(terms);
    const into = new StoryState('s0', 'eng', 0, 0, 10, terms);
    const from = new StoryState('s1', 'eng', 1, 0, 10, terms);
    index.add(into, [id('storm'), id('levee')]);
    index.add(from, [id('levee'), id('pumps')]);
    index.absorb(into, from);
    assert.deepEqual([...into.indexedTerms].map(([t, n]) => [terms.term(t), n]), [['storm', 1], ['levee', 2], ['pumps', 1]]);
    assert.equal(from.indexedTerms.size, 0);
    index.unlist(into, [id('levee'), id('pumps')]);
    assert.deepEqual(index.lookup([id('levee')], [1], 'eng', 5).map((s) => s.id), ['s0'], 'one article of the two still has "levee"');
    assert.deepEqual(index.lookup([id('pumps')], [1], 'eng', 5), []);
  });
});

describe('TermTable', () => {
  it('keeps a term id while anything holds it and reuses it once nothing does', () => {
    const terms = new TermTable();
    const bridge = terms.idOf('bridge');
    const vote = terms.idOf('vote');
    assert.equal(terms.idOf('bridge'), bridge, 'one id per term');
    terms.addDocument([bridge, vote]);
    terms.addDocument([bridge]);
    assert.equal(terms.count(bridge), 2);
    assert.ok(terms.idf(vote) > terms.idf(bridge), 'a rarer term weighs more');
    const index = new CandidateIndex(terms);
    const story = new StoryState('s0', 'eng', 0, 0, 10, terms);
    index.add(story, [vote]);
    terms.removeDocument([bridge, vote]);
    terms.removeDocument([bridge]);
    assert.equal(terms.vocabulary, 0);
    assert.equal(terms.term(vote), 'vote', 'still listed in the index, so still known');
    assert.equal(terms.term(bridge), '', 'held by nothing, so free');
    assert.equal(terms.idOf('flood'), bridge, 'a new term takes the freed id');
    index.remove(story);
    assert.equal(terms.term(vote), '');
    assert.equal(terms.size, 1);
  });

  it('lets go of a centre\'s terms when its weights leave or the story goes', () => {
    const terms = new TermTable();
    const centres = new StoryCentres(300, terms);
    const vector = (entries: Record<string, number>): TermVector => ({ ids: Object.keys(entries).map((t) => terms.idOf(t)), weights: Object.values(entries) });
    const a = { head: vector({ bridge: 1 }), body: vector({ bridge: 0.8, repair: 0.6 }), names: vector({}) };
    const b = { head: vector({ flood: 1 }), body: vector({ flood: 1 }), names: vector({}) };
    const stamp = centres.add(a.head, a.body, a.names);
    centres.add(b.head, b.body, b.names);
    assert.equal(terms.size, 3);
    centres.remove(a.head, a.body, a.names, stamp);
    assert.equal(terms.size, 1, 'the terms only the removed article had are free');
    centres.dispose();
    assert.equal(terms.size, 0);
  });
});
