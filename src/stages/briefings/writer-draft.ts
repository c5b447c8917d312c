// The optional Writer's round trip, kept pure: the extractive draft becomes chat messages, and
// the model's reply becomes a briefing only if it passes every check; otherwise the draft stands,
// with the reason in its notes. The model may condense and smooth, never add: each rewritten
// sentence names the draft sentences it came from and inherits their provenance; it may not be
// longer than they were; its quotations must be verbatim in a source and its names and numbers
// must appear in one (checkGrounding).
import type { Briefing, BriefingSentence } from '../../core/briefing.ts';
import { checkGrounding } from './grounding-check.ts';
import type { ArticleText } from './provenance-check.ts';
import { countWords } from './word-tokens.ts';

/** A chat message (the shape of the Writer port's WriterMessage). */
export interface ChatMessage {
  readonly role: 'system' | 'user';
  readonly content: string;
}

/** The outcome of applying a reply: the briefing to keep, and why a reply was refused. */
export interface WriterResult {
  readonly briefing: Briefing;
  readonly accepted: boolean;
  readonly problems: readonly string[];
}

const SECTIONS = ['whatHappened', 'whoSaidWhat', 'whatNext'] as const;
type Section = (typeof SECTIONS)[number];

const SYSTEM = [
  'You edit a news briefing drafted from sentences of news articles. Condense and smooth it; never add anything.',
  'Rules: use only facts, names and numbers present in the draft; keep every quotation inside its quotation marks exactly as written, with its speaker;',
  'keep attributions (said, told, according to); take no side; write no sentence longer than the draft sentences it replaces.',
  'Reply with JSON only: {"headline": string, "standfirst": string, "whatHappened": [S], "whoSaidWhat": [S], "whatNext": [S]}',
  'where each S is {"text": string, "from": [numbers of the draft sentences of the same section it condenses]}.',
].join(' ');

/** The chat messages asking a Writer to condense `draft`. */
export function writerRequest(draft: Briefing): ChatMessage[] {
  const lines = [`Headline: ${draft.headline}`, `Standfirst: ${draft.standfirst}`];
  for (const section of SECTIONS) {
    lines.push(`${section}:`);
    draft[section].forEach((s, i) => lines.push(`  ${i + 1}. ${s.role === 'reading' && s.outlet ? `(${s.outlet}) ` : ''}${s.text}`));
  }
  return [
    { role: 'system', content: SYSTEM },
    { role: 'user', content: lines.join('\n') },
  ];
}

/** The briefing to keep after a Writer replied `reply` to writerRequest(draft): the rewrite when grounded, else the draft. */
export function applyWriterReply(draft: Briefing, reply: string, articles: readonly ArticleText[]): WriterResult {
  const parsed = parseReply(reply);
  if (typeof parsed === 'string') return refuse(draft, [parsed]);
  const problems: string[] = [];
  const rewritten: Partial<Record<Section, BriefingSentence[]>> = {};
  for (const section of SECTIONS) rewritten[section] = rewriteSection(draft[section], parsed[section], section, problems);
  if (countWords(parsed.headline) > countWords(draft.headline) + 2) problems.push('headline grew');
  if (countWords(parsed.standfirst) > countWords(draft.standfirst)) problems.push('standfirst grew');
  const texts = [parsed.headline, parsed.standfirst, ...SECTIONS.flatMap((s) => rewritten[s]!.map((x) => x.text))];
  problems.push(...checkGrounding(texts, articles.map((a) => a.text)).problems);
  if (problems.length > 0) return refuse(draft, problems);
  const briefing: Briefing = { ...draft, headline: parsed.headline, standfirst: parsed.standfirst, standfirstDates: parsed.standfirst === draft.standfirst ? (draft.standfirstDates ?? []) : [], whatHappened: rewritten.whatHappened!, whoSaidWhat: rewritten.whoSaidWhat!, whatNext: rewritten.whatNext!, composer: 'writer' };
  return { briefing, accepted: true, problems: [] };
}

/** The reply's JSON with the expected fields, or the reason it is not usable. */
function parseReply(reply: string): { headline: string; standfirst: string } & Record<Section, unknown> | string {
  const json = reply.trim().replace(/^```(?:json)?\s*/, '').replace(/```\s*$/, '');
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return 'reply is not JSON';
  }
  const v = value as Record<string, unknown>;
  if (typeof v !== 'object' || v === null || typeof v.headline !== 'string' || typeof v.standfirst !== 'string') return 'reply lacks headline or standfirst';
  return v as { headline: string; standfirst: string } & Record<Section, unknown>;
}

/** One section's rewritten sentences, each inheriting the provenance of the draft sentences it names. */
function rewriteSection(draft: readonly BriefingSentence[], value: unknown, section: Section, problems: string[]): BriefingSentence[] {
  if (!Array.isArray(value)) {
    problems.push(`${section} is not a list`);
    return [];
  }
  if (draft.length === 0 && value.length > 0) problems.push(`${section} was empty in the draft`);
  const out: BriefingSentence[] = [];
  for (const item of value as { text?: unknown; from?: unknown }[]) {
    const from = Array.isArray(item?.from) ? item.from.filter((n): n is number => Number.isInteger(n) && n >= 1 && n <= draft.length) : [];
    if (typeof item?.text !== 'string' || from.length === 0 || from.length !== (item.from as unknown[]).length) {
      problems.push(`${section}: a sentence without valid "from" numbers`);
      continue;
    }
    const origins = from.map((n) => draft[n - 1]!);
    if (countWords(item.text) > origins.reduce((n, s) => n + countWords(s.text), 0)) problems.push(`${section}: "${item.text.slice(0, 40)}…" is longer than what it condenses`);
    const first = origins[0]!;
    out.push({ text: item.text, sources: origins.flatMap((s) => s.sources), role: first.role, speaker: first.speaker ?? null, outlet: first.outlet ?? null, perspective: first.perspective ?? null });
  }
  return out;
}

/** The draft kept, with the Writer's refusal noted. */
function refuse(draft: Briefing, problems: readonly string[]): WriterResult {
  return { briefing: { ...draft, notes: [...draft.notes, `the writer's rewrite was refused (${problems.slice(0, 3).join('; ')}); the extractive draft is shown`] }, accepted: false, problems };
}
