// Reporting verbs, as sorted tables of lemmas, informed by the Recasens et al. (2013) list and
// by what news copy uses to attribute words. Speech verbs attribute on their own; thought
// verbs ("believes") only with a clause after them, since "believes in" or "thinks of" is not
// an attribution. Forms are generated; irregular and consonant-doubling forms are listed.

/** How a verb signals an attribution: speech on its own; thought with a clause after it; naming
 * ("called him a fraud") only as reported speech, never as the cue of a direct quote; quoting
 * ("the sign read", "he barked") only beside a quotation mark, never for reported speech; stance
 * ("criticized the plan", "declined to comment") only as reported speech, with any object. */
export type CueStrength = 'speech' | 'thought' | 'naming' | 'quoting' | 'stance';

/** Verbs of saying, writing and announcing. */
const SPEECH_LEMMAS = [
  'accuse', 'acknowledge', 'add', 'admit', 'advise', 'affirm', 'agree', 'allege', 'allude', 'announce', 'answer', 'argue',
  'ask', 'assent', 'assert', 'assure', 'attest', 'aver', 'avow', 'blast', 'boast', 'brag', 'caution', 'chant', 'charge',
  'chime', 'claim', 'clarify', 'comment', 'complain', 'concede', 'conclude', 'concur', 'confess', 'confide', 'confirm',
  'contend', 'continue', 'counter', 'cry', 'declaim', 'declare', 'deny', 'disclose', 'divulge', 'editorialize', 'emphasise',
  'emphasize', 'estimate', 'exclaim', 'exhort', 'explain', 'forecast', 'fret', 'gripe', 'grouse', 'grumble', 'gush', 'harp',
  'implore', 'inform', 'insinuate', 'insist', 'instruct', 'inveigh', 'joke', 'lament', 'maintain', 'marvel', 'mention', 'muse',
  'note', 'object', 'observe', 'opine', 'plead', 'pledge', 'posit', 'post', 'preach', 'predict', 'press', 'proclaim',
  'profess', 'promise', 'protest', 'quip', 'reaffirm', 'reason', 'reassert', 'reassure', 'rebut', 'recall',
  'recommend', 'recount', 'reiterate', 'remark', 'remind', 'repeat', 'reply', 'report', 'respond', 'retort', 'reveal', 'say',
  'scoff', 'scream', 'shout', 'specify', 'speculate', 'state', 'stress', 'suggest', 'swear', 'tell', 'testify', 'theorize',
  'tweet', 'underscore', 'urge', 'vouch', 'vouchsafe', 'vow', 'warn', 'whisper', 'wonder', 'write', 'yell',
] as const;

/** Verbs of belief and opinion, attributions only when a clause follows. */
const THOUGHT_LEMMAS = [
  'agonize', 'anticipate', 'assume', 'believe', 'calculate', 'contemplate', 'doubt', 'dread', 'expect', 'fear', 'feel',
  'figure', 'find', 'foresee', 'guess', 'hope', 'hypothesize', 'imagine', 'know', 'mull', 'notice', 'perceive', 'ponder',
  'realise', 'realize', 'reckon', 'recognise', 'recognize', 'reconsider', 'rethink', 'show', 'surmise', 'suspect', 'think',
  'understand', 'wish', 'worry',
] as const;

/** Verbs of public stance toward something, which PolNeAR annotates as attributions of their
 * object ("criticized the plan"). Chosen from PolNeAR train: forms that are an annotated cue in at
 * least two of three uses outside quotes (cue count / word count, e.g. defended 36/39, cited
 * 38/45, criticized 64/80, declined 68/88, described 74/100, endorsed 71/101); and verbs of
 * scorn, praise and distance from general English ("derided", "disavowed", "congratulated",
 * "downplayed", "embraced"), kept where their attributions matched over a third of the time. */
