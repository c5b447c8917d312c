// Behaviour of findQuotes on hand-written sentences: each quote form of issue 5 and the speaker
// resolution across mentions.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findQuotes, type Quote } from '../../../src/stages/quotes/index.ts';

/** The quotes of `text` as readable strings: kind, content, cue, speaker mention and speaker. */
function read(text: string): { kind: string; content: string; cue: string; mention: string | null; speaker: string | null; type: string }[] {
  return findQuotes(text).map((q: Quote) => ({
    kind: q.kind,
    content: text.slice(...q.content),
    cue: text.slice(...q.cue),
    mention: q.speakerSpan ? text.slice(...q.speakerSpan) : null,
    speaker: q.speaker,
    type: q.speakerType,
  }));
}

describe('findQuotes: direct quotes', () => {
  it('finds a quote with the speaker after it, straight marks', () => {
    const [q] = read('"We will win," Trump said on Monday.');
    assert.deepEqual(q, { kind: 'direct', content: '"We will win,"', cue: 'said', mention: 'Trump', speaker: 'Trump', type: 'person' });
  });

  it('takes the name that opens a long speaker phrase after a quote ("Jeffrey Lewis of the … Center wrote")', () => {
    const [q] = read('"Building a weapon is hard," Jeffrey Lewis of the James Martin Center for Nonproliferation Studies wrote.');
    assert.deepEqual([q?.mention, q?.speaker, q?.cue], ['Jeffrey Lewis', 'Jeffrey Lewis', 'wrote']);
  });

  it('reads "one" before a noun as its determiner ("said one aide"), and alone as the pronoun', () => {
    assert.deepEqual(read('"It is over," said one aide.').map((q) => [q.mention, q.type]), [['one aide', 'person']]);
    assert.deepEqual(read('"It is over," one aide said, "and nobody is happy."').map((q) => [q.mention, q.type]), [['one aide', 'person']]);
    assert.deepEqual(read('"It is over," said one.').map((q) => q.mention), ['one']);
  });

  it('ends an inverted speaker\'s name at its sentence, and keeps a compound title apart from the name', () => {
    const quotes = read('"The court got it right," said Senate Minority Leader Mitch McConnell. He said the ruling "restores the rule of law."');
    assert.deepEqual(quotes.map((q) => [q.mention, q.speaker, q.type]), [
      ['Senate Minority Leader Mitch McConnell', 'Mitch McConnell', 'person'],
      ['He', 'Mitch McConnell', 'person'],
    ]);
    assert.deepEqual(read('House Speaker Nancy Pelosi said, "We have the votes."').map((q) => [q.speaker, q.type]), [['Nancy Pelosi', 'person']]);
    assert.deepEqual(read('The F.B.I. said it had found nothing.').map((q) => [q.mention, q.type]), [['The F.B.I', 'organisation']]);
  });

  it('resolves "the president" to the president named before it, never a vice president or one named later', () => {
    const text = 'President Barack Obama met aides. The president said he would not meet Mr. Netanyahu. Vice President Joseph R. Biden Jr. said he will be abroad. The president said the visit was a mistake.';
    assert.deepEqual(read(text).filter((q) => q.mention === 'The president').map((q) => q.speaker), ['Barack Obama', 'Barack Obama']);
    const later = read('The president said the talks failed. Later, President Barack Obama flew home.');
    assert.deepEqual(later.map((q) => [q.mention, q.speaker]), [['The president', 'The president']]);
  });

  it('keeps the periods of initials and suffixes in a name, and a later surname finds it', () => {
    const quotes = read('Senator Richard J. Durbin said the meeting was off. "We offered a meeting," Mr. Durbin said.');
    assert.deepEqual(quotes.map((q) => q.speaker), ['Richard J. Durbin', 'Richard J. Durbin']);
    assert.deepEqual(read('Vice President Joseph R. Biden Jr. said he would travel. "I will go," Mr. Biden said.').map((q) => q.speaker), ['Joseph R. Biden Jr.', 'Joseph R. Biden Jr.']);
  });

  it('takes no day or month as a speaker ("…, Senator Durbin, Democrat of Illinois, said Tuesday.")', () => {
    const quotes = read('The prime minister turned down a meeting, Senator Richard J. Durbin, Democrat of Illinois, said Tuesday.');
    assert.ok(quotes.every((q) => q.mention !== 'Tuesday'), JSON.stringify(quotes));
  });

  it('finds a quote with an inverted cue and curly marks', () => {
    const [q] = read('“Donald is an amazing leader,” said Melania Trump.');
    assert.equal(q?.content, '“Donald is an amazing leader,”');
    assert.equal(q?.mention, 'Melania Trump');
  });

  it('finds a quote with the speaker before it', () => {
    const [q] = read('Clinton said, “You shouldn’t say that unless you can deliver it.”');
    assert.equal(q?.kind, 'direct');
    assert.equal(q?.content, '“You shouldn’t say that unless you can deliver it.”');
    assert.equal(q?.mention, 'Clinton');
  });

  it('joins the two halves of a quote split by its cue', () => {
    const text = '“It seems to me they have every incentive,” he said of Trump and Ryan, “because they need one another.”';
    const quotes = read(text);
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0]?.content, text.slice(0, text.indexOf(' he')) + text.slice(text.indexOf(' he'), text.length));
  });

  it('continues a quote over paragraphs that reopen it without closing', () => {
    const text = 'Viguerie told reporters: “Cruz is the best candidate since Reagan.\n\n“He checks all our boxes.”\n\nThe race goes on.';
    const quotes = read(text);
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0]?.content, '“Cruz is the best candidate since Reagan.\n\n“He checks all our boxes.”');
  });

  it('gives a reopened paragraph with a cue of its own its own attribution', () => {
    const text = '“The first group is angry,” Ruiz said. “They want the dam gone.\n“The second group is tired,” Ruiz said. “They want it fixed.”';
    const quotes = read(text);
    assert.equal(quotes.length, 2);
    assert.equal(quotes[1]?.content, '“The second group is tired,” Ruiz said. “They want it fixed.”');
  });

  it('joins cue-less paragraphs of a quote to the cue of the paragraph that closes it', () => {
    const text = 'Intro.\n\n“We lost the harvest.\n\n“We lost the barn too,” said Ruiz.';
    const [q] = read(text);
    assert.equal(q?.content, '“We lost the harvest.\n\n“We lost the barn too,”');
    assert.equal(q?.mention, 'Ruiz');
  });

  it('keeps quotes inside quotes within the outer quote', () => {
    const text = '“He said, ‘I sort of hope that happens,’ and he meant it,” Clinton told union workers.';
    const [q] = read(text);
    assert.equal(q?.content, '“He said, ‘I sort of hope that happens,’ and he meant it,”');
    assert.equal(q?.mention, 'Clinton');
  });

  it('reads two apostrophes as a quotation mark', () => {
    const [q] = read("''The law didn't include the public corporations,'' she said.");
    assert.equal(q?.content, "''The law didn't include the public corporations,''");
  });
});

describe('findQuotes: reported speech', () => {
  it('finds "X said that ..."', () => {
    const [q] = read('Ted Cruz said that he knows the consequences of addiction firsthand.');
    assert.deepEqual(q, { kind: 'indirect', content: 'that he knows the consequences of addiction firsthand', cue: 'said', mention: 'Ted Cruz', speaker: 'Ted Cruz', type: 'person' });
  });

  it('marks reported speech with a quoted fragment as mixed', () => {
    const [q] = read('Ryan said Obama’s words “amount to a form of intimidation.”');
    assert.equal(q?.kind, 'mixed');
    assert.equal(q?.mention, 'Ryan');
  });

  it('finds a trailing cue and "according to" with an outlet speaker', () => {
    const quotes = read('The vote was delayed by two hours, officials said. According to The Associated Press, turnout was high in the state.');
    assert.equal(quotes[0]?.content, 'The vote was delayed by two hours');
    assert.equal(quotes[0]?.mention, 'officials');
    assert.equal(quotes[1]?.content, 'turnout was high in the state');
    assert.equal(quotes[1]?.speaker, 'Associated Press');
    assert.equal(quotes[1]?.type, 'outlet');
  });

  it('ignores nouns that look like cues', () => {
    assert.deepEqual(read('The report was long. His claims were false and the Washington Post agreed.'), []);
  });
});

describe('findQuotes: speakers', () => {
  it('resolves a surname, a title and a pronoun to one speaker', () => {
    const text = 'President Donald Trump spoke in Ohio. “We will win,” Trump said. “Believe me,” the president said. “It is true,” he added.';
    const speakers = read(text).map((q) => q.speaker);
    assert.deepEqual(speakers, ['Donald Trump', 'Donald Trump', 'Donald Trump']);
  });

  it('resolves "she" past a man named later to the woman titled Mrs.', () => {
    const text = 'Mrs. Clinton met Mr. Sanders. “We agree on a lot,” she said.';
    assert.equal(read(text)[0]?.speaker, 'Clinton');
  });

  it('resolves "who" to the phrase before it, the speaker span running over both', () => {
    const text = 'Hillary Clinton spoke first. Bernie Sanders, who said the system is rigged against working families, spoke next.';
    const q = read(text).find((x) => x.cue === 'said');
    assert.equal(q?.speaker, 'Bernie Sanders');
    assert.equal(q?.mention, 'Bernie Sanders, who');
    assert.equal(read('Voters who say the economy is weak back Trump.')[0]?.mention, 'Voters who');
    assert.equal(read('Trump - who said the race is rigged - won.')[0]?.mention, 'Trump - who');
  });

  it('keeps a lone "who" with no phrase before it', () => {
    assert.equal(read('Who said the race is rigged?')[0]?.mention ?? 'Who', 'Who');
  });

  it('types organisations and outlets', () => {
    const quotes = read('The Clinton campaign said it raised $20 million last month. Reuters reported that the talks had stalled again.');
    assert.deepEqual(quotes.map((q) => q.type), ['organisation', 'outlet']);
  });
});

