// "The same fact is not told twice": the fact-core test, the cover that keeps repeats apart, and
// a briefing whose outlets all open with the lead fact in their own words. Hand-written sentences.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { composeBriefing, type BriefingArticle } from '../../../src/stages/briefings/index.ts';
import { coverConcepts, conceptWeights } from '../../../src/stages/briefings/concept-cover.ts';
import { factCore, factText, poolRepeats, sameFact, SAME_FACT_LIMITS } from '../../../src/stages/briefings/same-fact.ts';
import { buildPool } from '../../../src/stages/briefings/sentence-pool.ts';
import type { Briefing } from '../../../src/core/briefing.ts';
import { article } from './story-fixtures.ts';

const NO_TOPIC: ReadonlySet<string> = new Set();
const same = (a: string, b: string, topic = NO_TOPIC, minContained = SAME_FACT_LIMITS.minContained): boolean => sameFact(factCore(a), factCore(b), topic, minContained);

describe('factText', () => {
  it('leaves out who said it, a leading setting and descriptions set off by commas', () => {
    assert.equal(factText('Hart was fully reimbursed for the trip, her lawyer said in a statement posted to Facebook.'), 'Hart was fully reimbursed for the trip');
    assert.equal(factText('According to the council, the vote was postponed until March.'), 'the vote was postponed until March.');
    assert.equal(factText('On Tuesday, the mayor resigned after a corruption inquiry.'), 'the mayor resigned after a corruption inquiry.');
    assert.equal(factText('Lena Hart, the first woman to lead the city, resigned on Tuesday.'), 'Lena Hart resigned on Tuesday.');
  });

  it('keeps the whole sentence when too little would be left', () => {
    assert.equal(factText('He resigned, officials said.'), 'He resigned, officials said.');
  });
});

describe('sameFact', () => {
  it('finds the lead fact told in other words, descriptions apart', () => {
    assert.ok(same('Dover Mayor Lena Hart, the first woman to lead the city, resigned on Tuesday at the age of 58 after a corruption inquiry.', 'Former council chair Lena Hart has resigned as mayor of Dover at age 58 after a corruption inquiry.'));
  });

  it('finds a fact that one sentence tells alone and the other with more', () => {
    const topic = new Set(factCore('Lena Hart resigns as Dover mayor after inquiry into trip'));
    const alone = 'Hart was fully reimbursed for the trip, her lawyer said in a statement posted to Facebook.';
    const more = 'Hart was fully reimbursed and being questioned at police headquarters in Dover at the time of her resignation on Tuesday morning.';
    assert.ok(same(alone, more, topic));
    assert.ok(same(more, alone, topic), 'the test is symmetric');
  });

  it('tells apart facts about the same people', () => {
    assert.ok(!same('Hart resigned as mayor on Tuesday after a corruption inquiry.', 'Hundreds of protesters gathered outside city hall in Dover to demand new elections after the resignation of Hart.'));
    assert.ok(!same('Hart appointed Tom Reyes as deputy mayor of Dover in 2019.', 'Tom Reyes will serve as acting mayor of Dover until elections in March, the council said.'));
    assert.ok(!same('The council will meet on Thursday to choose an acting mayor.', 'The council met on Monday and approved the harbour budget.'));
  });

  it('does not count words that news uses around any fact', () => {
    // Shared: a weekday, "officials", "reported" — and nothing of the facts themselves.
    assert.ok(!same('Officials reported on Tuesday that the bridge would close for repairs.', 'Officials reported on Tuesday that two ferries had collided near the harbour.'));
  });
});