const STANCE_LEMMAS = [
  'abhor', 'acclaim', 'acquiesce', 'adore', 'applaud', 'assail', 'balk', 'bash', 'belittle', 'bemoan', 'berate', 'blame',
  'broach', 'castigate', 'censure', 'characterize', 'chastise', 'cherish', 'chide', 'cite', 'co-sponsor', 'commend',
  'compliment', 'condemn', 'condone', 'congratulate', 'convey', 'criticise', 'criticize', 'debunk', 'decline', 'decry',
  'defend', 'demean', 'demonize', 'denigrate', 'denounce', 'deplore', 'deride', 'describe', 'despise', 'detest', 'disapprove',
  'disavow', 'discuss', 'dislike', 'dismiss', 'disown', 'disparage', 'distrust', 'downplay', 'embrace', 'endorse', 'enumerate',
  'envy', 'espouse', 'eulogize', 'excoriate', 'expound', 'express', 'extol', 'feud', 'forgive', 'frown', 'hail', 'heckle',
  'highlight', 'hint', 'honor', 'imply', 'impugn', 'indicate', 'invoke', 'lambaste', 'lampoon', 'lash', 'laud', 'liken',
  'lionize', 'malign', 'mistrust', 'mock', 'mourn', 'needle', 'offer', 'oppose', 'outline', 'paraphrase', 'peddle', 'portray',
  'praise', 'propose', 'question', 'rail', 'rebuke', 'recap', 'refer', 'reference', 'refuse', 'refute', 'reject', 'relish',
  'renounce', 'reprimand', 'repudiate', 'resent', 'restate', 'retweet', 'revere', 'rip', 'rue', 'salute', 'savage', 'scold',
  'seek', 'shun', 'skewer', 'slam', 'snipe', 'snub', 'spar', 'spurn', 'swipe', 'tangle', 'telegraph', 'tout', 'trash',
  'trumpet', 'uphold', 'voice',
] as const;

/** Single stance forms of verbs whose other forms are mostly nouns or no attribution ("attacks",
 * "votes", "thanks", "issues", "names"). Chosen from PolNeAR train: each form added alone, kept when
 * at least half of the attributions it then yields match an annotated one (attacked 26/38, talked
 * 11/13, voted 19/36, supported 34/71, pointed 37/45, issued 25/41, named 19/29). */
const STANCE_FORMS = [
  'attacked', 'emailed', 'filed', 'issued', 'learned', 'named', 'nominated', 'ordered', 'pointed', 'preferred', 'published', 'ruled',
  'sees', 'signaled', 'sounded', 'supported', 'talked', 'thanked', 'thanking', 'voted', 'welcomed',
] as const;

/** Forms of verbs of intention, which report what the subject means to do before "to" ("wants to
 * run", "plans to announce", "threatened to sue") as thoughts do a clause. Chosen from PolNeAR
 * train: forms whose attributions then match an annotated one at least half the time ("need",
 * "try" and "expected" do not: "is expected to" reports no one's intention); and forms of verbs of
 * desire and plotting from general English ("planning", "aiming", "desire", "hesitated"), kept where
 * over a third of what they added matched ("planned" 4 of 11 and "intended" 1 of 6 did not). */
export const INTENTION_FORMS: ReadonlySet<string> = new Set([
  'aimed', 'aims', 'attempted', 'decide', 'decided', 'desire', 'desired', 'desires', 'hesitate', 'hesitated',
  'hesitates', 'intend', 'intends', 'opted', 'plans', 'prefer', 'prefers', 'threatened',
  'threatens', 'want', 'wanted', 'wanting', 'wants', 'yearn', 'yearned', 'yearns',
]);

/** Adjectives of a state of mind that report a clause after a linking verb ("are confident that
 * …", "was adamant that …", "remain convinced the deal …"), as a thought verb does, or their topic
 * ("are supportive of the plan", "was cagey about it"); general English. Left out as no better than
 * chance on PolNeAR train: "sure", "afraid" ("I'm not sure why", "I'm afraid"), "confused",
 * "disgusted", "positive", "negative", "silent", "quiet", "content".
 * Only after "be", "remain", "seem", "feel", "grow" or "become" (see `isStateAdjective`), so "make
 * sure that" or "a confident Trump" is no cue. */
