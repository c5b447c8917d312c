// The briefing's promise, checked: every sentence and quote is a verbatim slice of a source
// article at the offsets it names, and every resolved date points inside its sentence.
import type { Briefing, BriefingSentence, Provenance } from '../../core/briefing.ts';

/** What a provenance check needs of an article. */
export interface ArticleText {
  readonly id: string;
  readonly text: string;
}

/** One broken promise: which part, which sentence, what is wrong. */
export interface ProvenanceProblem {
  readonly part: string;
  readonly index: number;
  readonly reason: string;
}

/** Every provenance problem of `briefing` against the article texts (empty when it keeps its promise). */
export function checkProvenance(briefing: Briefing, articles: readonly ArticleText[]): ProvenanceProblem[] {
  const texts = new Map(articles.map((a) => [a.id, a.text]));
  const problems: ProvenanceProblem[] = [];
  const parts: [string, readonly BriefingSentence[]][] = [
    ['whatHappened', briefing.whatHappened],
    ['whoSaidWhat', briefing.whoSaidWhat],
    ['whatNext', briefing.whatNext],
  ];
  for (const [part, sentences] of parts) {
    sentences.forEach((s, index) => {
      for (const reason of sentenceProblems(s, texts, briefing.composer === 'writer')) problems.push({ part, index, reason });
    });
  }
  if (briefing.standfirst && briefing.standfirstSources) {
    const s = { text: briefing.standfirst, sources: briefing.standfirstSources };
    for (const reason of sentenceProblems(s, texts, briefing.composer === 'writer')) problems.push({ part: 'standfirst', index: 0, reason });
  }
  return problems;
}

/** True when `sentence` is exactly the text at each of its sources. */
export function sentenceProblems(sentence: Pick<BriefingSentence, 'text' | 'sources' | 'dates'>, texts: ReadonlyMap<string, string>, condensed = false): string[] {
  const problems: string[] = [];
  if (sentence.sources.length === 0) problems.push('no source');
  for (const source of sentence.sources) {
    const reason = spanProblem(source, texts);
    if (reason) problems.push(reason);
    else if (!condensed && texts.get(source.article)!.slice(source.start, source.end) !== sentence.text) problems.push(`text differs from ${source.article}[${source.start}, ${source.end})`);
  }
  for (const d of sentence.dates ?? []) {
    if (d.start < 0 || d.end > sentence.text.length || d.start >= d.end || !/^\d{4}-\d{2}-\d{2}$/.test(d.date)) problems.push(`bad resolved date at [${d.start}, ${d.end})`);
  }
  return problems;
}

/** Why a span cannot be a provenance (unknown article, offsets out of range), or null. */
function spanProblem(source: Provenance, texts: ReadonlyMap<string, string>): string | null {
  const text = texts.get(source.article);
  if (text === undefined) return `unknown article ${source.article}`;
  if (!Number.isInteger(source.start) || !Number.isInteger(source.end) || source.start < 0 || source.end > text.length || source.start >= source.end) return `offsets [${source.start}, ${source.end}) outside ${source.article}`;
  return null;
}

/** Quotations (text inside quotation marks) in `text`, marks excluded. */
export function quotationsIn(text: string): string[] {
  return [...text.matchAll(/["“]([^"“”]+)["”]/g)].map((m) => m[1]!.trim()).filter((q) => q.length > 0);
}