describe('findQuotes: the subject of a verb phrase speaks its participle cue', () => {
  it('gives "…, saying" the subject that opens the sentence, past a leading adverbial', () => {
    const text = 'At the county fair on Saturday, Mayor Lena Ortiz thanked the volunteers, saying, “You kept this town dry.”';
    const q = read(text).find((x) => x.kind === 'direct');
    assert.equal(q?.mention, 'Mayor Lena Ortiz');
    assert.equal(q?.speaker, 'Lena Ortiz');
  });

  it('gives "and said" and "went on to say" the subject of the clause', () => {
    const text = 'Ortiz praised the crews and said, “Nobody slept for three nights.”\n\nDorsey went on to say, “The pumps held.”';
    assert.deepEqual(read(text).filter((q) => q.kind === 'direct').map((q) => q.mention), ['Ortiz', 'Dorsey']);
  });

  it('gives ", adding" the speaker of the cue before it, not a quotation that opens the sentence', () => {
    const quotes = read('“The water is falling,” Ortiz said, adding, “We reopen the school on Monday.”');
    assert.deepEqual(quotes.map((q) => q.mention), ['Ortiz', 'Ortiz']);
  });

  it('gives a participle straight before a quote the subject of its clause', () => {
    const text = 'Outside the county office, Mayor Ortiz released a statement saying “We will rebuild.”\n\nFarmers stood outside chanting “Fix the levee!”';
    assert.deepEqual(read(text).map((q) => q.mention), ['Mayor Ortiz', 'Farmers']);
  });

  it('skips a dateline before the subject', () => {
    const text = 'TULSA — Gov. Amy Reyes toured the levee and promised to rebuild every damaged home by spring.';
    assert.equal(read(text)[0]?.mention, 'Gov. Amy Reyes');
  });
});

describe('findQuotes: content before the opening mark', () => {
  it('keeps the sentence start before the speaker when a lower-case quote carries it on', () => {
    const text = 'Instead, Dorsey said, “the bridge was never safe.”';
    const [q] = read(text);
    assert.equal(q?.content, text);
    assert.equal(q?.kind, 'mixed');
    assert.equal(q?.mention, 'Dorsey');
  });

  it('keeps a condition of the speaker before the speaker in the content', () => {
    const text = 'If the river rises again, Ortiz said, “we open the spillway.”';
    assert.equal(read(text)[0]?.content, text);
  });

  it('keeps the start of a clause a lower-case quote carries on', () => {
    const text = 'That plan, the engineers said, “would never hold a flood.”';
    assert.equal(read(text)[0]?.content, text);
    const told = read('Ortiz told reporters that the new pumps “work better than anyone hoped.”')[0];
    assert.equal(told?.content, 'that the new pumps “work better than anyone hoped.”');
  });

  it('starts a lower-case quote at the clause between its cue and its mark', () => {
    const [q] = read('Ortiz says no matter what the council decides, “the levee stays where it is.”');
    assert.deepEqual([q?.content, q?.kind], ['no matter what the council decides, “the levee stays where it is.”', 'mixed']);
  });

  it('leaves a scene-setting phrase before the speaker out of the content', () => {
    const [q] = read('On Friday, Dorsey said, “The bridge was never safe.”');
    assert.equal(q?.content, '“The bridge was never safe.”');
    assert.equal(q?.kind, 'direct');
  });

  it('starts the content at a reported clause between the cue and the quote', () => {
    const [q] = read('Okafor said that if the levee fails, “the whole valley floods.”');
    assert.equal(q?.content, 'that if the levee fails, “the whole valley floods.”');
    assert.equal(q?.kind, 'mixed');
  });
});

describe('findQuotes: cues without a plain reporting verb', () => {
  it('hands a quote after a colon to the subject of its short sentence', () => {
    const quotes = read('Ortiz resisted: “The levee budget is not for sale.”\n\nOrtiz: “We rebuild first.” Dorsey: “We audit first.”');
    assert.deepEqual(quotes.map((q) => [q.mention, q.kind]), [['Ortiz', 'direct'], ['Ortiz', 'direct'], ['Dorsey', 'direct']]);
  });

  it('reads a hearer verb after a quote as inverted ("asked Ortiz")', () => {
    const [q] = read('“Who pays for the pumps?” asked Mayor Lena Ortiz.');
    assert.equal(q?.mention, 'Mayor Lena Ortiz');
  });

  it('hands a quote after a colon to the name just before the colon', () => {
    const [q] = read('The flood did not surprise county engineer Ana Ruiz: “We warned them for ten years.”');
    assert.equal(q?.mention, 'Ana Ruiz');
  });

  it('reads a quoted title or label as no quote', () => {
    assert.deepEqual(read('Ruiz said it in her memoir, “High Water.”\n\nShe wore her “Fix the levee” cap.').filter((q) => q.kind === 'direct'), []);
  });

  it('reads phrasal cues with their particle', () => {
    const [a] = read('As Dorsey put it, “Nobody was watching the gauges.”');
    assert.deepEqual([a?.content, a?.cue, a?.mention], ['“Nobody was watching the gauges.”', 'put it', 'Dorsey']);
    const [b] = read('“Not one house,” Ortiz shot back.');
    assert.deepEqual([b?.cue, b?.mention], ['shot back', 'Ortiz']);
  });

  it('takes quoting verbs beside a quote but not as reported speech', () => {
    assert.equal(read('The banner read “Levee now.”')[0]?.mention, 'The banner');
    assert.deepEqual(read('Senators read the whole bill on Monday.'), []);
  });

  it('attributes a quote to the short sentence after it when the period sits inside the marks', () => {
    const [q] = read('“The pumps were never tested.” Dorsey said.');
    assert.deepEqual([q?.content, q?.mention], ['“The pumps were never tested.”', 'Dorsey']);
  });
});

describe('findQuotes: words between the quote and its cue', () => {
  it('carries a short tail after the closing mark into the content', () => {
    const text = '“The water came fast” after midnight, she said. “Nobody had time to leave.”';
    const quotes = read(text);
    assert.equal(quotes.length, 1);
    assert.deepEqual([quotes[0]?.content, quotes[0]?.mention, quotes[0]?.kind], [text.slice(0, text.indexOf(', she')) + text.slice(text.indexOf(', she')), 'she', 'mixed']);
  });
});

describe('findQuotes: long appositives between the quote and its cue', () => {
  it('finds the cue after an appositive with commas, possessives and parentheses', () => {
    const a = read('“The pumps held,” Lena Ortiz, the county’s flood manager since 2019, said on Monday.')[0];
    assert.deepEqual([a?.content, a?.mention], ['“The pumps held,”', 'Lena Ortiz']);
    const b = read('“The pumps held,” Rep. Ana Ruiz (D-Ore.) said.')[0];
    assert.deepEqual([b?.content, b?.mention], ['“The pumps held,”', 'Rep. Ana Ruiz']);
  });

  it('does not take a cue inside the appositive', () => {
    assert.deepEqual(read('“The pumps held,” Lena Ortiz, who said nothing else, left.').filter((q) => q.kind === 'direct'), []);
  });
});

describe('findQuotes: quotation marks as printed', () => {
  it('closes a quote opened straight with a curly closing mark', () => {
    const [q] = read('"Never bet against the river,” Ruiz said in an interview.');
    assert.deepEqual([q?.content, q?.mention], ['"Never bet against the river,”', 'Ruiz']);
  });

  it('keeps a curly pair nested in a straight-quoted span', () => {
    const [q] = read('"They call it “the big one” here," Ruiz said.');
    assert.equal(q?.content, '"They call it “the big one” here,"');
  });

  it('reads three apostrophes as an inner closing quote before the outer one', () => {
    const text = "''I would call it 'the long wait,''' said Ruiz. ''Nobody came.''";
    const [q] = read(text);
    assert.equal(q?.content, text.slice(0, text.indexOf(' said')) + text.slice(text.indexOf(' said')));
    assert.equal(q?.mention, 'Ruiz');
  });

  it('attributes a title line "Name: ‘…’" to the name', () => {
    const [q] = read('Ruiz: ‘We Will Rebuild Every Bridge.’\n\nThe mayor spoke on Monday.');
    assert.deepEqual([q?.content, q?.mention, q?.kind], ['‘We Will Rebuild Every Bridge.’', 'Ruiz', 'direct']);
    assert.deepEqual(read("Intro line.\n\nRuiz: 'not in a title' is how it went."), []);
  });
});

describe('findQuotes: reported speech and stances', () => {
  it('reports a stance verb with its object as content', () => {
    const [q] = read('Mayor Ortiz criticized the county board.');
    assert.deepEqual([q?.content, q?.cue, q?.mention, q?.kind], ['the county board', 'criticized', 'Mayor Ortiz', 'indirect']);
    assert.equal(read('Ortiz declined to comment.')[0]?.content, 'to comment');
  });

  it('takes the whole sentence around a parenthetical "according to"', () => {
    const text = 'The county spent, according to one audit, twice what the pumps cost.';
    const [q] = read(text);
    assert.deepEqual([q?.content, q?.cue, q?.mention], ['The county spent, according to one audit, twice what the pumps cost', 'according to', 'one audit']);
  });

  it('takes whatever follows "according to" as its source, even words that are also verbs', () => {
    const text = 'Oksuz registered the firm in 2010, according to state corporate records. According to figures her campaign released Friday, she raised $38 million.';
    assert.deepEqual(read(text).map((q) => [q.mention, q.content]), [
      ['state corporate records', 'Oksuz registered the firm in 2010'],
      ['figures her campaign released Friday', 'she raised $38 million'],
    ]);
  });

  it('reads a bare verb after "those" and a participle as their words ("those surveyed say"), not after a participle alone', () => {
    assert.deepEqual(read('Most of those surveyed say the economy is weak.').map((q) => [q.mention, q.cue]), [['those surveyed', 'say']]);
    assert.deepEqual(read('The debunked claim remains popular.'), []);
  });

  it('reads a quantifier before an irregular past as its subject ("Many said", "Yet another said")', () => {
    assert.deepEqual(read('Many said they would rather stay home.').map((q) => [q.mention, q.cue]), [['Many', 'said']]);
    assert.equal(read('Yet another said, “Rubio is in a five-person battle with Bush.”')[0]?.mention, 'another');
    assert.deepEqual(read('Most affected families stayed home.'), []);
  });

  it('skips a setting that names a show in quotation marks before "that"', () => {
    const text = "Mr. Khan said on NBC's ''Meet the Press'' on Sunday that Mr. Trump had shown disrespect to his wife.";
    assert.deepEqual(read(text).map((q) => [q.mention, q.content]), [['Mr. Khan', 'that Mr. Trump had shown disrespect to his wife']]);
  });

  it('keeps a number with thousands separators whole, so its comma ends no clause', () => {
    const text = 'Bloomberg reported that roughly 1,100 names weren’t disclosed.';
    assert.deepEqual(read(text).map((q) => [q.mention, q.content]), [['Bloomberg', 'that roughly 1,100 names weren’t disclosed']]);
  });

  it('reads a bare "say" as a verb when a clause follows it', () => {
    const [q] = read('County engineers, like Ruiz and Dorsey, say the pumps were never tested.');
    assert.deepEqual([q?.content, q?.cue], ['the pumps were never tested', 'say']);
    assert.deepEqual(read('Residents got a say in the budget.'), []);
  });

  it('finds the subject of reported speech past a long appositive', () => {
    const text = 'Sen. Ana Ruiz (D-Ore.), one of the few authors of the levee bill still in office, said the pumps were never tested.';
    const [q] = read(text);
    assert.deepEqual([q?.content, q?.mention], ['the pumps were never tested', 'Sen. Ana Ruiz']);
  });

  it('keeps a closing mark after the comma in content before an inverted cue', () => {
    const text = "The county should rebuild ''as fast as it can,'' said Ana Ruiz, a member of the board.";
    const [q] = read(text);
    assert.deepEqual([q?.content, q?.mention, q?.kind], ["The county should rebuild ''as fast as it can,''", 'Ana Ruiz', 'mixed']);
  });
});