const STATE_ADJECTIVES: ReadonlySet<string> = new Set([
  'adamant', 'alarmed', 'amazed', 'ambivalent', 'angry', 'annoyed', 'anxious', 'appalled', 'appreciative', 'apprehensive',
  'ashamed', 'astonished', 'aware', 'baffled', 'bearish', 'bitter', 'bullish', 'cagey', 'candid', 'categorical', 'cautious',
  'certain', 'cognizant', 'comfortable', 'concerned', 'confident', 'conscious', 'contemptuous', 'convinced', 'coy', 'delighted',
  'disappointed', 'dismayed', 'dismissive', 'displeased', 'dissatisfied', 'disturbed', 'doubtful', 'embarrassed', 'enamored',
  'encouraged', 'enthusiastic', 'envious', 'evasive', 'excited', 'explicit', 'fearful', 'fond', 'forthright', 'frank',
  'frustrated', 'furious', 'glad', 'grateful', 'happy', 'heartened', 'honest', 'hopeful', 'horrified', 'hostile', 'impressed',
  'incensed', 'indignant', 'insistent', 'irritated', 'jealous', 'leery', 'livid', 'mindful', 'mystified', 'nervous',
  'noncommittal', 'optimistic', 'outraged', 'perplexed', 'persuaded', 'pessimistic', 'pleased', 'proud', 'puzzled', 'receptive',
  'relieved', 'resentful', 'resolute', 'sad', 'sanguine', 'satisfied', 'scornful', 'shocked', 'skeptical', 'sorry', 'steadfast',
  'stunned', 'supportive', 'surprised', 'suspicious', 'sympathetic', 'thankful', 'thrilled', 'troubled', 'unaware', 'uncertain',
  'uncomfortable', 'unconcerned', 'unconvinced', 'unequivocal', 'unhappy', 'unimpressed', 'unsure', 'upfront', 'upset', 'wary',
]);

/** True when `word` is an adjective of a state of mind ("confident", "adamant"). They are kept out
 * of the verb forms, which also stop a speaker phrase ("a presidential hopeful said"). */
export function isStateAdjective(word: string): boolean {
  return STATE_ADJECTIVES.has(word);
}

/** Adjectives of will that report an intention before "to" after a linking verb ("were reluctant
 * to endorse", "is hesitant to commit"), as "wants to" does; general English. "willing", "ready",
 * "determined" and "loath" matched an annotated attribution in 7 of 24 uses on PolNeAR train ("is
 * ready to fight back", "was willing to lie" are mostly the writer's), so they are left out; so is
 * "eager" (9 of 10 on train, but one more unmatched attribution on dev). */
const INTENTION_ADJECTIVES: ReadonlySet<string> = new Set(['hesitant', 'keen', 'reluctant']);

/** True when `word` is an adjective of will ("eager", "reluctant"). */
export function isIntentionAdjective(word: string): boolean {
  return INTENTION_ADJECTIVES.has(word);
}

/** Verbs that label someone or something ("called him a fraud", "dubbed it"). */
const NAMING_LEMMAS = ['brand', 'call', 'dub', 'label'] as const;

/** Verbs that introduce words in quotation marks but rarely report speech without them; manners of
 * speaking among them ("thundered", "mumbled", "chuckled"), which away from a quote mostly narrate
 * ("mumbling to himself", "chuckled and smirked"). */
const QUOTING_LEMMAS = [
  'bark', 'beam', 'bellow', 'boom', 'chuckle', 'demand', 'echo', 'exult', 'fulminate', 'fume', 'gloat', 'growl',
  'hiss', 'holler', 'interject', 'interrupt', 'moan', 'mumble', 'murmur', 'ramble', 'read', 'rejoice', 'retaliate', 'seethe',
  'shriek', 'sigh', 'snarl', 'tease', 'thunder', 'whine',
] as const;

/** Verbs that are cues only with their particle ("put it", "pointed out", "shot back"), by lemma form.
 * A Map, not an object literal: it is asked about every word of a text, and looking arbitrary words
 * up as an object's keys was a sixth of the stage's time (and would find "constructor"). */
const PHRASAL_CUES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    fire: 'back', fired: 'back', fires: 'back', firing: 'back', point: 'out', pointed: 'out', pointing: 'out', points: 'out',
    put: 'it', puts: 'it', shoot: 'back', shoots: 'back', shot: 'back', made: 'clear', makes: 'clear', making: 'clear',
  }),
);

/** Particles after which a reporting verb's content is its topic or counterpart ("talked about the
 * economy", "warned of a recession", "agreed with Dean"). */
const TOPIC_PARTICLES = new Set(['about', 'of', 'with']);
/** Verbs that report a topic with "about" ("talked about the economy"), besides the reporting verbs. */
const ABOUT_VERBS = new Set(['speak', 'speaking', 'speaks', 'spoke', 'talk', 'talked', 'talking', 'talks']);
/** Forms of "ask". */
export const ASK_FORMS: ReadonlySet<string> = new Set(['ask', 'asked', 'asking', 'asks']);
/** Forms of "call". */
export const CALL_FORMS: ReadonlySet<string> = new Set(['call', 'called', 'calling', 'calls']);