describe('coverConcepts with repeats', () => {
  // Three outlets open with the lead fact; each has one other fact.
  const articles = [
    article('a', 'The ferry workers of Calder began a strike on Monday over pay cuts. The harbour authority cancelled all crossings until further notice.', { title: 'Calder ferry workers strike over pay cuts' }),
    article('b', 'Calder ferry crews walked out on Monday in a strike over cuts to their pay. Stranded passengers crowded the terminal for hours.', { title: 'Ferry strike strands Calder passengers' }),
    article('c', 'A strike by Calder ferry workers over pay cuts began on Monday morning. Union leaders said talks with the operator had broken down.', { title: 'Calder ferry strike begins' }),
  ];
  const pool = buildPool(articles);
  const weights = conceptWeights(pool, articles.map((a) => a.title));
  const candidates = pool.sentences.map((s) => s.index);
  const tiebreak = new Float64Array(pool.sentences.length);
  const repeats = poolRepeats(pool, articles.map((a) => a.title));
  const leads = pool.sentences.filter((s) => s.position === 0).map((s) => s.index);

  it('the three leads tell one fact', () => {
    assert.ok(repeats(leads[0]!, leads[1]!) && repeats(leads[0]!, leads[2]!) && repeats(leads[1]!, leads[2]!));
  });

  it('holds one of them when a set of house length without a repeat exists', () => {
    const limits = { minWords: 20, maxWords: 60, minSentences: 2, maxSentences: 4 };
    const chosen = coverConcepts(candidates, pool, weights, tiebreak, limits, repeats);
    assert.equal(chosen.filter((i) => leads.includes(i)).length, 1);
    assert.ok(chosen.length >= 2);
    const before = coverConcepts(candidates, pool, weights, tiebreak, limits);
    assert.ok(before.filter((i) => leads.includes(i)).length > 1, 'concepts alone let paraphrases in');
  });

  it('takes a repeat rather than fall under the house length', () => {
    const onlyLeads = coverConcepts(leads, pool, weights, tiebreak, { minWords: 20, maxWords: 60, minSentences: 2, maxSentences: 4 }, repeats);
    assert.equal(onlyLeads.length, 2);
  });
});

describe('a briefing whose outlets all open with the lead fact', () => {
  const articles: BriefingArticle[] = [
    article(
      'a',
      'Dover Mayor Lena Hart, the first woman to lead the city, resigned on Tuesday at the age of 58 after a corruption inquiry. The council will meet on Thursday to choose an acting mayor. Hart was fully reimbursed for the trip, her lawyer said in a statement posted to Facebook. Prosecutors have not charged her with any crime.',
      { title: 'Dover mayor Lena Hart resigns after corruption inquiry', outlet: 'Alpha' },
    ),
    article(
      'b',
      'Former council chair Lena Hart has resigned as mayor of Dover at age 58 after a corruption inquiry. Hart was fully reimbursed and being questioned at police headquarters in Dover at the time of her resignation on Tuesday morning. The inquiry looked at a trip to Lisbon paid for by a developer. Hundreds of residents signed a petition calling for new elections.',
      { title: 'Lena Hart quits as Dover mayor', outlet: 'Beta' },
    ),
    article(
      'c',
      'The mayor of Dover, Lena Hart, stepped down on Tuesday as a corruption inquiry closed in. The developer behind the Lisbon trip has denied wrongdoing. Her deputy, Tom Reyes, praised her years of service to the city. The inquiry, opened last spring by the state attorney general, had examined harbour contracts worth four million dollars.',
      { title: 'Dover mayor resigns amid corruption inquiry', outlet: 'Gamma' },
    ),
  ];
  const outcome = composeBriefing({ story: 'hart', articles });
  assert.equal(outcome.kind, 'briefing');
  const b = (outcome as { briefing: Briefing }).briefing;
  const resignations = [/^Dover Mayor Lena Hart, the first woman/, /^Former council chair Lena Hart has resigned/, /^The mayor of Dover, Lena Hart, stepped down/];
  const shown = [b.standfirst, ...[...b.whatHappened, ...b.whoSaidWhat, ...b.whatNext].map((s) => s.text)];

  it('tells the resignation once', () => {
    assert.equal(shown.filter((t) => resignations.some((r) => r.test(t))).length, 1, shown.join('\n'));
  });

  it('tells that she was reimbursed once, in the sentence that says more', () => {
    const reimbursed = shown.filter((t) => t.includes('fully reimbursed'));
    assert.equal(reimbursed.length, 1, shown.join('\n'));
    assert.match(reimbursed[0]!, /police headquarters/);
  });

  it('keeps the distinct facts and a standfirst that adds context', () => {
    const happened = b.whatHappened.map((s) => s.text).join(' ');
    assert.match(happened, /Lisbon/);
    assert.ok(b.whatHappened.length >= 2);
    assert.match(b.standfirst, /attorney general/);
  });
});