describe('findQuotes: forms PolNeAR annotates', () => {
  it('starts a capitalised quote at its mark after a discourse adverb and the speaker', () => {
    const [q] = read('But, Mr. Ryan said, “Democracy is a series of choices.”');
    assert.equal(q?.kind, 'direct');
    assert.equal(q?.content, '“Democracy is a series of choices.”');
  });

  it('takes the sentence before a quoted fragment and its trailing cue as mixed content', () => {
    const [q] = read('The bill\'s failure was "heartbreaking," she said.');
    assert.deepEqual([q?.kind, q?.content, q?.mention], ['mixed', 'The bill\'s failure was "heartbreaking,"', 'she']);
  });

  it('runs reported speech on over the quotes after it that have no cue of their own', () => {
    const text = "Still, golf clubs are ''just scratching out a profit,'' Mr. Hedge said. ''Golf is a thin industry.''\n''I never advise it.''\nThe end.";
    const [q] = read(text);
    assert.equal(q?.content, text.slice(0, text.indexOf('\nThe end')));
  });

  it('takes the whole sentence around a cue set inside it', () => {
    const text = 'A wall would address crime, she said, but also the flow of drugs.';
    assert.equal(read(text)[0]?.content, text.slice(0, -1));
    const inverted = 'Any fair reading of his actions, said Michael Kofman, an expert on Russia, would call it a win.';
    const [q] = read(inverted);
    assert.deepEqual([q?.content, q?.mention], [inverted.slice(0, -1), 'Michael Kofman']);
  });

  it('takes the source of a passive cue after "by", and none without it', () => {
    const [q] = read('Trump has been criticized by some of his rivals for skipping the debate.');
    assert.equal(q?.mention, 'some of his rivals');
    assert.equal(q?.content, 'Trump has been criticized by some of his rivals for skipping the debate');
    assert.deepEqual(read('The plan was criticized for its cost.'), []);
  });

  it('finds the subject past auxiliaries, adverbs and a time phrase', () => {
    assert.equal(read('Paul Ryan on Tuesday dismissed the plan as unworkable.')[0]?.mention, 'Paul Ryan');
    assert.equal(read('She has never said she would support the bill.')[0]?.mention, 'She');
    assert.equal(read('The Kentucky Republican openly criticized the deal.')[0]?.mention, 'The Kentucky Republican');
  });

  it('reads plural nouns, adjectival participles and "continues to" as no cue', () => {
    assert.deepEqual(read('Trump’s comments about the judge drew fire. Clinton won 11 states and 758 pledged delegates.'), []);
    assert.deepEqual(read('Sanders continues to trail Clinton by 300 delegates.'), []);
  });

  it('attributes a quote signed with a dash and a name on the next line', () => {
    const [q] = read('"Boeing and GE pay zero taxes."\n\n- Bernie Sanders.\n\nThis is complex.');
    assert.deepEqual([q?.kind, q?.content, q?.cue, q?.mention], ['direct', '"Boeing and GE pay zero taxes."', '-', 'Bernie Sanders']);
    assert.equal(read('“It works,” ― Ana Ruiz, Dallas')[0]?.mention, 'Ana Ruiz');
  });

  it('reads a title line "Name: words" as the name’s words, but not a label such as "The Latest:"', () => {
    const [q] = read('Graham: Trump’s Rhetoric Destroying GOP’s Chance\n\nBody text.');
    assert.deepEqual([q?.content, q?.cue, q?.mention], ['Trump’s Rhetoric Destroying GOP’s Chance', ':', 'Graham']);
    assert.deepEqual(read('The Latest: Trump Wins Nevada Caucuses\n\nBody text.'), []);
  });

  it('reads capitalised verbs as cues in title-case lines only', () => {
    const [q] = read('Trump Says He’s Unlikely To Get Along With Cameron\n\nBody text.');
    assert.deepEqual([q?.cue, q?.mention, q?.content], ['Says', 'Trump', 'He’s Unlikely To Get Along With Cameron']);
    const [h] = read('Body text first.\n\nZoe Saldana Asked Men Everywhere To Redefine Masculinity.\n\nMore text.');
    assert.deepEqual([h?.cue, h?.mention], ['Asked', 'Zoe Saldana']);
    assert.deepEqual(read('Body text first.\n\nHe reads The Washington Post Says Column every day.'), []);
  });

  it('reports a quote opened in reported speech to its closing mark, past sentence ends inside it', () => {
    const text = 'Cruz has said that he would "carpet-bomb them into oblivion. I don\'t know if sand can glow."';
    assert.equal(read(text)[0]?.content, text.slice(text.indexOf('that')));
  });

  it('keeps the hearer of "urged … to" in the content and a name suffix in the speaker', () => {
    assert.equal(read('Will urged the Republican electorate to abandon the outsiders.')[0]?.content, 'the Republican electorate to abandon the outsiders');
    assert.equal(read('Vice President Joseph R. Biden Jr. said Trump was a danger to allies.')[0]?.mention, 'Vice President Joseph R. Biden Jr');
    assert.equal(read('Prager believes there are no good options.')[0]?.content, 'there are no good options');
  });

  it('reads a paragraph opening with a name and a colon as that speaker’s words, not Q or A', () => {
    const quotes = read('Title line here.\nMatthews: Well, speculation is bad.\nA: Yes we do that.\nCorrection: An earlier version erred.');
    assert.deepEqual(quotes.map((q) => [q.mention, q.content]), [['Matthews', 'Well, speculation is bad.']]);
    assert.equal(read('EXCLUSIVE – Roger Stone: Don’t Trust the Machines\nBody.')[0]?.mention, 'Roger Stone');
  });

  it('does not sign a quote with a name that goes on as a clause', () => {
    const quotes = read('People asked - "does she have to keep giving them ammunition?" - Democrats in Iowa who watched the debate said.');
    assert.ok(quotes.every((q) => q.cue !== '-'));
  });

  it('reads "called X “label”", "called on" and "hope to" as attributions', () => {
    assert.equal(read('Former Florida Gov. Jeb Bush called Trump “unhinged.”')[0]?.content, 'Trump “unhinged.”');
    assert.equal(read('He called on Americans not to give in to fear.')[0]?.content, 'on Americans not to give in to fear');
    assert.equal(read('The other candidates hope to stop him at the convention.')[0]?.content, 'to stop him at the convention');
    assert.equal(read('Many believe Clinton has already proven herself.')[0]?.mention, 'Many');
  });

  it('finds the speaker past a party parenthesis, a progressive "is" and an agency dateline', () => {
    assert.equal(read('At a rally Saturday Sen. Elizabeth Warren (D-MA) said Trump was a failure in business.')[0]?.mention, 'Sen. Elizabeth Warren');
    assert.equal(read('On Friday, Gov. John Kasich (R-OH), said he would stay in the race.')[0]?.mention, 'Gov. John Kasich');
    const [q] = read('NEW YORK, Nov. 19 (UPI) — Former Secretary of State Hillary Clinton is calling for the United States to step up its fight.');
    assert.deepEqual([q?.mention, q?.cue], ['Former Secretary of State Hillary Clinton', 'calling']);
    assert.equal(read('Washington (AFP) – Hillary Clinton has taken a swipe at Trump, saying that his comments do harm.')[0]?.mention, 'Hillary Clinton');
  });

  it('drops an attribution nested in another that echoes it, but keeps a report of someone else’s words', () => {
    const echo = read('Florida Sen. Marco Rubio says he feels he did great in the last debate.');
    assert.deepEqual(echo.map((q) => [q.mention, q.cue]), [['Florida Sen. Marco Rubio', 'says']]);
    assert.deepEqual(read('The governor said voters believe the economy is weak.').map((q) => q.cue), ['said']);
    assert.deepEqual(read('Clinton said that Obama told her that the deal would hold.').map((q) => q.cue), ['said']);
    const both = read('Clinton said the deal would hold because Obama told her that Iran would comply.');
    assert.deepEqual(both.map((q) => [q.mention, q.cue]), [['Clinton', 'said'], ['Obama', 'told']]);
  });

  it('keeps a participle between the parts of a direct quote as its own attribution ("…,” she said, referring to …)', () => {
    const quotes = read('“The timing was perfect,” Ms. Okafor said, referring to the two harbour hotels. “We bought at the bottom.”');
    assert.deepEqual(quotes.map((q) => [q.mention, q.cue, q.kind]), [['Ms. Okafor', 'said', 'direct'], ['Ms. Okafor', 'referring', 'indirect']]);
    assert.equal(quotes[1]?.content, 'to the two harbour hotels');
  });

  it('starts reported speech at "that" past a long place or time phrase after the cue', () => {
    const [q] = read('She said at a news conference in Yangon last week that she would govern the country.');
    assert.deepEqual([q?.mention, q?.content], ['She', 'that she would govern the country']);
    assert.equal(read('Carson told a crowded banquet hall at a hotel in downtown Baltimore that he is not giving up.')[0]?.content, 'that he is not giving up');
  });

  it('takes a noun that is also a reporting verb as the end of a speaker phrase, and a share in percent', () => {
    assert.equal(read('The report said the economy grew by two percent.')[0]?.mention, 'The report');
    assert.equal(read('The former secretary of state said the deal was good for America.')[0]?.mention, 'The former secretary of state');
    assert.equal(read('According to the report, the economy grew by two percent.')[0]?.mention, 'the report');
    assert.equal(read('In the new poll 42% say they are liberal.')[0]?.mention, '42%');
  });

  it('finds the subject past a verb that carries the cue ("continued to", "started", "went on to")', () => {
    assert.equal(read('She continued to suggest that they were not marked classified.')[0]?.mention, 'She');
    assert.deepEqual(read('Mr. Trump has lately started asking his supporters to raise their hands.').map((q) => q.mention), ['Mr. Trump']);
    assert.equal(read('Groberg then went on to explain what he likes about Clinton.')[0]?.mention, 'Groberg');
  });

  it('does not take a capitalised determiner opening a sentence for a name', () => {
    const [q] = read('The first incident came during a speech, when Sanders protesters interrupted her, shouting “she wins, we lose!”');
    assert.notEqual(q?.mention, 'The');
  });

  it('reads a verb of intention before "to" as an attribution, but not "needs to" or "is expected to"', () => {
    assert.deepEqual(read('Trump wants to build a wall along the border.').map((q) => [q.mention, q.content]), [['Trump', 'to build a wall along the border']]);
    assert.equal(read('Sanders threatened to sue the party over the data breach.')[0]?.cue, 'threatened');
    assert.deepEqual(read('The team needs to win the next game. Clinton is expected to win the primary.'), []);
  });

  it('takes a trailing cue whose speaker and appositive stand before it, and a longer setting after it', () => {
    const [q] = read('Sanders remains committed to the race, his top aide, Tad Devine, told The Huffington Post.');
    assert.deepEqual([q?.mention, q?.content], ['his top aide', 'Sanders remains committed to the race']);
    const [w] = read('His allegiance has shifted from Carly Fiorina to Rubio, Wilkin said during his campaign speech to the state delegates.');
    assert.deepEqual([w?.mention, w?.content], ['Wilkin', 'His allegiance has shifted from Carly Fiorina to Rubio']);
  });

  it('starts reported speech at a subject pronoun past a setting with no "that"', () => {
    assert.equal(read('Bradley said in a statement Thursday night they pulled the listing from the site.')[0]?.content, 'they pulled the listing from the site');
    assert.deepEqual(read('Bradley spoke at a rally in Iowa.'), []);
  });

  it('reads a possessive before a noun of promise or warning as the source of its complement', () => {
    const [q] = read('Donald Trump’s promise to deport millions of immigrants has alarmed Latino voters.');
    assert.deepEqual([q?.mention, q?.cue, q?.content], ['Donald Trump’s', 'promise', 'to deport millions of immigrants has alarmed Latino voters']);
    assert.equal(read('Her warning that the deal would fail went unheeded.')[0]?.mention, 'Her');
    assert.deepEqual(read('His promise was broken. The promise to voters was kept.'), []);
  });

  it('reads no source in a possessive before "call" ("Trump’s call for a ban", most often another’s topic)', () => {
    assert.deepEqual(read('Donald Trump’s call for a ban on Muslims entering the country drew wide criticism.'), []);
  });

  it('reads a cue after a contracted "be" or a negated auxiliary', () => {
    assert.deepEqual(read('Democrats don’t think Hillary Clinton can catch Bernie Sanders.').map((q) => [q.mention, q.cue]), [['Democrats', 'think']]);
    assert.deepEqual(read('He’s hoping the governor’s endorsement will be a big boost.').map((q) => q.cue), ['hoping']);
  });

  it('reads a quantifier as the subject of a thought before its object', () => {
    assert.deepEqual(read('Many fear Trump will feed insecurity in Asia.').map((q) => [q.mention, q.content]), [['Many', 'Trump will feed insecurity in Asia']]);
    assert.deepEqual(read('Many fears about the plan remain.'), []);
  });

  it('reads "a group called Occupy DNC" as a name given, not an attribution', () => {
    assert.deepEqual(read('He joined a Facebook group called Occupy DNC Convention last year.'), []);
    assert.equal(read('A spokesman called the plan a disaster for the state.')[0]?.mention, 'A spokesman');
  });

  it('does not take a leading adverb for the subject of a participle', () => {
    const [q] = read('Publicly, the senator stayed silent for weeks, saying nothing about the race to anyone.');
    assert.ok(q?.mention?.startsWith('the senator'));
  });

  it('finds the subject past "twice", "in particular" and a leading time phrase', () => {
    assert.equal(read('The American Legion has twice complained to officials about the emblem.')[0]?.mention, 'The American Legion');
    assert.equal(read('Domestic critics have in particular noted the explosive campaign material.')[0]?.mention, 'Domestic critics');
    assert.equal(read('A few days later, Trump met donors in Iowa, telling them that the laws are set.')[0]?.mention, 'Trump');
  });

  it('keeps the outer source of reported words under "according to"', () => {
    assert.deepEqual(read('According to the report, officials said the plan would fail.').map((q) => q.cue), ['According to']);
  });

  it('reads a verb of speech with "about" or "on" as reporting its topic', () => {
    assert.deepEqual(read('Clinton talked about the economy at length.').map((q) => [q.mention, q.cue, q.content]), [['Clinton', 'talked about', 'the economy at length']]);
    assert.equal(read('The senator commented on the deal in an interview.')[0]?.content, 'the deal in an interview');
    assert.equal(read('She complained about the debate schedule.')[0]?.content, 'the debate schedule');
    assert.deepEqual(read('Obama warned of a long fight against the Islamic State.').map((q) => [q.cue, q.content]), [['warned of', 'a long fight against the Islamic State']]);
    assert.equal(read('The American Medical Association agrees with Dean on guns.')[0]?.content, 'Dean on guns');
  });

  it('reads "see X as Y" as a judgement, but not "see" alone', () => {
    assert.deepEqual(read('Most voters see Clinton as a strong leader.').map((q) => [q.mention, q.content]), [['Most voters', 'Clinton as a strong leader']]);
    assert.deepEqual(read('Voters saw the debate on television last night.'), []);
  });

  it('reads "see X as Y" over a title\'s period and a longer object ("view Mrs. Lee as", "see the agency’s role in … as")', () => {
    assert.deepEqual(read('Donors still view Mrs. Lee as the safer choice.').map((q) => [q.mention, q.content]), [['Donors', 'Mrs. Lee as the safer choice']]);
    assert.deepEqual(read('Farmers see the agency’s role in setting water prices as outdated.').map((q) => q.mention), ['Farmers']);
    // A sentence's end stops the search: "as" in the next sentence judges nothing.
    assert.deepEqual(read('Voters saw Mr. Lee. As expected, he won.'), []);
  });

  it('extends an "according to" source over its author', () => {
    const [q] = read('Sales of electric cars are growing 60 percent a year, according to a recent report from Bloomberg New Energy Finance.');
    assert.equal(q?.mention, 'a recent report from Bloomberg New Energy Finance');
  });

  it('takes the whole sentence around a thought set inside it', () => {
    const [q] = read('The new tax plan, his advisers believe, would lead to an explosion in fund-raising.');
    assert.deepEqual([q?.mention, q?.cue, q?.content], ['his advisers', 'believe', 'The new tax plan, his advisers believe, would lead to an explosion in fund-raising']);
  });

  it('takes a trailing cue whose speaker is a name after its description', () => {
    const [q] = read('The 56-year-old often traveled for work and was headed to Cairo, the news site RTL Info reported.');
    assert.deepEqual([q?.mention, q?.content], ['the news site RTL Info', 'The 56-year-old often traveled for work and was headed to Cairo']);
  });

  it('reads "When asked by X …" and "As reported by X, …" with their source after "by"', () => {
    const asked = read('When asked by a reporter whether this differed from Nazi Germany, Trump reportedly said no.').find((q) => q.cue === 'asked');
    assert.deepEqual([asked?.mention, asked?.content], ['a reporter', 'whether this differed from Nazi Germany']);
    const [reported] = read('As reported by Western Journalism, the former secretary of state was made aware of her duty.');
    assert.deepEqual([reported?.mention, reported?.content], ['Western Journalism', 'the former secretary of state was made aware of her duty']);
  });

  it('reads "made clear that" as reported speech', () => {
    assert.deepEqual(read('Clinton made clear that she would not back down.').map((q) => [q.mention, q.content]), [['Clinton', 'that she would not back down']]);
  });

  it('reads idioms of stance ("took aim at", "weighed in on") with their object', () => {
    assert.deepEqual(read('Sanders took aim at Clinton over her speeches.').map((q) => [q.mention, q.cue, q.content]), [['Sanders', 'took aim at', 'Clinton over her speeches']]);
    assert.equal(read('Obama weighed in on the race for the first time.')[0]?.cue, 'weighed in on');
    assert.equal(read('The senator threw his support behind Rubio last week.')[0]?.content, 'Rubio last week');
  });

  it('reads a stance after a form of "be" ("has been critical of", "is a supporter of") with its object', () => {
    assert.deepEqual(read('Ryan has been critical of Trump’s remarks.').map((q) => [q.mention, q.cue, q.content]), [['Ryan', 'critical of', 'Trump’s remarks']]);
    assert.equal(read('The senator is a strong supporter of the trade deal.')[0]?.content, 'the trade deal');
    assert.deepEqual(read('Weber is no fan of Trump.').map((q) => [q.mention, q.cue, q.content]), [['Weber', 'no fan of', 'Trump']]);
    assert.equal(read('Weber has long been a proponent of free trade.')[0]?.cue, 'a proponent of');
    assert.deepEqual(read('In the poll, 56 percent would vote for Clinton.').map((q) => [q.mention, q.cue, q.content]), [['56 percent', 'would vote for', 'Clinton']]);
    assert.deepEqual(read('The critical part of the bill passed.'), []);
  });

  it('reads an adjective of feeling or judgement after a copula with its object ("is angry at", "remained mum on")', () => {
    assert.deepEqual(read('The farmers are furious at the new tariff rules.').map((q) => [q.mention, q.cue, q.content]), [['The farmers', 'furious at', 'the new tariff rules']]);
    assert.deepEqual(read('Local mayors grew increasingly frustrated with the state budget.').map((q) => [q.mention, q.cue]), [['Local mayors', 'frustrated with']]);
    assert.deepEqual(read('Party leaders have remained mum on the nominee.').map((q) => [q.mention, q.cue, q.content]), [['Party leaders', 'mum on', 'the nominee']]);
    assert.deepEqual(read('Suburban voters were sharply divided over the school plan.').map((q) => [q.mention, q.cue]), [['Suburban voters', 'divided over']]);
    // With no copula the adjective describes: "an angry crowd at the gate" reports nothing.
    assert.deepEqual(read('An angry crowd at the gate waited for hours.'), []);
    assert.deepEqual(read('Several residents, angry at the delay, left early.'), []);
  });

  it('reads "against", "in favor of" and "on board with" after a copula as a stance', () => {
    assert.deepEqual(read('The governor is against raising the gas tax.').map((q) => [q.mention, q.cue, q.content]), [['The governor', 'against', 'raising the gas tax']]);
    assert.deepEqual(read('Most council members are now on board with the plan.').map((q) => [q.mention, q.cue]), [['Most council members', 'on board with']]);
    assert.deepEqual(read('The vote went against the mayor on Tuesday.'), []);
  });

  it('reads an adjective of belief after a copula with its "that" clause ("is confident that")', () => {
    assert.deepEqual(read('Her aides are confident that the bill will pass next week.').map((q) => [q.mention, q.cue, q.content]), [['Her aides', 'confident', 'that the bill will pass next week']]);
    assert.deepEqual(read('The coach was convinced that his team had been robbed.').map((q) => q.mention), ['The coach']);
    // Before anything but "that" the adjective reports no belief.
    assert.deepEqual(read('The coach was convinced by the tape.'), []);
  });

  it('reads "for" after a verb of seeking, arguing or regretting as its object ("pushed for", "apologized for")', () => {
    assert.deepEqual(read('Union leaders pushed for a higher minimum wage.').map((q) => [q.mention, q.cue, q.content]), [['Union leaders', 'pushed for', 'a higher minimum wage']]);
    assert.deepEqual(read('Mayor Ortiz apologized for the remarks on Friday.').map((q) => [q.mention, q.cue, q.content]), [['Mayor Ortiz', 'apologized for', 'the remarks on Friday']]);
    assert.deepEqual(read('Several former colleagues vouched for the candidate.').map((q) => q.cue), ['vouched for']);
  });

  it('reads phrasal verbs of dismissing or setting out a view with their object ("shrugged off", "lays out", "balked at")', () => {
    assert.deepEqual(read('The minister shrugged off the warnings from the bank.').map((q) => [q.mention, q.cue, q.content]), [['The minister', 'shrugged off', 'the warnings from the bank']]);
    assert.deepEqual(read('The mayor downplayed the cost of the stadium.').map((q) => [q.mention, q.cue]), [['The mayor', 'downplayed']]);
    assert.deepEqual(read('Several landlords balked at the new rules.').map((q) => q.cue), ['balked at']);
    assert.deepEqual(read('The governor touched on the housing shortage in her speech.').map((q) => [q.mention, q.cue, q.content]), [
      ['The governor', 'touched on', 'the housing shortage in her speech'],
    ]);
    assert.deepEqual(read('The ad zeroes in on the senator’s voting record.').map((q) => q.cue), ['zeroes in on']);
    assert.deepEqual(read('Forty delegates cast their votes for the governor.').map((q) => [q.mention, q.cue, q.content]), [['Forty delegates', 'cast their votes for', 'the governor']]);
    assert.deepEqual(read('The coach spoke warmly of his former players.').map((q) => q.cue), ['spoke warmly of']);
    assert.deepEqual(read('The council would like to see a new library downtown.').map((q) => [q.mention, q.cue, q.content]), [
      ['The council', 'would like to', 'see a new library downtown'],
    ]);
  });

  it('reads an idiom or copula stance before "by" as a stance, not a participle with its agent ("stood by", "upset by")', () => {
    assert.deepEqual(read('The mayor stood by her remarks about the budget.').map((q) => [q.mention, q.cue, q.content]), [['The mayor', 'stood by', 'her remarks about the budget']]);
    assert.deepEqual(read('Local farmers were upset by the new water rules.').map((q) => [q.mention, q.cue]), [['Local farmers', 'upset by']]);
    // A participle with its agent still reports nothing of the noun before it.
    assert.deepEqual(read('A lawsuit filed by the union was dismissed.'), []);
  });

  it('reads "advocates for" after a noun as the noun, and "advocated for" as a stance', () => {
    assert.deepEqual(read('Gun control advocates for years have pressed the issue.'), []);
    assert.deepEqual(read('She advocated for a ban on assault weapons.').map((q) => [q.mention, q.content]), [['She', 'a ban on assault weapons']]);
  });

  it('reads what is apologized for, not whom the apology is made to', () => {
    assert.deepEqual(read('The mayor apologized for the remark on Friday.').map((q) => [q.mention, q.cue, q.content]), [['The mayor', 'apologized for', 'the remark on Friday']]);
    assert.deepEqual(read('He apologized to the senator in person after the hearing.'), []);
  });

  it('reads no stance received "from" a holder ("drew criticism from X": 2 of 10 right in BASIL/ECB+ articles)', () => {
    assert.deepEqual(read('The new parking rules drew sharp criticism from local shop owners.'), []);
  });

  it('reads the outer cue where it stands when judging a nested report ("view X as …, with 60 percent saying …")', () => {
    const quotes = read('Most voters view the mayor as honest, with 60 percent saying she keeps her promises.');
    assert.deepEqual(quotes.map((q) => [q.mention, q.cue]), [['Most voters', 'view'], ['60 percent', 'saying']]);
  });

  it('drops a third party\'s stance idiom inside reported speech as its echo, as it drops a stance verb ("said [X pushed for …]")', () => {
    assert.deepEqual(read('The mayor said the council members had pushed for a new budget.').map((q) => [q.mention, q.cue]), [['The mayor', 'said']]);
    assert.deepEqual(read('The mayor said the council members were divided on the budget.').map((q) => q.cue), ['said']);
  });

  it('keeps a report inside the object of a stance idiom as its own attribution ("was unhappy with X, though they said …")', () => {
    const quotes = read('Smith was unhappy with the ruling, though his lawyers said they would appeal it soon.');
    assert.deepEqual(quotes.map((q) => [q.mention, q.cue]), [['Smith', 'unhappy with'], ['his lawyers', 'said']]);
  });

  it('finds the subject of a cue of purpose after a verb of going ("took to Twitter to slam")', () => {
    assert.equal(read('Trump took to Twitter to slam the judge as biased.')[0]?.mention, 'Trump');
  });

  it('reads "at" after a cue as its topic ("hinted at"), but as a setting after "said"', () => {
    assert.equal(read('Trump hinted at a run for governor next year.')[0]?.content, 'a run for governor next year');
    assert.equal(read('Clinton said at a rally in Iowa that she would win.')[0]?.content, 'that she would win');
  });

  it('reads a plural noun after a determiner as the speaker ("the reports said"), but a verb after a name', () => {
    assert.equal(read('The reports said the group made big buys in the state.')[0]?.mention, 'The reports');
    assert.deepEqual(read('Trump reports that he made big buys in the state.').map((q) => [q.mention, q.cue]), [['Trump', 'reports']]);
  });

  it('reads what a poll or record shows or finds as its attribution, with any object', () => {
    assert.deepEqual(read('A new poll shows Sen. Bernie Sanders leading nationally.').map((q) => [q.mention, q.cue, q.content]), [['A new poll', 'shows', 'Sen. Bernie Sanders leading nationally']]);
    assert.equal(read('Clinton was buoyed by recent polls showing a tightening of the race.')[0]?.mention, 'recent polls');
    assert.deepEqual(read('He shows great promise.'), []);
  });

  it('reads a topic verb after a determiner or possessive as a noun ("her new focus on", "lots of talk about")', () => {
    assert.deepEqual(read('Her new focus on jobs was welcomed.'), []);
    assert.deepEqual(read('There was lots of talk about immigration.'), []);
    assert.equal(read('Sanders talked about the economy.')[0]?.content, 'the economy');
  });

  it('reads "state", "maintained", "add" as cues only before "that" or at the end of a clause', () => {
    assert.deepEqual(read('Western states are counting on him.'), []);
    assert.deepEqual(read('Clinton maintained support among black voters.'), []);
    assert.equal(read('Clinton maintained that the server was legal.')[0]?.content, 'that the server was legal');
    assert.equal(read('The server was legal, Clinton maintained.')[0]?.mention, 'Clinton');
  });

  it('reads neither "asked about" nor "spoke with" as reporting its object', () => {
    assert.deepEqual(read('Asked about her weaknesses, Clinton shifted topics.'), []);
    assert.deepEqual(read('Bill Clinton spoke with voters outside the polling place.'), []);
  });

  it('reads an -ing cue after "with" and its subject ("with Trump calling for a ban"), not an adjunct', () => {
    assert.deepEqual(read('It faces challenges at home, with Trump calling for a ban on non-citizen Muslims.').map((q) => [q.mention, q.cue, q.content]), [['Trump', 'calling', 'for a ban on non-citizen Muslims']]);
    assert.equal(read('Others went further, with former Maryland Gov. Martin O’Malley calling Trump a fascist.')[0]?.mention, 'Maryland Gov. Martin O’Malley');
    assert.deepEqual(read('He spent Monday arguing with aides about the plan.'), []);
  });

  it('attributes a finding to a named poll after "in", not "ahead in the polls"', () => {
    const text = 'In a CNN/ORC poll released Monday, 38 percent of voters said Mr. Clinton should step down.';
    assert.deepEqual(read(text).map((q) => [q.mention, q.cue, q.content]), [['a CNN/ORC poll', 'In', '38 percent of voters said Mr. Clinton should step down']]);
    assert.equal(read('Hillary Clinton held a 24-point lead among black voters in a CNN national poll.')[0]?.mention, 'a CNN national poll');
    assert.deepEqual(read('Bernie Sanders is now far ahead of his rivals in the polls.'), []);
  });

  it('reads "according to" after a quote\'s closing comma, after a colon and with no comma before it', () => {
    const quoted = "The visit became ''the high-water mark in their relationship,'' according to Mr. Rhodes.";
    assert.deepEqual(read(quoted).map((q) => [q.mention, q.content]), [['Mr. Rhodes', "The visit became ''the high-water mark in their relationship,''"]]);
    assert.equal(read('It has not gone unnoticed: According to recent polls, Trump holds only 14 percent of the vote.')[0]?.content, 'Trump holds only 14 percent of the vote');
    const bare = 'Clinton leads Sanders by 271 pledged delegates according to a count by The Associated Press.';
    assert.deepEqual(read(bare).map((q) => [q.mention, q.content]), [['a count by The Associated Press', 'Clinton leads Sanders by 271 pledged delegates']]);
  });

  it('takes a whole sentence around a parenthetical cue after a short lead ("His leverage, they believe, …")', () => {
    assert.deepEqual(read('His leverage, they believe, isn’t going anywhere.').map((q) => [q.mention, q.content]), [['they', 'His leverage, they believe, isn’t going anywhere']]);
  });

  it('reads a bare verb after an appositive set off by commas as the verb of the phrase before it', () => {
    const text = 'Democratic economists, like their Republican counterparts, say taxing consumption encourages savings.';
    assert.deepEqual(read(text).map((q) => [q.mention, q.cue, q.content]), [['Democratic economists', 'say', 'taxing consumption encourages savings']]);
    assert.deepEqual(read('In Iowa, say, the plan failed badly.'), []);
  });

  it('reads a bare verb after names joined by "and" as their verb', () => {
    const [q] = read('Republican hopefuls Jeb Bush and Chris Christie say Marco Rubio hasn’t been tested.');
    assert.deepEqual([q?.cue, q?.content], ['say', 'Marco Rubio hasn’t been tested']);
    assert.deepEqual(read('Bush and the Say Yes campaign met today.'), []);
  });

  it('reads "both" as the subject of a bare verb ("Both think Obama advanced this agenda")', () => {
    assert.deepEqual(read('Both think Obama advanced this agenda a great deal.').map((q) => [q.mention, q.cue]), [['Both', 'think']]);
  });

  it('reads "asked X about …" and "asked for …" as the question\'s topic or the request', () => {
    assert.equal(read('Radio host Hugh Hewitt asked Trump about statements he had made the night before.')[0]?.content, 'statements he had made the night before');
    assert.equal(read('President Obama originally asked for $1.9 billion to fight Zika.')[0]?.content, '$1.9 billion to fight Zika');
  });

  it('reads "voted for X" as a stance for X', () => {
    assert.deepEqual(read('Nearly 10 percent of them voted for Ben Carson.').map((q) => [q.cue, q.content]), [['voted', 'Ben Carson']]);
  });

  it('reads "hopes to" after a singular noun as the verb, but not after a possessive', () => {
    assert.equal(read('His campaign hopes to win over more women this fall.')[0]?.mention, 'His campaign');
    assert.deepEqual(read('Her hopes to win the nomination were dashed.'), []);
  });

  it('reads "worried about X" as a concern about X, but not "believe in"', () => {
    assert.deepEqual(read('American officials have long worried about Saudi Arabia’s role.').map((q) => [q.cue, q.content]), [['worried about', 'Saudi Arabia’s role']]);
    assert.deepEqual(read('Millennials still believe in the American dream.'), []);
  });

  it('reads "echoed" as a stance without quotation marks and as a quoting cue beside them', () => {
    assert.equal(read('Mr. Trump even echoed Mr. Putin’s justification of the annexation.')[0]?.content, 'Mr. Putin’s justification of the annexation');
    assert.deepEqual(read('“We will win,” echoed Sanders.').map((q) => [q.kind, q.mention]), [['direct', 'Sanders']]);
  });

  it('reads "demanded X" as a stance toward X', () => {
    assert.deepEqual(read('Sanders demanded an apology from the Clinton campaign.').map((q) => [q.mention, q.content]), [['Sanders', 'an apology from the Clinton campaign']]);
  });

  it('skips a time phrase with "for" between a cue and its clause ("said for the first time that …")', () => {
    assert.equal(read('The State Department said for the first time that secret intelligence had passed through the server.')[0]?.content, 'that secret intelligence had passed through the server');
    assert.equal(read('Cruz has said for weeks he’s the only candidate who can beat Trump.')[0]?.content, 'he’s the only candidate who can beat Trump');
  });

  it('takes no relative "that" for a speaker ("a video that said …")', () => {
    assert.ok(read('The campaign released a video that said Trump would win the state.').every((q) => q.mention !== 'that'));
  });

  it('takes no lone "having", "there" or "what" for a speaker', () => {
    assert.ok(read('There is little to report, as what he said in Iowa made clear.').every((q) => q.mention !== 'what' && q.mention !== 'There'));
  });

  it('takes no capitalised "Having" at a sentence start for a speaker', () => {
    assert.deepEqual(read('Having said that, the plan failed badly in Iowa.'), []);
  });

  it('finds the subject of a participle after a verb with a hearer, not its object', () => {
    const text = 'Rahm Emanuel, his chief of staff, urged a strong stand, saying that otherwise Netanyahu would walk all over us.';
    assert.equal(read(text).find((q) => q.cue === 'saying')?.mention, 'Rahm Emanuel');
  });
});