/** True when `word` followed by `next` asks about something ("asked about her weaknesses"): the
 * question's topic is not the asker's view, and the answer is what annotators attribute. */
export function isQuestionTopic(word: string, next: string): boolean {
  return ASK_FORMS.has(word) && next === 'about';
}
/** Lemmas whose topic follows "on" ("commented on the deal", "focused on jobs"). */
const ON_LEMMAS = ['comment', 'elaborate', 'focus', 'reflect', 'remark'] as const;
const ON_VERBS: ReadonlySet<string> = new Set(ON_LEMMAS.flatMap((l) => [l, ...regularForms(l), `${l}ed`, `${l}es`, `${l}ing`]));

/** True when `word` followed by `next` reports a topic ("talked about", "warned of", "agreed with",
 * "commented on"): a stance whose content follows the particle. */
export function isTopicCue(word: string, next: string): boolean {
  // "said at a rally" is a setting, but "hinted at a run", "scoffed at the idea" report a topic.
  if (next === 'at') return CUE_FORMS.has(word) && !AT_SETTING_FORMS.has(word);
  // "spoke with voters" names a hearer, not a counterpart.
  if (TOPIC_PARTICLES.has(next)) return (ABOUT_VERBS.has(word) && next !== 'with') || CUE_FORMS.has(word);
  // "pushed for a ban", "argued for patience", "apologized for the remark": what is sought, defended or regretted.
  if (next === 'for') return FOR_FORMS.has(word);
  return next === 'on' && ON_VERBS.has(word);
}
/** Forms of verbs whose object after "for" is what the subject seeks, defends or regrets. */
const FOR_FORMS: ReadonlySet<string> = new Set(
  ['argue', 'lobby', 'plead', 'press', 'push', 'vouch'].flatMap((l) => [l, ...regularForms(l)]).concat(
    // "advocate(s)" is as often the noun ("gun control advocates for years …"), so only its verb forms.
    ['advocated', 'advocating'],
  ),
);

/** Particles that may follow an adverb after a topic verb ("spoke [favorably] of"); not "on"
 * ("focused [mainly] on jobs" names a subject of attention, not a view: 1 of 6 on PolNeAR train). */
const ADVERB_TOPIC_PARTICLES = new Set(['about', 'of']);

/** Tokens from a topic verb at `k` to its particle, past one adverb in -ly ("spoke [favorably] of",
 * "talked [candidly] about"): 1 or 2, or 0 when `k` reports no topic. */
export function topicParticleOffset(lower: readonly string[], k: number): number {
  if (isTopicCue(lower[k]!, lower[k + 1] ?? '')) return 1;
  const adverb = lower[k + 1] ?? '';
  const particle = lower[k + 2] ?? '';
  return adverb.length > 4 && adverb.endsWith('ly') && ADVERB_TOPIC_PARTICLES.has(particle) && isTopicCue(lower[k]!, particle) ? 2 : 0;
}

/** Idioms of stance whose object or clause follows them ("took aim at Trump", "made it clear
 * that …"), general English. */
