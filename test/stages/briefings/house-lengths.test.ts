// House lengths of the headline and of What next?: a headline within 5–10 words whenever one of
// the story's titles is, verbatim with its article; a What next? under 30 words topped up with
// forward-looking sentences of other articles, never with one that only looks back.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkProvenance, composeBriefing, type BriefingArticle } from '../../../src/stages/briefings/index.ts';
import { forwardScore } from '../../../src/stages/briefings/forward-cues.ts';
import type { Briefing } from '../../../src/core/briefing.ts';
import { article } from './story-fixtures.ts';

/** The briefing of `articles`, failing the test on a refusal. */
function brief(articles: readonly BriefingArticle[]): Briefing {
  const outcome = composeBriefing({ story: 'bridge', articles });
  assert.equal(outcome.kind, 'briefing');
  return (outcome as { briefing: Briefing }).briefing;
}

/** Words as the house style counts them. */
function words(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

const REPORT = [
  'The city council of Riverton approved the closure of the old Harbour Bridge on Monday after engineers found cracks in two of its steel piers.',
  'Engineers told the council that the bridge had carried twice its design load for a decade and that the cracks had grown since the spring inspection.',
  'Commuters crossed the river by ferry and by the northern ring road, and traffic on the ring road doubled during the morning rush.',
  'Shop owners near the bridge said their trade fell by half within hours of the closure.',
  'The bridge, opened in 1911, was the oldest road crossing of the river and carried about 30,000 cars a day before it was shut.',
  'Police closed both approaches with barriers on Monday evening and diverted buses to the northern ring road.',
  'The harbour master closed the river channel under the bridge to boats as a precaution.',
  'Residents of the south bank queued for the ferry for up to an hour on Tuesday morning.',
  'The mayor of Riverton called the closure a hard but necessary decision for the safety of everyone who crosses the river.',
  'Analysts argue that the closure amounts to a warning about every ageing crossing in the region.',
];

/** A bridge story whose three articles share the facts and differ in their titles. */
function bridgeStory(titles: readonly string[], extra: readonly string[] = []): BriefingArticle[] {
  return titles.map((title, k) => article(`a${k + 1}`, [...REPORT.slice(k % 2), extra[k] ?? ''].join(' ').trim(), { title, outlet: `Outlet ${k + 1}` }));
}

describe('headline within the house length', () => {
  it('prefers a 5–10 word title to a closer title outside the range', () => {
    const long = 'Riverton council approves closure of Harbour Bridge after engineers find cracks';
    const fitting = 'A landmark shuts for safety in Riverton';
    const b = brief(bridgeStory([long, fitting, 'Commuters take ferry and ring road as bridge closes for good']));
    assert.equal(b.headline, fitting);
    assert.equal(b.headlineSource, 'a2');
    assert.ok(words(b.headline) >= 5 && words(b.headline) <= 10);
  });

  it('keeps the best title when none is within the range', () => {
    const titles = ['Live updates', 'Riverton council approves closure of cracked old Harbour Bridge after engineers find cracks in steel piers', 'Ferry'];
    const b = brief(bridgeStory(titles));
    assert.ok(titles.includes(b.headline));
    assert.equal(b.headline, titles[1]);
  });
});

describe('What next? within the house length', () => {
  const titles = ['Riverton shuts its old Harbour Bridge', 'Harbour Bridge closed after engineers find cracks', 'Riverton closes bridge over cracked piers'];
  const scheduled = 'The council is scheduled to vote on a replacement on 3 June.';
  // Past the lead sentences and over the standfirst's 35 words, so only What next? can take it.
  const weak = 'A temporary steel crossing for buses and cyclists will take at least nine months to design and build, and the work on it will cost the city and the regional transport authority about 40 million dollars in all.';

  it('adds a weaker forward-looking sentence of another article to a short one', () => {
    const articles = bridgeStory(titles, [scheduled, '', weak]);
    const b = brief(articles);
    const texts = b.whatNext.map((s) => s.text);
    assert.ok(texts.includes(scheduled), 'the scheduled sentence stays');
    assert.ok(texts.includes(weak), 'the forward-looking sentence of another article is added');
    const total = words(texts.join(' '));
    assert.ok(total >= 30 && total <= 70, `What next? has ${total} words`);
    assert.equal(new Set(texts).size, texts.length);
    assert.ok(texts.every((t) => forwardScore(t) >= 1));
    assert.deepEqual(checkProvenance(b, articles), []);
  });

  it('stays short rather than pad with a sentence that looks only back', () => {
    const articles = bridgeStory(titles, [scheduled, '', 'The cracks were first seen by a diver from the harbour authority during a routine check of the steel piers and their stone footings in April of last year, and were measured again by the city engineers this spring.']);
    const b = brief(articles);
    assert.deepEqual(b.whatNext.map((s) => s.text), [scheduled]);
  });

  it('does not repeat a forward-looking fact already told', () => {
    // Weakly forward-looking, unattributed and too long for a standfirst: only the top-up could take it.
    const same = 'A replacement for the old bridge will go to a council vote on 3 June, and the council vote on a replacement will be held on 3 June whatever the state of the steel piers and their old stone footings by then.';
    const b = brief(bridgeStory(titles, [scheduled, '', same]));
    assert.deepEqual(b.whatNext.map((s) => s.text), [scheduled]);
  });
});

describe('forward cues', () => {
  it('reads "could have" with a past participle as looking back, "may have to" as looking forward', () => {
    assert.equal(forwardScore('The inquiry could have upended the election.'), 0);
    assert.equal(forwardScore('The council may have to close the bridge.'), 1);
  });
});