describe('findQuotes: speaker walks past what stands between a subject and its cue', () => {
  it('passes a quantifier floated after the subject ("have all attacked", "were both critical of")', () => {
    assert.equal(read('Carson, Cruz and Paul have all attacked the program as a violation of free markets.')[0]?.mention, 'Paul');
    assert.equal(read('They all voted for the same candidate in the primary.')[0]?.mention, 'They');
  });

  it('passes "in fact" between a subject and its cue', () => {
    assert.equal(read('The PACs have in fact reported spending money on the race.')[0]?.mention, 'The PACs');
  });

  it('takes the subject of a participle past a leading time phrase ("This year, he …, saying")', () => {
    const text = 'This year, he rose to the defense of the embattled official, saying he should be given a prize.';
    assert.equal(read(text).find((q) => q.cue === 'saying')?.mention, 'he');
    const weeks = 'Two weeks after the judge died, Justice Thomas broke his silence, asking questions from the bench.';
    assert.equal(read(weeks).find((q) => q.cue === 'asking')?.mention, 'Justice Thomas');
  });

  it('takes the subject of a participle past adverbials that follow one another, a state included', () => {
    const text = 'At a campaign event in Ames, Iowa, on Sunday, Mrs. Clinton tried to expand on her statement, saying that the country should lead.';
    assert.equal(read(text).find((q) => q.cue === 'saying')?.mention, 'Mrs. Clinton');
  });

  it('passes a long appositive set off by doubled dashes ("The justice -- who … -- said")', () => {
    const text = 'The Supreme Court justice -- who has been involved in a scuffle with the nominee over the past few days -- said she regretted her remarks.';
    assert.equal(read(text)[0]?.mention, 'The Supreme Court justice');
  });

  it('passes a place with its state, an age or a set-off adverb inside an appositive', () => {
    assert.equal(read('Clinton, during a town hall meeting in Columbus, Ohio, said she would help coal miners.')[0]?.mention, 'Clinton');
    assert.equal(read('Cory James, 22, of Flint, Mich., said he had not given up hope.')[0]?.mention, 'Cory James');
    assert.equal(read('Sanders, meanwhile, who has no such endorsements, said that fact speaks volumes.')[0]?.mention, 'Sanders');
  });
});