const IDIOMS = [
  'apologise for', 'apologised for', 'apologize for', 'apologized for', 'apologizes for', 'apologizing for', 'are quick to',
  'argued against', 'argued in favor of', 'argues against', 'backed away from', 'been quick to', 'billed herself as',
  'billed himself as', 'broke with', 'called attention to', 'called into question', 'called out', 'calls into question',
  'came out against', 'came out for', 'came out in favor of', 'campaigned against', 'campaigning against', 'cast doubt on',
  'cast herself as', 'cast himself as', 'distanced herself from', 'distanced himself from', 'distanced themselves from',
  'doubled down on', 'doubling down on', 'drew a line', 'drew attention to', 'drew the line at', 'dug in on', 'expanded on',
  'expressed disappointment', 'expressed regret', 'expressed skepticism', 'floated the idea', 'found fault with',
  'gave credit to', 'gave short shrift to', 'gave the nod to', 'gave voice to', 'had harsh words for', 'had kind words for',
  'had no doubt that', 'had no intention of', 'had no patience for', 'had nothing but praise for', 'had praise for',
  'had sharp words for', 'had strong words for', 'has little patience for', 'has no doubt that', 'has no intention of',
  'has no love for', 'has no patience for', 'have no doubt that', 'heaped praise on', 'heaped scorn on', 'held firm on',
  'hit back at', 'hit out at', 'holds the view that', 'is on record', 'is quick to', 'kept up her attacks on',
  'kept up his attacks on', 'laid into', 'laid out', 'laid the blame', 'lashed out at', 'lashes out at', 'lashing out at',
  'left open the possibility', 'lent her support to', 'lent his support to', 'leveled criticism at', 'lit into',
  'made a case for', 'made a pitch for', 'made a point of', 'made an appeal to', 'made fun of', 'made it clear',
  'made no bones about', 'made no mention of', 'made no secret of', 'made the argument', 'made the case', 'made the case for',
  'made the point', 'nodded to', 'paid lip service to', 'paid tribute to', 'painted a picture of', 'piled on',
  'pinned the blame on', 'pointed the finger at', 'pointed to', 'pointing to', 'poked fun at',
  'positioned herself as', 'positioned himself as', 'poured cold water on', 'presented herself as', 'presented himself as',
  'push back against', 'push back on', 'pushed back against', 'pushed back on', 'put forward', 'put the blame on',
  'quick to point out', 'raised alarms about', 'raised concerns about', 'raised doubts about', 'raised questions about',
  'raised red flags', 'raised the possibility', 'raising concerns about', 'raising questions about', 'ripped into',
  'rolled out', 'sang the praises of', 'set her sights on', 'set his sights on', 'sided with', 'signed off on', 'signed on to',
  'singled out', 'sounded the alarm', 'speaks out against', 'spelled out', 'spoke highly of', 'spoke in favor of',
  'spoke out about', 'spoke out against', 'spoke up for', 'stepped up her attacks on', 'stepped up his attacks on', 'stood by',
  'stood firm on', 'stood up for', 'stopped short of', 'stuck up for', 'summed up', 'takes aim at', 'takes exception to',
  'takes the view that', 'taking aim at', 'threw cold water on', 'threw her support behind', 'threw his support behind',
  'threw their support behind', 'took a dig at', 'took a hard line on', 'took a jab at', 'took a shot at',
  'took a stand against', 'took a stand on', 'took a swipe at', 'took aim at', 'took credit for', 'took exception to',
  'took issue with', 'took jabs at', 'took offense at', 'took pains to', 'took shots at', 'took the position',
  'took the view that', 'took umbrage at', 'tore into', 'turned against', 'voiced frustration', 'voted in favor of',
  'walked back', 'was quick to', 'weighed in on', 'weighs in on', 'went after', 'went on record', 'went to bat for',
  'were quick to', 'will vote for', 'would like to', 'would vote for',
  // Phrasal verbs of dismissing or setting out a view, in their common forms.
  'balk at', 'balked at', 'balking at', 'balks at', 'brush aside', 'brushed aside', 'brushes aside', 'brushing aside',
  'brush off', 'brushed off', 'brushes off', 'brushing off', 'lay out', 'laying out', 'lays out', 'play down', 'played down',
  'playing down', 'plays down', 'shrug off', 'shrugged off', 'shrugging off', 'shrugs off', 'waved off', 'waves off',
  'waving off',
  // Phrasal verbs of a topic taken up or passed over, or a reaction to it.
  'bristled at', 'bristles at', 'bristling at', 'calling into question', 'glossed over', 'glosses over', 'glossing over',
  'homed in on', 'honed in on', 'marveled at', 'marveling at', 'marvels at', 'poked holes in', 'pounced on', 'touched on',
  'touches on', 'touching on', 'zeroed in on', 'zeroes in on', 'zeroing in on',
  // Votes cast, views spoken of warmly or not, and a view opened up about.
  'cast a ballot for', 'cast a vote for', 'cast a vote against', 'cast her vote for', 'cast his vote for',
  'cast their ballots for', 'cast their votes for', 'cast their votes against', 'opened up about', 'opening up about',
  'opens up about', 'spoke disparagingly of', 'spoke favorably of', 'spoke fondly of', 'spoke glowingly of', 'spoke warmly of',
  'speaks favorably of', 'speaks fondly of', 'speaks highly of', 'took multiple swipes at', 'took some shots at',
  'taking swipes at', 'took swipes at',
] as const;

