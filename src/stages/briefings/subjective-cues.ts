// A sentence in an outlet's own voice that argues rather than reports ("It's right because…",
// "But that's simply not true.") does not belong in What happened, where the briefing states
// only what the outlets agree on. Words inside quotation marks are someone's, not the outlet's.

const PERSONAL = /\b(?:I|I'm|I've|I'd|me|my|we|we're|we've|our|ours|us|you|you're|your)\b/;
const EVALUATIVE = /\b(?:simply|completely|clearly|obviously|absurd|ridiculous|outrageous|shameful|disgraceful|hypocritic(?:al|ally)|hypocrisy|disastrous|insane|pathetic|stupid|idiotic|liars?|scandalous|so-called|probably|perhaps|of course|indeed|frankly|surely|must|should|ought|sadly|thankfully|unfortunately|fortunately|alas|shocking|stunning|bizarre|laughable)\b/i;

/** True when `text`, outside its quotations, speaks in the first or second person, exclaims, or judges. */
export function isSubjective(text: string): boolean {
  const own = text.replace(/["“][^"“”]*["”]/g, ' ');
  return PERSONAL.test(own) || own.includes('!') || EVALUATIVE.test(own);
}