describe('findQuotes: evidence', () => {
  it('reads a document that finds or shows after the words it reports ("…, records show.")', () => {
    const [q] = read('A Turkish movement financed trips for members of Congress, a USA TODAY investigation found.');
    assert.deepEqual([q?.content, q?.cue, q?.mention], ['A Turkish movement financed trips for members of Congress', 'found', 'a USA TODAY investigation']);
    assert.equal(read('The plane was insured at a value of $35 million in 2011, records show.')[0]?.mention, 'records');
  });
});

describe('findQuotes: cues in a participle or relative clause', () => {
  it('reads a participle that opens its sentence: its clause up to the comma, its speaker after it', () => {
    const [q] = read('After suggesting on Wednesday that he regretted the insults, Mr. Rubio held a rally.');
    assert.deepEqual([q?.content, q?.cue, q?.mention], ['on Wednesday that he regretted the insults', 'suggesting', 'Mr. Rubio']);
    const conceding = read('Conceding that a trade deal was likely down the line, he urged voters to stay.').find((x) => x.cue === 'Conceding');
    assert.deepEqual([conceding?.content, conceding?.mention], ['that a trade deal was likely down the line', 'he']);
  });

  it('reads a cue in a relative clause missing its object as reporting the noun phrase it modifies', () => {
    const [q] = read('It was the only candidate whom Trump refused to endorse in the race.');
    assert.deepEqual([q?.content, q?.mention], ['the only candidate whom Trump refused to endorse in the race', 'Trump']);
    const contact = read('She now opposes a deal she once supported.').find((x) => x.cue === 'supported');
    assert.deepEqual([contact?.content, contact?.mention], ['a deal she once supported', 'she']);
  });

  it('leaves a relative clause alone when its noun phrase opens the sentence or the clause has its object', () => {
    assert.ok(read('What we do know is that the plan failed.').every((q) => q.content !== 'What we do know'));
    assert.ok(read('She backed a deal she said he would sign.').every((q) => !q.content.startsWith('a deal')));
  });
});