/** Stances stated with a form of "be" ("has been critical of Trump", "is a supporter of the deal"):
 * the subject before "be" holds the view, and the object after the particle is its content. */
const BE_STANCE_IDIOMS = [
  'a critic of', 'a defender of', 'a fan of', 'a proponent of', 'a strong supporter of', 'a supporter of', 'a vocal critic of',
  'an advocate of', 'an advocate for', 'an opponent of', 'critical of', 'no fan of', 'opposed to', 'outspoken about',
  'outspoken against', 'outspoken in', 'outspoken on', 'skeptical of', 'vocal about', 'vocal in', 'wary of',
] as const;
const BE_STANCE_HEADS: ReadonlySet<string> = new Set(BE_STANCE_IDIOMS.map((idiom) => idiom.split(' ')[0]!));

/** Adjectives of feeling or judgement with the preposition that names what they are about ("angry
 * at Trump", "divided on the issue", "mum on the topic"), general English: after a copula ("is
 * angry at", "grew frustrated with", "remained mum on") they state the subject's stance toward
 * their object, which PolNeAR annotates as its attribution. Elsewhere they describe ("an angry
 * crowd at the rally"), so they need one. Attitudes of confidence and liking ("confident in",
 * "proud of", "hostile to") matched on train (16 of 21) but added only unmatched ones on dev, so
 * they are left out. */
const COPULA_STANCES: readonly string[] = [
  // Feelings toward someone or something caused "by" it (the adjectives of a state of mind take their
  // other prepositions themselves: see STATE_ADJECTIVES).
  'alarmed by', 'annoyed by', 'appalled by', 'disappointed by', 'disgusted by', 'disgusted with', 'dismayed by', 'frustrated by',
  'horrified by', 'impressed by', 'irritated by', 'outraged by', 'pleased by', 'troubled by', 'upset by',
  // How a group stands on a question ("voters are divided on …").
  'divided on', 'divided over', 'split on', 'split over', 'unanimous in', 'united behind', 'united in',
  // Candour or silence about a subject ("was clear about", "has remained mum on").
  'adamant about', 'candid about', 'clear about', 'firm on', 'honest about', 'mum on', 'open about', 'quiet about', 'quiet on', 'silent about',
  'silent on', 'unapologetic about', 'upfront about',
];
/** The prepositions each copula stance adjective takes. */
const COPULA_STANCE_PREPOSITIONS: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const byAdjective = new Map<string, Set<string>>();
  for (const pair of COPULA_STANCES) {
    const [adjective, preposition] = pair.split(' ') as [string, string];
    byAdjective.set(adjective, (byAdjective.get(adjective) ?? new Set()).add(preposition));
  }
  return byAdjective;
})();
/** Forms of "be" and of the verbs that link a subject to its state ("remains", "grew", "seems"). */
export const COPULAS: ReadonlySet<string> = new Set([
  'am', 'are', "aren't", 'aren’t', 'be', 'been', 'being', 'is', "isn't", 'isn’t', 'was', "wasn't", 'wasn’t', 'were', "weren't", 'weren’t',
  "'s", '’s', "'re", '’re', "'m", '’m', 'appear', 'appeared', 'appears', 'became', 'become', 'becomes', 'becoming', 'feel', 'feels', 'felt',
  'get', 'gets', 'got', 'grew', 'grow', 'growing', 'grown', 'grows', 'remain', 'remained', 'remaining', 'remains', 'seem', 'seemed',
  'seems', 'sound', 'sounded', 'sounds', 'stay', 'stayed', 'stays',
]);
/** Words that grade an adjective after its copula ("is very angry at", "grew increasingly frustrated with"). */
export const GRADERS: ReadonlySet<string> = new Set(['all', 'also', 'both', 'deeply', 'equally', 'even', 'far', 'less', 'more', 'most', 'much', 'not', 'now', 'quite', 'rather', 'really', 'so', 'still', 'too', 'very']);
/** Most grading words between a copula and its adjective. */
const MAX_GRADERS = 3;

/** True when a copula stands before the adjective at `k`, past grading words and adverbs in -ly. */
function copulaBefore(lower: readonly string[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && k - j <= MAX_GRADERS && (GRADERS.has(lower[j]!) || (lower[j]!.length > 4 && lower[j]!.endsWith('ly')))) j--;
  return j >= 0 && COPULAS.has(lower[j]!);
}

/** Phrases that state a stance after a copula without an adjective ("is against the deal", "are
 * in favor of a ban", "is on board with"). */
