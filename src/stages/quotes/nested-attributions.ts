// Attributions inside the content of another: "Rubio says [he feels he did great]". Annotators
// (PolNeAR) mostly count such words once, as the outer speaker's: when the inner speaker opens the
// outer content, when the inner cue is a thought, or a label or a third party's stance inside
// reported speech ("he said [Trump attacked Clinton]"). A report of someone else's words further
// in stays a second attribution ("said the deal would hold because [Obama told her that …]").
// Measured on PolNeAR train: under 30% of each dropped kind matched an annotated attribution.
import { cueAt } from './cue-position.ts';
import { cueStrength } from './cue-verbs.ts';
import type { Draft, QuoteContext } from './quote-context.ts';
import { SPEAKER_PRONOUNS } from './word-classes.ts';

/** Most characters between the start of a content and the speaker of an echo that opens it ("that "). */
const ECHO_LEAD = 6;

/** `drafts` (ordered by content start) without the inner attributions that echo an outer one. */
export function withoutNestedEchoes(ctx: QuoteContext, drafts: Draft[]): Draft[] {
  return drafts.filter((d) => {
    if (d.speaker === null || d.speaker.first > d.cueFirst) return true;
    const outer = enclosing(ctx, drafts, d);
    return outer === null || !isEcho(ctx, d, outer);
  });
}

/** The draft whose content holds the speaker and cue of `d` (the one starting last), or null. */
function enclosing(ctx: QuoteContext, drafts: readonly Draft[], d: Draft): Draft | null {
  const t = ctx.tokens;
  const speakerStart = t.starts[d.speaker!.first]!;
  const cueEnd = t.ends[d.cueLast]!;
  let found: Draft | null = null;
  // Contents are ordered by start; one that starts after the speaker cannot hold it.
  const last = lastStartingBy(drafts, speakerStart);
  for (let i = last; i >= 0 && last - i < MAX_WALK && found === null; i--) {
    const outer = drafts[i]!;
    if (outer !== d && cueEnd <= outer.contentEnd) found = outer;
  }
  return found;
}

/** Most drafts walked back from a speaker for the content that holds it, so the walk stays
 * bounded however many attributions a text has (an enclosing one is rarely more than a few back). */
const MAX_WALK = 16;

/** True when the inner draft `d` echoes `outer`: its speaker opens the outer content ("says [he
 * feels …]"), it is a thought ("said [she believes …]"), reported words under "according to" or a
 * colon, or a label or, under a noun phrase, a stance inside reported speech ("said [Trump called
 * him …]", "said [Trump attacked …]"). */
function isEcho(ctx: QuoteContext, d: Draft, outer: Draft): boolean {
  const t = ctx.tokens;
  // "“…,” Mr. Hedge said, referring to the resorts. “…”": a participle between the parts of a
  // direct quote narrates what its speaker meant; it is not quoted.
  if (outer.kind === 'direct' && ctx.spanOf[d.cueFirst]! < 0 && t.lower[d.cueFirst]!.endsWith('ing') && t.lower[d.cueFirst - 1] === ',') return false;
  if (t.starts[d.speaker!.first]! - outer.contentStart < ECHO_LEAD) return true;
  // "said [the members had pushed for …]": an idiom or a copula stance is a stance too, read where it stands.
  const inner = cueStrength(t.lower[d.cueFirst]!) ?? cueAt(ctx, d.cueFirst);
  if (inner === 'thought') return true;
  // "took aim at", "is angry at", "pushed for": an idiom or a verb with its particle takes a stance;
  // a word that is a cue only where it stands is read there.
  const outerStrength = cueStrength(t.lower[outer.cueFirst]!) ?? cueAt(ctx, outer.cueFirst);
  // Under "according to X," or a colon the annotated source of reported words is the outer one;
  // under "according to" that of a quote too ("“…,” Grayson said, according to Frankel": 1 of 16
  // such quotes was annotated with its own speaker on PolNeAR train).
  if (outerStrength === undefined) return d.kind !== 'direct' || t.lower[outer.cueFirst] === 'according';
  if (outerStrength !== 'speech') return false;
  return inner === 'naming' || (inner === 'stance' && !SPEAKER_PRONOUNS.has(t.lower[d.speaker!.first]!));
}

/** Index of the last draft (ordered by content start) whose content starts at or before `offset`, or -1. */
function lastStartingBy(drafts: readonly Draft[], offset: number): number {
  let lo = 0;
  let hi = drafts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (drafts[mid]!.contentStart <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