describe('findQuotes: what a thought reports', () => {
  it('reads a clause that opens with a number or a quantifier ("believe 40% of …", "believe no …")', () => {
    assert.equal(read('Aides believe 40% of his voters are not sure they will back her.')[0]?.content, '40% of his voters are not sure they will back her');
    assert.equal(read('His advisers believe no candidate can win the state.')[0]?.content, 'no candidate can win the state');
  });

  it('reads an expectation or intention with its object before the infinitive ("don’t expect him to …")', () => {
    const [q] = read('Most delegates don’t expect him to back Clinton when he speaks on Thursday.');
    assert.deepEqual([q?.content, q?.mention], ['him to back Clinton when he speaks on Thursday', 'Most delegates']);
  });
});

describe('findQuotes: forms that report nothing', () => {
  it('reads no speaker before a participle with its agent after "by" ("a lawsuit filed by X")', () => {
    assert.deepEqual(read('The department faces a lawsuit filed by reporter Jason Leopold of Vice News.'), []);
    assert.deepEqual(read('It was an allegation rejected by a series of congressional inquiries.'), []);
  });

  it('keeps a cue followed by "by" and a manner ("responded by saying …")', () => {
    const [q] = read('Mr. Bush responded by praising the voters of Iowa at length.');
    assert.deepEqual([q?.mention, q?.cue, q?.content], ['Mr. Bush', 'responded', 'by praising the voters of Iowa at length']);
  });
});

describe('findQuotes: one attribution for a report of a thought', () => {
  it('opens the reported clause at its subject when a cue stands before "that" ("said he believed that …")', () => {
    const quotes = read("Mr. Leenders said he believed that more than half of his union's workers support Senator Bernie Sanders.");
    assert.deepEqual(
      quotes.map((q) => [q.mention, q.cue, q.content]),
      [['Mr. Leenders', 'said', "he believed that more than half of his union's workers support Senator Bernie Sanders"]],
    );
  });

  it('still skips a setting before "that" ("told supporters on Monday that …")', () => {
    const [q] = read('Sanders told supporters on Monday that the primary is far from over.');
    assert.equal(q?.content, 'that the primary is far from over');
  });
});