const COPULA_PHRASES: readonly (readonly string[])[] = [['against'], ['in', 'favor', 'of'], ['in', 'favour', 'of'], ['on', 'board', 'with']];

/** First words of every copula stance: the adjectives and the phrases' first words. */
const COPULA_STANCE_HEADS: ReadonlySet<string> = new Set([
  ...COPULA_STANCE_PREPOSITIONS.keys(), ...COPULA_PHRASES.map((phrase) => phrase[0]!),
]);

/** The number of tokens of a copula stance starting at `k` ("[angry at]" or "[in favor of]" after "is"), else 0. */
function copulaStanceLength(lower: readonly string[], k: number): number {
  // Most words head no copula stance: one lookup rules them out (this runs at every token).
  if (!COPULA_STANCE_HEADS.has(lower[k]!)) return 0;
  const prepositions = COPULA_STANCE_PREPOSITIONS.get(lower[k]!);
  if (prepositions !== undefined && prepositions.has(lower[k + 1] ?? '') && copulaBefore(lower, k)) return 2;
  for (const phrase of COPULA_PHRASES) if (phrase.every((w, i) => lower[k + i] === w) && copulaBefore(lower, k)) return phrase.length;
  return 0;
}

/** True when a stance idiom stated with "be" starts at `k` ("critical of", "angry at"), so "been"
 * and other copulas before it are skipped. */
export function isBeStance(lower: readonly string[], k: number): boolean {
  return (BE_STANCE_HEADS.has(lower[k]!) && idiomLength(lower, k) > 0) || copulaStanceLength(lower, k) > 0;
}

/** The idioms by first word, each as the words after it. */
const IDIOM_CUES: ReadonlyMap<string, readonly (readonly string[])[]> = (() => {
  const byFirst = new Map<string, string[][]>();
  for (const idiom of [...IDIOMS, ...BE_STANCE_IDIOMS]) {
    const [first, ...rest] = idiom.split(' ');
    byFirst.set(first!, [...(byFirst.get(first!) ?? []), rest]);
  }
  return byFirst;
})();

/** The number of tokens of the longest stance idiom starting at `k` in `lower` ("took aim at" is 3;
 * "made the case for" over "made the case"), or 0. */
export function idiomLength(lower: readonly string[], k: number): number {
  let longest = 0;
  for (const rest of IDIOM_CUES.get(lower[k]!) ?? []) if (rest.length + 1 > longest && rest.every((w, i) => lower[k + 1 + i] === w)) longest = rest.length + 1;
  return longest > 0 ? longest : copulaStanceLength(lower, k);
}

/** True when `word` followed by `next` is a phrasal cue ("pointed out"). */
export function isPhrasalCue(word: string, next: string): boolean {
  return PHRASAL_CUES.get(word) === next;
}

/** Forms the regular rules get wrong, by lemma (sorted). */
const IRREGULAR_FORMS: Readonly<Record<string, readonly string[]>> = {
  admit: ['admits', 'admitted', 'admitting'],
  imply: ['implies', 'implied', 'implying'],
  refer: ['refers', 'referred', 'referring'],
  slam: ['slams', 'slammed', 'slamming'],
  dub: ['dubs', 'dubbed', 'dubbing'],
  seek: ['seeks', 'sought', 'seeking'],
  feel: ['feels', 'felt', 'feeling'],
  spar: ['spars', 'sparred', 'sparring'],
  rip: ['rips', 'ripped', 'ripping'],
  snub: ['snubs', 'snubbed', 'snubbing'],
  foresee: ['foresees', 'foresaw', 'foreseen', 'foreseeing'],
  forecast: ['forecasts', 'forecasted', 'forecasting'],
  rebut: ['rebuts', 'rebutted', 'rebutting'],
  fret: ['frets', 'fretted', 'fretting'],
  understand: ['understands', 'understood', 'understanding'],
  find: ['finds', 'found', 'finding'],
  know: ['knows', 'knew', 'knowing'],
  plead: ['pleads', 'pleaded', 'pled', 'pleading'],
  read: ['reads', 'reading'],
  quip: ['quips', 'quipped', 'quipping'],
  say: ['says', 'said', 'saying'],
  show: ['shows', 'showed', 'shown', 'showing'],
  swear: ['swears', 'swore', 'sworn', 'swearing'],
  tell: ['tells', 'told', 'telling'],
  think: ['thinks', 'thought', 'thinking'],
  write: ['writes', 'wrote', 'written', 'writing'],
};

