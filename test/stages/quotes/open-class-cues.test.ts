// Behaviour of findQuotes on open-class cues before a clause: adjectives of a state of mind after a
// linking verb ("are confident that …"), on hand-written sentences.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findQuotes } from '../../../src/stages/quotes/index.ts';

/** The attributions of `text` as [speaker mention, cue, content] strings. */
function read(text: string): [string | null, string, string][] {
  return findQuotes(text).map((q) => [q.speakerSpan ? text.slice(...q.speakerSpan) : null, text.slice(...q.cue), text.slice(...q.content)]);
}

describe('findQuotes: adjectives of a state of mind', () => {
  it('reads the clause after "be", "remain" or "grow" and an adjective of a state of mind', () => {
    assert.deepEqual(read('The mayor’s aides are confident that the levy will pass in March.'), [
      ['The mayor’s aides', 'confident', 'that the levy will pass in March'],
    ]);
    assert.deepEqual(read('Farm groups remain deeply convinced the tariff will hurt exports.'), [
      ['Farm groups', 'convinced', 'the tariff will hurt exports'],
    ]);
    assert.deepEqual(read('Several council members have grown increasingly frustrated that the budget keeps slipping.'), [
      ['Several council members', 'frustrated', 'that the budget keeps slipping'],
    ]);
    assert.deepEqual(read('They’re hopeful that the bridge opens by spring.'), [['They’re', 'hopeful', 'that the bridge opens by spring']]);
  });

  it('reads no view without a linking verb, a clause or a personal subject', () => {
    assert.deepEqual(read('A confident Governor Hale left the hearing early on Tuesday.'), []);
    assert.deepEqual(read('The mayor was hopeful, and the weather held.'), []);
    assert.deepEqual(read('It is doubtful that the levy will pass in March.'), []);
    assert.deepEqual(read('It’s doubtful the levy will pass in March.'), []);
  });

  it('reads the topic of a state of mind after "about", "over", "with", "in", "of" or "at"', () => {
    assert.deepEqual(read('Dairy farmers are nervous about the new import quotas.'), [['Dairy farmers', 'nervous about', 'the new import quotas']]);
    assert.deepEqual(read('The tenants were unhappy with the ruling on rents.'), [['The tenants', 'unhappy with', 'the ruling on rents']]);
    assert.deepEqual(read('Her staff is confident in the new budget.'), [['Her staff', 'confident in', 'the new budget']]);
    assert.deepEqual(read('The tenants appeared pleased with the ruling on rents.'), [['The tenants', 'pleased with', 'the ruling on rents']]);
    assert.deepEqual(read('Most growers are supportive of the water compact.'), [['Most growers', 'supportive of', 'the water compact']]);
  });

  it('counts a state of mind inside reported speech once, as the outer speaker’s', () => {
    assert.deepEqual(read('Ms. Ortiz said she was convinced that the council would back the plan.'), [
      ['Ms. Ortiz', 'said', 'she was convinced that the council would back the plan'],
    ]);
  });
});

describe('findQuotes: adjectives of will', () => {
  it('reads the infinitive after "be" and an adjective of will as an intention', () => {
    assert.deepEqual(read('Several council members were reluctant to back the new levy.'), [
      ['Several council members', 'reluctant', 'to back the new levy'],
    ]);
    // A plan in progress is no view ("The man planning to go ski touring"): "planning" reports nothing.
    assert.deepEqual(read('The county is planning to close two libraries.'), []);
  });

  it('reads no intention without "to" or a linking verb, nor after "ready"', () => {
    assert.deepEqual(read('Several council members were reluctant, and the levy failed.'), []);
    assert.deepEqual(read('A reluctant council backed the new levy.'), []);
    assert.deepEqual(read('The road crew was ready to leave by noon.'), []);
  });
});

describe('findQuotes: verbs of cognition', () => {
  it('reads a clause after "recognize", "realize", "notice", "anticipate", "calculate", "understand" or "assume"', () => {
    assert.deepEqual(read('The auditors recognized that the pension fund was short.'), [['The auditors', 'recognized', 'that the pension fund was short']]);
    assert.deepEqual(read('The county calculates that the repairs will cost $4 million.'), [
      ['The county', 'calculates', 'that the repairs will cost $4 million'],
    ]);
    assert.deepEqual(read('Ms. Ortiz realized she could not back the plan.'), [['Ms. Ortiz', 'realized', 'she could not back the plan']]);
    assert.deepEqual(read('The council is mulling whether the levy should return.'), [['The council', 'mulling', 'whether the levy should return']]);
  });

  it('reads a thought whose "that" follows a time phrase ("recognized long ago that …")', () => {
    assert.deepEqual(read('The planners recognized long ago that the bridge would need repairs.'), [
      ['The planners', 'recognized', 'that the bridge would need repairs'],
    ]);
  });

  it('reads no thought without a clause ("recognized years of service"), nor a noun as one ("assumed the presidency")', () => {
    assert.deepEqual(read('The city recognized years of service by its firefighters.'), []);
    assert.deepEqual(read('Ms. Ortiz assumed the presidency of the council in May.'), []);
    assert.deepEqual(read('Neighbors noticed the smoke before the alarm sounded.'), []);
    assert.deepEqual(read('Older residents remember that the mill closed in 1982.'), []);
  });
});