describe('findQuotes: questions', () => {
  it('reads no attribution in a "whether" clause ("asked whether she agrees …")', () => {
    const quotes = read('Reporters asked whether she agrees with the EPA on the gallon mandates that Congress wrote.');
    assert.ok(quotes.every((q) => q.mention !== 'she'), JSON.stringify(quotes));
  });
});

describe('findQuotes: a quote reported by another source', () => {
  it('attributes a quote and its speaker under a trailing "according to X" to X alone', () => {
    const text = '“She’s going to have my name, and I’m going to spend a lot of money on television,” Grayson said, according to Frankel.';
    assert.deepEqual(read(text).map((q) => [q.mention, q.cue]), [['Frankel', 'according to']]);
  });
});

describe('findQuotes: words that name no speaker', () => {
  it('takes no lone adverb or preposition for a speaker ("by now, it’s", "such as when …")', () => {
    const texts = [
      'If anybody should have been confirmed by now, it’s Crenshaw.',
      'There have been more-pointed references, such as when Cruz knocked Rubio on trade and called him a "moderate," a subtle dig.',
    ];
    for (const text of texts) assert.ok(read(text).every((q) => q.mention !== 'now' && q.mention !== 'such'), text);
  });
});

describe('findQuotes: passives of thought', () => {
  it('reads no source in "is expected to …", a passive whose subject is what is expected', () => {
    assert.deepEqual(read('She is expected to move swiftly to claim an early advantage against Trump.'), []);
    const text = 'The Republican front-runner, Donald Trump, a regular in recent years, isn’t expected to attend, though several Hollywood stars will be there.';
    assert.deepEqual(read(text), []);
  });

  it('still reads a state of mind after "be" ("is worried that …")', () => {
    assert.deepEqual(read('Aides said she is worried that the vote could slip away.').map((q) => q.mention), ['Aides']);
    assert.deepEqual(read('She is worried that the vote could slip away.').map((q) => [q.mention, q.cue]), [['She', 'worried']]);
  });
});

describe('findQuotes: speakers as a reader of news text names them', () => {
  it('indexes no description or sentence opener as a person ("A major split between Trump", "Despite Trump")', () => {
    assert.deepEqual(read('A major split between Trump and Mattis emerged. "We lost," Trump said.').map((q) => q.speaker), ['Trump']);
    assert.deepEqual(read('Despite Trump saying talks went well, Democrats were dour. "We are close," Trump said.').map((q) => q.speaker), ['Trump']);
    const dated = read('Nancy Pelosi, who returns to the speakership Thursday afternoon, spoke first. "We are asking," she told reporters.');
    assert.deepEqual(dated.map((q) => [q.mention, q.speaker]), [['she', 'Nancy Pelosi']]);
  });

  it('keeps a place after "of" out of a full name, so the surname finds it ("Senator Mark Warner of Virginia")', () => {
    const quotes = read('"This is scary," said Senator Mark Warner of Virginia. "We need answers," Mr. Warner said.');
    assert.deepEqual(quotes.map((q) => q.speaker), ['Mark Warner', 'Mark Warner']);
    const sherrill = read('The letter came from Senator Mikie Sherrill, Democrat of New Jersey, on Monday. "I came here to govern," she said.');
    assert.deepEqual(sherrill.filter((q) => q.mention === 'she').map((q) => q.speaker), ['Mikie Sherrill']);
    const elect = read('"I came here to govern," said Representative-elect Mikie Sherrill. House Speaker-to-be Nancy Pelosi said "no."');
    assert.deepEqual(elect.map((q) => q.speaker), ['Mikie Sherrill', 'Nancy Pelosi']);
  });

  it('drops a lower-case description before a name ("said researcher Rahul Mohandas"), not a name\'s own words', () => {
    assert.deepEqual(read('"I quit," said researcher Rahul Mohandas.').map((q) => [q.speaker, q.type]), [['Rahul Mohandas', 'person']]);
    assert.deepEqual(read('"No," said a senior Democrat.').map((q) => q.speaker), ['a senior Democrat']);
  });

  it('reads "he" as the subject of the sentence that named him, not a person named later in it', () => {
    const text = 'Donald Trump said he would like Barack Obama to show his birth certificate. "I hope he can," he told reporters.';
    assert.deepEqual(read(text).filter((q) => q.mention === 'he').map((q) => q.speaker), ['Donald Trump']);
    const setting = read('Donald Trump told reporters in the Rose Garden, during a press conference. "I may do it," he said.');
    assert.deepEqual(setting.map((q) => q.speaker), ['Donald Trump']);
    // A lead set off by a comma is no subject: "After meeting Trump, Pence said".
    const lead = read('After meeting Donald Trump, Mike Pence said the talks went well. "We are close," he said.');
    assert.deepEqual(lead.filter((q) => q.mention === 'he').map((q) => q.speaker), ['Mike Pence']);
    // Only the person just before is the subject's rival: two subjects and a third person.
    const pair = read('Senator Chuck Schumer and Speaker Nancy Pelosi met with President Donald Trump, when he said he would be "proud" to shut it down.');
    assert.deepEqual(pair.map((q) => q.speaker), ['Donald Trump']);
  });

  it('skips a person whose given name says the other gender, and a county, for "she" or "he"', () => {
    const text = 'Mary Cheney wrote that her sister was wrong. Their father, Dick Cheney, backs it. "Freedom means freedom for everyone," she added.';
    assert.deepEqual(read(text).filter((q) => q.mention === 'she').map((q) => q.speaker), ['Mary Cheney']);
    const county = read('Msgr. Michael Farmer praised Regina Benjamin for her work in south Mobile County. "She is remarkable," he said.');
    assert.deepEqual(county.filter((q) => q.mention === 'he').map((q) => q.speaker), ['Michael Farmer']);
  });

  it('names the person a description introduces after an inverted cue ("said Obama campaign manager Jim Messina")', () => {
    const quotes = read('Barack Obama spoke first. "We are ready," said Obama campaign manager Jim Messina.');
    assert.deepEqual(quotes.map((q) => [q.mention, q.speaker, q.type]), [['Obama campaign manager Jim Messina', 'Jim Messina', 'person']]);
    assert.deepEqual(read('"No," said Beaumont Hospital spokeswoman Ilene Wolfe.').map((q) => [q.speaker, q.type]), [['Ilene Wolfe', 'person']]);
    assert.deepEqual(read('"I was surprised," said the legislator, Representative Carl Seel.').map((q) => q.speaker), ['Carl Seel']);
    // Before a cue a verb may follow the first name: "Trump told Sen. Dick Durbin" is no description.
    const told = read('Benjamin Netanyahu turned it down. Netanyahu told Sens. Dick Durbin, of Illinois, that it was political. "I can assure you," he said.');
    assert.deepEqual(told.filter((q) => q.mention === 'he').map((q) => q.speaker), ['Benjamin Netanyahu']);
  });

  it('keeps a title after a description out of the name ("which Mr. Trump"), and names outlets with their article', () => {
    const quotes = read('President Donald Trump spoke. The decision, which Mr. Trump announced on Wednesday, was final.');
    assert.deepEqual(quotes.map((q) => q.speaker), ['Donald Trump']);
    assert.deepEqual(read('The Times reported that the deal was off.').map((q) => [q.speaker, q.type]), [['The Times', 'outlet']]);
    assert.deepEqual(read('According to The Hill, the deal was off.').map((q) => [q.speaker, q.type]), [['The Hill', 'outlet']]);
    assert.deepEqual(read('Anita Hill said "no."').map((q) => [q.speaker, q.type]), [['Anita Hill', 'person']]);
  });

  it('keeps an office after a title\'s "of" apart from the name ("Secretary of State Clinton")', () => {
    const quotes = read('Hillary Clinton spoke. Secretary of State Clinton said "no." Secretary of Homeland Security Kirstjen Nielsen said "yes."');
    assert.deepEqual(quotes.map((q) => q.speaker), ['Hillary Clinton', 'Kirstjen Nielsen']);
    const opener = read('President Donald Trump spoke. Despite Mr. Trump’s promises, Mexico refused. "No," Mr. Trump said.');
    assert.deepEqual(opener.map((q) => q.speaker), ['Donald Trump']);
  });

  it('types a country, a state or the House as an organisation, unless a person of that surname was named', () => {
    const quotes = read('Saudi Arabia threatened to sell its assets. India said the ship was captured. The House voted to override it.');
    assert.deepEqual(quotes.map((q) => [q.speaker, q.type]), [['Saudi Arabia', 'organisation'], ['India', 'organisation'], ['House', 'organisation']]);
    assert.deepEqual(read('Rep. Jim Jordan spoke. Jordan said "no."').map((q) => [q.speaker, q.type]), [['Jim Jordan', 'person']]);
  });

  it('reads a form in -s after "of" as a plural noun ("in the wake of reports that …", "a pair of tweets")', () => {
    assert.deepEqual(read('News of his departure comes in the wake of reports that the White House had been weighing a replacement.'), []);
    assert.deepEqual(read('In a pair of tweets Mr. Trump seemed to hold out hope.'), []);
    assert.deepEqual(read('Several reports said the White House was weighing a replacement.').map((q) => q.mention), ['Several reports']);
  });

  it('types officials as people whatever institution describes them, and a statement or letter as no person', () => {
    assert.deepEqual(read('Two Defense Department officials said the troops would leave.').map((q) => q.type), ['person']);
    assert.deepEqual(read('A statement said "we won." His resignation letter said "I quit."').map((q) => q.type), ['unknown', 'unknown']);
  });
});

describe('findQuotes: where a content starts and ends', () => {
  it('keeps a quote to its marks when its cue names a topic after "of" or "about"', () => {
    const quotes = read('"It was chaos," the mayor said of the flooded subway stations.');
    assert.deepEqual(quotes.map((q) => [q.content, q.kind]), [['"It was chaos,"', 'direct']]);
    assert.equal(read('"It was chaos," she said about the storm, adding nothing.')[0]?.content, '"It was chaos,"');
    assert.equal(read('"It was chaos," the mayor said on Friday.')[0]?.content, '"It was chaos,"');
  });

  it('opens a reported clause at its subject pronoun or verb, not at a "that" inside it', () => {
    assert.equal(read('The coach said he knows how hard that loss was for the players.')[0]?.content, 'he knows how hard that loss was for the players');
    assert.equal(read('The coach said the problem is that the season is too long.')[0]?.content, 'the problem is that the season is too long');
    // A time between the cue and "that" is still skipped.
    assert.equal(read('The coach said on Friday that the season is too long.')[0]?.content, 'that the season is too long');
  });
});