/** The regular inflections of a verb lemma: -s, -ed and -ing with the usual spelling changes. */
export function regularForms(lemma: string): string[] {
  if (lemma.endsWith('e')) return [`${lemma}s`, `${lemma}d`, `${lemma.slice(0, -1)}ing`];
  if (/[^aeiou]y$/.test(lemma)) return [`${lemma.slice(0, -1)}ies`, `${lemma.slice(0, -1)}ied`, `${lemma}ing`];
  if (/(?:s|sh|ch|x|z)$/.test(lemma)) return [`${lemma}es`, `${lemma}ed`, `${lemma}ing`];
  return [`${lemma}s`, `${lemma}ed`, `${lemma}ing`];
}

/** A lemma and its inflections, irregular ones from the table. */
function everyForm(lemma: string): string[] {
  return [lemma, ...(IRREGULAR_FORMS[lemma] ?? regularForms(lemma))];
}

/** Every form of every lemma in `lemmas`, mapped to `strength`, into `into`. */
function addForms(into: Map<string, CueStrength>, lemmas: readonly string[], strength: CueStrength): void {
  for (const lemma of lemmas) for (const form of everyForm(lemma)) into.set(form, strength);
}

/** Forms of verbs after which "at" names where the words were said ("said at a rally"). */
const AT_SETTING_FORMS: ReadonlySet<string> = new Set(
  ['acknowledge', 'add', 'announce', 'argue', 'claim', 'confirm', 'declare', 'explain', 'note', 'predict', 'recall', 'report', 'reveal',
    'say', 'state', 'tell', 'testify', 'write'].flatMap(everyForm),
);

/** Verbs of cognition that take a noun as object as often as a clause ("assumed the presidency",
 * "noticed the smoke", "understands the risks"): they report a thought only before "that", a
 * question word or a subject pronoun, never before a determiner or a name. */
export const OBJECT_TAKING_THOUGHTS: ReadonlySet<string> = new Set(
  ['anticipate', 'assume', 'notice', 'perceive', 'realise', 'realize', 'recognise', 'recognize', 'understand'].flatMap(everyForm),
);
const CUE_FORMS: ReadonlyMap<string, CueStrength> = (() => {
  const forms = new Map<string, CueStrength>();
  addForms(forms, QUOTING_LEMMAS, 'quoting');
  addForms(forms, STANCE_LEMMAS, 'stance');
  for (const form of STANCE_FORMS) forms.set(form, 'stance');
  for (const form of INTENTION_FORMS) if (!forms.has(form)) forms.set(form, 'thought');
  addForms(forms, NAMING_LEMMAS, 'naming');
  addForms(forms, THOUGHT_LEMMAS, 'thought');
  addForms(forms, SPEECH_LEMMAS, 'speech');
  return forms;
})();

// "read" is its own past tense, so it is not listed as a bare lemma that needs a subject.
const LEMMAS: ReadonlySet<string> = new Set<string>([
  ...SPEECH_LEMMAS, ...THOUGHT_LEMMAS, ...NAMING_LEMMAS, ...STANCE_LEMMAS, ...QUOTING_LEMMAS.filter((l) => l !== 'read'),
]);

/** True when `word` is the bare lemma ("say"), which is also a noun or an imperative often enough to need a subject. */
export function isBareLemma(word: string): boolean {
  return LEMMAS.has(word);
}

/** The cue strength of a lower-cased word, or undefined when it is not a reporting verb. */
export function cueStrength(word: string): CueStrength | undefined {
  return CUE_FORMS.get(word);
}

/** Verbs whose next noun phrase is the hearer, not the speaker ("told reporters", "asked him"). */
export const HEARER_VERBS: ReadonlySet<string> = new Set([
  'advise', 'advised', 'advises', 'advising', 'ask', 'asked', 'asking', 'asks', 'assure', 'assured', 'assures', 'assuring',
  'inform', 'informed', 'informing', 'informs', 'reassure', 'reassured', 'reassures', 'reassuring', 'remind', 'reminded',
  'reminding', 'reminds', 'tell', 'telling', 'tells', 'told', 'urge', 'urged', 'urges', 'urging', 'warn', 'warned', 'warning',
  'warns',
]);
