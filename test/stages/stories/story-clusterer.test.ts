import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { StoryArticle } from '../../../src/core/story.ts';
import { parseArticleLine, StoryClusterer } from '../../../src/stages/stories/index.ts';

const fixtures = new URL('../../fixtures/stories/', import.meta.url);
const lines = readFileSync(new URL('articles.jsonl', fixtures), 'utf8').trim().split('\n');
const articles = lines.map((line, i) => parseArticleLine(line, i + 1));
const DAY = 86_400_000;

function article(id: string, title: string, text: string, extra: Partial<StoryArticle> = {}): StoryArticle {
  return { id, outlet: null, title, text, publishedAt: Date.UTC(2031, 2, 4), ...extra };
}

describe('StoryClusterer', () => {
  it('gathers the fixture into its two stories, named after their first article', () => {
    const clusterer = new StoryClusterer();
    const got = articles.map((a) => ({ id: a.id, story: clusterer.assign(a).storyId }));
    const expected = readFileSync(new URL('expected.jsonl', fixtures), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(got, expected);
    const bridge = clusterer.story('a1')!;
    assert.deepEqual(bridge.articleIds, ['a1', 'a2', 'a3']);
    assert.deepEqual(bridge.outlets, ['Daily Planet', 'Morning Ledger', 'Wire Service']);
    assert.equal(bridge.multiSource, true);
    assert.equal(bridge.firstSeen, Date.UTC(2031, 2, 4));
    assert.equal(bridge.lastSeen, Date.UTC(2031, 2, 5));
    assert.ok(bridge.headline?.includes('Kestrel Harbor') || bridge.headline?.includes('bridge'));
  });

  it('is deterministic: the same stream gives the same answers', () => {
    const run = () => {
      const c = new StoryClusterer();
      return articles.map((a) => c.assign(a));
    };
    assert.deepEqual(run(), run());
  });

  it('links a wire copy to its original as a near-duplicate in the same story', () => {
    const clusterer = new StoryClusterer();
    const original = articles[0]!;
    clusterer.assign(original);
    const copy = { ...original, id: 'copy', outlet: 'Reprint Daily', text: `${original.text}\n\nCopyright Wire Service.` };
    const result = clusterer.assign(copy);
    assert.equal(result.duplicateOf, 'a1');
    assert.equal(result.duplicateKind, 'near-duplicate');
    assert.equal(result.storyId, 'a1');
    // Copies of one wire story count as one source.
    assert.equal(clusterer.story('a1')!.multiSource, false);
  });

  it('links the same page under a tracking-parameter URL by canonical URL', () => {
    const clusterer = new StoryClusterer();
    clusterer.assign({ ...articles[1]!, url: 'https://farm.example/frost' });
    const result = clusterer.assign(article('other', 'Completely different words', 'Nothing alike at all here.', { url: 'https://farm.example/frost?utm_source=x' }));
    assert.equal(result.duplicateOf, 'b1');
    assert.equal(result.duplicateKind, 'canonical-url');
  });

  it('answers a repeated id with the earlier story and adds nothing', () => {
    const clusterer = new StoryClusterer();
    for (const a of articles) clusterer.assign(a);
    const again = clusterer.assign(articles[2]!);
    assert.equal(again.repeated, true);
    assert.equal(again.storyId, 'a1');
    assert.equal(clusterer.story('a1')!.articleIds.length, 3);
  });

  it('lets an empty article stand alone without attracting others', () => {
    const clusterer = new StoryClusterer();
    const empty = clusterer.assign(article('empty', '', ''));
    assert.equal(empty.note, 'empty');
    assert.equal(empty.isNewStory, true);
    assert.equal(clusterer.assign(articles[0]!).storyId, 'a1');
  });

  it('clusters only within one language', () => {
    const clusterer = new StoryClusterer();
    clusterer.assign(articles[0]!);
    const french = clusterer.assign(article('fr', 'Le pont du port de Kestrel fermé après le choc d’un cargo',
      'Le pont du port de Kestrel a été fermé mardi après que le cargo Marlow Star a heurté une de ses piles dans un épais brouillard, a indiqué l’autorité portuaire. Les ingénieurs de l’institut Halvorsen examinent les dégâts.'));
    assert.equal(french.language, 'fra');
    assert.equal(french.isNewStory, true);
  });

  it('takes an undated article as happening at the latest time seen', () => {
    const clusterer = new StoryClusterer();
    clusterer.assign(articles[0]!);
    const undated = clusterer.assign({ ...articles[2]!, publishedAt: null });
    assert.equal(undated.storyId, 'a1');
    assert.equal(clusterer.story('a1')!.lastSeen, articles[0]!.publishedAt);
  });

  it('forgets stories older than the window, so memory follows the window', () => {
    const clusterer = new StoryClusterer({ windowMs: 7 * DAY });
    clusterer.assign(articles[0]!);
    const later = clusterer.assign({ ...articles[2]!, publishedAt: articles[0]!.publishedAt! + 10 * DAY });
    assert.equal(later.isNewStory, true);
    assert.equal(clusterer.story('a1'), null);
    assert.equal(clusterer.stats().articles, 1);
  });

  it('frees the ids of words that left the window, so the term table follows the window', () => {
    const clusterer = new StoryClusterer({ windowMs: 2 * DAY });
    const start = Date.UTC(2031, 0, 1);
    // Each day brings words of its own (one recurring story, plus daily one-off ones).
    const peaks: number[] = [];
    for (let day = 0; day < 30; day++) {
      for (let i = 0; i < 5; i++) {
        const words = Array.from({ length: 12 }, (_, w) => `d${day}w${i}x${w}`).join(' ');
        clusterer.assign(article(`d${day}-${i}`, `Harbor bridge repair ${words}`, `The harbor bridge council voted again. ${words}.`, { publishedAt: start + day * DAY + i * 3_600_000 }));
      }
      peaks.push(clusterer.stats().termIds);
    }
    const { termIds, vocabulary } = clusterer.stats();
    assert.ok(termIds >= vocabulary && vocabulary > 0);
    assert.ok(termIds < 5 * 12 * 4, `ids in use ${termIds}: about three days of words, not thirty`);
    assert.ok(Math.max(...peaks.slice(10)) <= Math.max(...peaks.slice(0, 10)) + 30, 'no growth with history');
  });

  it('keeps a story that never ends to its window articles: index terms, centres and term ids stay flat', () => {
    const clusterer = new StoryClusterer({ windowMs: 2 * DAY });
    const start = Date.UTC(2031, 0, 1);
    // One trial, covered five times a day for 30 days: the same core words, and each article's
    // own fresh ones (which weigh most, so they are among its index terms).
    const core = 'harbor bridge repair council vote kestrel cargo marlow pylon engineers';
    const daily: { indexedTerms: number; termIds: number }[] = [];
    for (let day = 0; day < 30; day++) {
      for (let i = 0; i < 5; i++) {
        const fresh = Array.from({ length: 6 }, (_, w) => `d${day}w${i}x${w}`).join(' ');
        const placed = clusterer.assign(article(`d${day}-${i}`, `Harbor bridge repair ${fresh.split(' ').slice(0, 2).join(' ')}`, `${core} ${core}. ${fresh}.`, { outlet: `o${i}`, publishedAt: start + day * DAY + i * 3_600_000 }));
        assert.equal(placed.storyId, 'd0-0', 'one story all along, under its first id');
      }
      daily.push(clusterer.stats());
    }
    const { stories, articles: inWindow, vocabulary, indexedTerms, termIds } = clusterer.stats();
    assert.equal(stories, 1);
    assert.ok(inWindow <= 15, `${inWindow} articles: about two days of coverage`);
    assert.equal(termIds, vocabulary, 'every term id in use is a word of a window article (none held for departed ones)');
    assert.ok(indexedTerms <= vocabulary, `${indexedTerms} indexed terms for ${vocabulary} window terms`);
    const most = (from: number, to: number, key: 'indexedTerms' | 'termIds') => Math.max(...daily.slice(from, to).map((d) => d[key]));
    for (const key of ['indexedTerms', 'termIds'] as const) assert.ok(most(10, 30, key) <= most(0, 10, key), `${key} do not grow with history`);
  });

  it('bounds an undated stream by maxWindowArticles', () => {
    const clusterer = new StoryClusterer({ maxWindowArticles: 50 });
    for (let i = 0; i < 200; i++) clusterer.assign(article(`n${i}`, `Event number ${i} word${i}`, `Unique text token${i} about thing${i}.`, { publishedAt: null }));
    assert.ok(clusterer.stats().articles <= 50);
  });

  it('reads at most maxFeatureChars of a 5 MB text', () => {
    const clusterer = new StoryClusterer();
    clusterer.assign(articles[0]!);
    const huge = `${articles[2]!.text}\n\n${'filler words again and again '.repeat(180_000)}`;
    assert.ok(huge.length > 5_000_000);
    const started = performance.now();
    const result = clusterer.assign({ ...articles[2]!, text: huge });
    assert.ok(performance.now() - started < 2_000);
    assert.equal(result.storyId, 'a1');
  });

  it('starts a new story for an article that fits a crowd of stories equally well', () => {
    // Four unrelated stories, each sharing two words with the last article: no one of them stands out.
    const pairs = [['tariff', 'soybean'], ['glacier', 'avalanche'], ['vaccine', 'clinic'], ['satellite', 'launch']];
    const fillers = ['harbor pelican', 'museum violin', 'orchard cider', 'stadium marathon'];
    const say = (words: readonly string[]) => `It is said that the ${words.join(' and the ')} were in the news for all of us to see.`;
    const stream = pairs.map((pair, i) => article(`s${i}`, `${pair.join(' ')} ${fillers[i]}`, say([...pair, fillers[i]!]), { publishedAt: Date.UTC(2031, 2, 4) + i }));
    const crowdMember = article('c', 'The news of the week', say(pairs.flat()), { publishedAt: Date.UTC(2031, 2, 4) + 10 });
    const run = (standoutMargin: number) => {
      const clusterer = new StoryClusterer({ standoutMargin });
      const stories = stream.map((a) => clusterer.assign(a));
      assert.equal(new Set(stories.map((s) => s.storyId)).size, 4);
      return clusterer.assign(crowdMember);
    };
    assert.equal(run(0).isNewStory, false, 'without the standout rule it joins one of the four');
    assert.equal(run(0.15).isNewStory, true);
  });

  it('trusts a shared name only as far as the articles have names: one name is a subject, not an event', () => {
    const opening = article('n1', 'Mayor Varnell opens the new library', 'Mayor Varnell cut the ribbon on the new library, which holds forty thousand books and a reading garden.');
    const vote = article('n2', 'Mayor Varnell faces a vote on the budget', 'Mayor Varnell asked the council to approve the budget, which raises bus fares and cuts overtime.');
    const run = (trustedNames: number) => {
      const clusterer = new StoryClusterer({ trustedNames, joinThreshold: 0, standoutMargin: 0 });
      clusterer.assign(opening);
      return clusterer.assign(vote).score;
    };
    assert.ok(run(1) > run(20) + 0.05, 'a single shared name weighs fully only when one name is trusted');
  });

  it('gives an undated article no credit for closeness in time', () => {
    const first = article('u1', 'Drought forces water limits in Corvale', 'Corvale announced water limits as the drought dried its reservoirs.');
    const second = article('u2', 'Corvale reservoirs run dry', 'The reservoirs of Corvale are nearly dry after a summer of drought, officials said.');
    const run = (publishedAt: number | null, undatedPenalty: number) => {
      const clusterer = new StoryClusterer({ undatedPenalty });
      clusterer.assign({ ...first, publishedAt });
      return clusterer.assign({ ...second, publishedAt });
    };
    const dated = run(Date.UTC(2031, 2, 4), 1);
    assert.equal(dated.storyId, 'u1');
    assert.equal(run(null, 0).storyId, 'u1');
    assert.equal(run(null, 1).isNewStory, true);
    assert.ok(Math.abs(run(null, 0.05).score - (dated.score - 0.05)) < 1e-9, 'the penalty is subtracted from the score');
  });

  it('merges two stories an article bridges, keeping the older id', () => {
    const clusterer = new StoryClusterer({ joinThreshold: 0.3, mergeThreshold: 0 });
    const river = 'The river flooded the old mill town overnight and the water rose over the bridge.';
    const budget = 'Senators approved the farm budget after a long debate over subsidies for growers.';
    clusterer.assign(article('x', 'River floods mill town', river));
    clusterer.assign(article('y', 'Senate passes farm budget', budget, { publishedAt: Date.UTC(2031, 2, 4) + 1000 }));
    const bridge = clusterer.assign(article('z', 'River floods mill town as Senate passes farm budget', `${river} ${budget}`, { publishedAt: Date.UTC(2031, 2, 4) + 2000 }));
    assert.equal(bridge.merges.length, 1);
    assert.deepEqual({ into: bridge.merges[0]!.into, from: bridge.merges[0]!.from }, { into: 'x', from: 'y' });
    assert.equal(bridge.storyId, 'x');
    assert.equal(clusterer.storyOf('y'), 'x');
    assert.equal(clusterer.story('y'), null);
  });

  it('restores a window from stored articles and goes on as the original would', () => {
    const first = new StoryClusterer();
    const records = articles.slice(0, 4).map((a) => ({ article: a, storyId: first.assign(a).storyId }));
    const restored = new StoryClusterer();
    restored.restore(records);
    assert.deepEqual(restored.allStories(), first.allStories());
    assert.equal(restored.assign(articles[4]!).storyId, first.assign(articles[4]!).storyId);
  });

  it('rejects an article without an id with a typed error', () => {
    assert.throws(() => new StoryClusterer().assign(article('', 't', 'x')), { code: 'stories/invalid-article' });
  });
});