describe('findQuotes: the subject of a participle after a leading clause', () => {
  it('passes a leading "if", "once" or "like" clause to the subject after its comma', () => {
    const mention = (text: string): (string | null)[] => read(text).filter((q) => q.cue === 'arguing').map((q) => q.mention);
    assert.deepEqual(mention('If the bill passes, Governor Ana Lund will veto it, arguing that it costs too much.'), ['Governor Ana Lund']);
    assert.deepEqual(mention('Once the vote was over, Ms. Reyes left the chamber, arguing that it had been rigged.'), ['Ms. Reyes']);
    assert.deepEqual(mention('Like his rival, Mr. Okafor stayed home, arguing that the race was already lost.'), ['Mr. Okafor']);
    assert.deepEqual(mention('More recently, Senator Ruiz has taken a harder line, arguing that the deal is dead.'), ['Senator Ruiz']);
    assert.deepEqual(mention('For months, Governor Ana Lund stayed on the sidelines, arguing that voters should decide.'), ['Governor Ana Lund']);
  });
});

describe('findQuotes: a setting between a subject and its cue', () => {
  it('takes the name before "in/on/at/during …" as the speaker, not the setting', () => {
    assert.deepEqual(read('Mayor Lin Ortiz in a radio interview said the budget would pass.').map((q) => q.mention), ['Mayor Lin Ortiz']);
    // After a lower-case noun the place may be the speaker's description; it stays as it was.
    assert.deepEqual(read('Most residents in the county say the road is unsafe.').map((q) => q.mention), ['the county']);
  });
});

describe('findQuotes: the clause a participle belongs to', () => {
  const mentionOf = (text: string, cue: string): (string | null)[] => read(text).filter((q) => q.cue === cue).map((q) => q.mention);

  it('takes the subject of a second clause after ", and" for its participle', () => {
    assert.deepEqual(mentionOf('The senator criticized the plan, and the governor mocked it on Friday, calling it a waste of money.', 'calling'), ['the governor']);
  });

  it('takes the main clause\'s subject, not a cue\'s inside a leading "when" clause', () => {
    assert.deepEqual(mentionOf('When the host pointed out that the bill had failed, Senator Ruiz changed the subject, arguing that voters wanted jobs.', 'arguing'), ['Senator Ruiz']);
  });
});

describe('findQuotes: a paragraph handed on by a colon', () => {
  it('runs reported content over the paragraph after the colon that ends it', () => {
    const text = 'The union also pointed out some other figures:\n\nThe federal minimum wage is $7.25, and most states pay more.\n\nOther news followed.';
    assert.deepEqual(read(text).map((q) => [q.mention, q.content]), [['The union', 'out some other figures:\n\nThe federal minimum wage is $7.25, and most states pay more.']]);
  });
});

describe('findQuotes: people named by what they belong to', () => {
  it('takes "the head of the union", "a spokesman for the company" as the speaker, not the union or the company', () => {
    assert.deepEqual(read('The head of the union said the deal was fair.').map((q) => [q.mention, q.speaker, q.type]), [['The head of the union', 'The head of the union', 'person']]);
    assert.deepEqual(read('A spokesman for Acme Steel said the plant would close.').map((q) => [q.mention, q.type]), [['A spokesman for Acme Steel', 'person']]);
    assert.deepEqual(read('Family members of the victims of the crash said the law was overdue.').map((q) => q.mention), ['Family members of the victims of the crash']);
  });

  it('reads an inverted cue before such people, and a quote before them', () => {
    assert.deepEqual(read('The deal is fair, said a spokesman for the company.').map((q) => [q.mention, q.content]), [['a spokesman for the company', 'The deal is fair']]);
    assert.deepEqual(read('“It is over,” a spokesman for the company said.').map((q) => q.mention), ['a spokesman for the company']);
  });

  it('keeps a title in capitals before a name with the name, and a thing before "of" apart', () => {
    assert.deepEqual(read('Director of National Intelligence Ann Ruiz said the threat was real.').map((q) => [q.mention, q.type]), [
      ['Director of National Intelligence Ann Ruiz', 'person'],
    ]);
    assert.deepEqual(read('The cost of the plan worried the council, the mayor said.').map((q) => q.mention), ['the mayor']);
  });
});

describe('findQuotes: a pronoun with its verb as speaker', () => {
  it('resolves "He’s" as "he" ("He’s convinced that …")', () => {
    const quotes = read('Mayor Ann Ruiz spoke on Monday. She’s convinced that the plan will work.');
    assert.deepEqual(quotes.map((q) => [q.mention, q.speaker, q.type]), [['She’s', 'Ann Ruiz', 'person']]);
  });
});

describe('findQuotes: a surname shared by two people', () => {
  it('takes the title’s gender to pick the person ("Mr. Trump" after "Donald Trump" and "Melania Trump")', () => {
    const text = 'Donald Trump spoke first. Later the first lady, Melania Trump, greeted the guests. Mr. Trump said the dinner was a success. She said it was lovely.';
    assert.deepEqual(read(text).map((q) => [q.mention, q.speaker]), [
      ['Mr. Trump', 'Donald Trump'],
      ['She', 'Melania Trump'],
    ]);
  });
});

describe('findQuotes: a setting passed for the name before it', () => {
  it('passes "in a Medium post" for the name, but not a clause before "on a report"', () => {
    assert.deepEqual(read('Jeb Bush in a Medium post said the plan would fail.').map((q) => q.mention), ['Jeb Bush']);
    assert.deepEqual(read('The AARP pushed back Friday on a report claiming the lobby had changed its view.').map((q) => q.mention), ['a report']);
  });
});

describe('findQuotes: a name in -ing before its verb', () => {
  it('is the subject, not a participle leading the clause ("Fanning couldn’t say …, but said")', () => {
    const quotes = read('Fanning couldn’t say if the driver was drunk, but said no one else was injured.');
    assert.deepEqual(quotes.filter((q) => q.cue === 'said').map((q) => [q.mention, q.content]), [['Fanning', 'no one else was injured']]);
  });
});

describe('findQuotes: a capitalised "Who" in a name', () => {
  it('is no relative pronoun ("Doctor Who creator Steven Moffat said")', () => {
    assert.deepEqual(read('Doctor Who creator Steven Moffat said the show would return next year.').map((q) => q.mention), ['Steven Moffat']);
  });
});

describe('findQuotes: a relative clause before the cue', () => {
  it('takes the antecedent of "who …", not the relative clause\'s object, as the speaker', () => {
    assert.deepEqual(read('Several nurses who worked with the senator said he was kind to them.').map((q) => q.mention), ['Several nurses']);
  });
});

describe('findQuotes: a relative pronoun separated from its cue by a setting', () => {
  it('takes "who" as the speaker when a preposition\'s phrase follows it ("who through a clerk declined")', () => {
    const [q] = read('The judge, who through a clerk declined to comment, was born in Ohio.');
    assert.deepEqual([q?.mention, q?.cue], ['The judge, who', 'declined']);
  });
});

describe('findQuotes: an inverted cue before a description and a name', () => {
  it('reads "…, said Acme Steel spokeswoman Dana Ruiz." as a trailing cue with the name as speaker', () => {
    const quotes = read('The plant is struggling to survive, said Acme Steel spokeswoman Dana Ruiz.');
    assert.deepEqual(quotes.map((q) => [q.content, q.mention]), [['The plant is struggling to survive', 'Acme Steel spokeswoman Dana Ruiz']]);
  });
});

describe('findQuotes: a trailing cue followed only by a time', () => {
  it('reports the words before "…, X said Thursday during …", not the time after it', () => {
    const quotes = read('The budget will pass by June, the mayor said Thursday during a tour of morning news shows.');
    assert.deepEqual(quotes.map((q) => [q.content, q.mention]), [['The budget will pass by June', 'the mayor']]);
    // A participle after a comma continues its clause, and "this" opens a time only before a time noun.
    assert.deepEqual(read('Goelman was fired on Friday, claiming this was a departure from policy.').map((q) => [q.content, q.mention]), [
      ['this was a departure from policy', 'Goelman'],
    ]);
    // With no words before the speaker, the clause after the time is still the content.
    assert.ok(read('The mayor said Thursday the budget will pass by June.')[0]?.content.endsWith('the budget will pass by June'));
  });
});

describe('findQuotes: a quote split by its cue inside a sentence begun before it', () => {
  it('starts the content at the sentence when the first half does not open it', () => {
    const text = 'Her support in the polls means "she must be doing something right," he says, "but I would not vote for her."';
    assert.deepEqual(read(text).map((q) => [q.content, q.mention, q.kind]), [[text, 'he', 'mixed']]);
  });
});

describe('findQuotes: an object between a cue and its quote', () => {
  it('keeps the object in the content ("added a caveat: “…”"), but not the source after "according to"', () => {
    assert.deepEqual(read('The mayor added a caveat: "We cannot promise anything yet."').map((q) => [q.content, q.kind]), [['a caveat: "We cannot promise anything yet."', 'mixed']]);
    assert.equal(read('The mayor said, "We cannot promise anything yet."')[0]?.content, '"We cannot promise anything yet."');
    assert.equal(read('According to the city, "No promise was made."')[0]?.content, '"No promise was made."');
  });
});

describe('findQuotes: adverbs of frequency between a speaker and the cue', () => {
  it('passes "seldom" and "sometimes" for the speaker before them', () => {
    assert.deepEqual(read('Mr. Okafor seldom speaks of his late brother, a soldier.').map((q) => q.mention), ['Mr. Okafor']);
    assert.deepEqual(read('The senator sometimes says that the plan is doomed.').map((q) => q.mention), ['The senator']);
  });
});

describe('findQuotes: a quoted sentence finished after its cue', () => {
  it('runs the content on over "…,” he said, that …" to the sentence end', () => {
    const text = '"It is our bad luck," he said, that both men had lived in this town.';
    assert.deepEqual(read(text).map((q) => [q.content, q.kind]), [[text.slice(0, -1), 'mixed']]);
    // A participle or description after the comma is not the quote's.
    assert.equal(read('"It is our bad luck," he said, adding nothing more.')[0]?.content, '"It is our bad luck,"');
  });
});