describe('findQuotes: further verbs of saying', () => {
  it('reads what is reaffirmed, forecast or recommended', () => {
    assert.deepEqual(read('The mayor reaffirmed that the levy would fund the new library.'), [
      ['The mayor', 'reaffirmed', 'that the levy would fund the new library'],
    ]);
    assert.deepEqual(read('Regional planners forecast that ridership will double by 2030.'), [
      ['Regional planners', 'forecast', 'that ridership will double by 2030'],
    ]);
    assert.deepEqual(read('The review panel recommended that the county close two schools.'), [
      ['The review panel', 'recommended', 'that the county close two schools'],
    ]);
    // A manner of speaking introduces a quote, but away from one it mostly narrates ("mumbling to himself").
    assert.deepEqual(read('The mayor fumed, "The state has ignored the city."'), [['The mayor', 'fumed', '"The state has ignored the city."']]);
    assert.deepEqual(read('He walked out, mumbling to himself about the ruling.'), []);
    // "pronounced dead", "scored 23 points to lead": no words of anyone's.
    assert.deepEqual(read('The man was pronounced dead at the scene.'), []);
    assert.deepEqual(read('Smith scored 23 points to lead the team.'), []);
  });

  it('reads the clause after the hearer of "inform" and "reassure"', () => {
    assert.deepEqual(read('The clerk informed the council that the vote would be delayed.'), [
      ['The clerk', 'informed', 'that the vote would be delayed'],
    ]);
  });

  it('reads "disputes" and "forecasts" after an adjective as nouns ("border disputes are")', () => {
    assert.deepEqual(read('Long border disputes are common along the river.'), []);
  });
});

describe('findQuotes: nouns of stance after a possessive', () => {
  it('reads "X\'s attacks on …" as X\'s stance', () => {
    assert.deepEqual(read('The mayor renewed her attacks on the state budget office.'), [['her', 'attacks', 'the state budget office']]);
  });
});

describe('findQuotes: a view stated with a copula', () => {
  it('reads "X\'s response was that …" and "their fear is that …" as the possessor\'s words', () => {
    assert.deepEqual(read('Ms. Ortiz’s response was that the budget had no gap at all.'), [
      ['Ms. Ortiz’s', 'response', 'that the budget had no gap at all'],
    ]);
    assert.deepEqual(read('Their main fear on the board is that the levy will fail again.'), [
      ['Their', 'fear', 'that the levy will fail again'],
    ]);
    assert.deepEqual(read('Her goal is to repave every road in the county by 2030.'), [['Her', 'goal', 'to repave every road in the county by 2030']]);
  });

  it('reads no view without a possessor, or an infinitive after a noun that is no aim', () => {
    assert.deepEqual(read('The response was that the budget had no gap at all.'), []);
    assert.deepEqual(read('Her answer was to repave every road in the county.'), []);
  });
});

describe('findQuotes: a setting with commas before "that"', () => {
  it('skips a place set off by commas between the cue (or its hearer) and "that"', () => {
    assert.deepEqual(read('The mayor told a crowd in Dayton, Ohio, on Monday that the plant would reopen.'), [
      ['The mayor', 'told', 'that the plant would reopen'],
    ]);
  });
});

describe('findQuotes: further verbs of stance', () => {
  it('reads the object of "disavow", "deride", "downplay" as the stance', () => {
    assert.deepEqual(read('The senator quickly disavowed the group’s attack ad.'), [['The senator', 'disavowed', 'the group’s attack ad']]);
    assert.deepEqual(read('The governor derided the plan as a giveaway.'), [['The governor', 'derided', 'the plan as a giveaway']]);
    assert.deepEqual(read('Dairy groups pushed for a higher milk price.'), [['Dairy groups', 'pushed for', 'a higher milk price']]);
    assert.deepEqual(read('Local officials are quick to praise the new plant.'), [['Local officials', 'are quick to', 'praise the new plant']]);
    assert.deepEqual(read('The union lashed out at the new work rules.'), [['The union', 'lashed out at', 'the new work rules']]);
    assert.deepEqual(read('The board reprimanded two officers for the delay.'), [['The board', 'reprimanded', 'two officers for the delay']]);
    assert.deepEqual(read('Supporters pointed to the new jobs at the port.'), [['Supporters', 'pointed to', 'the new jobs at the port']]);
    assert.deepEqual(read('The senators sparred over the transit levy.'), [['The senators', 'sparred', 'over the transit levy']]);
    assert.deepEqual(read('The mayor invoked the flood of 1993 in her speech.'), [['The mayor', 'invoked', 'the flood of 1993 in her speech']]);
    assert.deepEqual(read('Local farmers disliked the new subsidy plan.'), [['Local farmers', 'disliked', 'the new subsidy plan']]);
    assert.deepEqual(read('The board balked at the price of the new stadium.'), [['The board', 'balked at', 'the price of the new stadium']]);
    assert.deepEqual(read('The auditor characterized the delays as avoidable.'), [['The auditor', 'characterized', 'the delays as avoidable']]);
  });
});

describe('findQuotes: a topic after an adverb', () => {
  it('reads the topic of "spoke warmly of", "talked candidly about"', () => {
    assert.deepEqual(read('Ms. Ortiz spoke warmly of her former staff.'), [['Ms. Ortiz', 'spoke warmly of', 'her former staff']]);
    assert.deepEqual(read('The mayor spoke about the budget gap.'), [['The mayor', 'spoke about', 'the budget gap']]);
  });

  it('reads no view in "focused mainly on"', () => {
    assert.deepEqual(read('Ms. Ortiz focused mainly on road repairs.'), []);
  });
});
