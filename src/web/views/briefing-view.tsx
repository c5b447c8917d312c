/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
// The briefing in the house format (shared/reference/house-style.md): every sentence and quote
// followed by links to the article passages it came from.
import type { Briefing, BriefingSentence, BriefingSource, Provenance } from '../../core/briefing.ts';
import type { Outlet } from '../../core/outlet.ts';
import { formatDate, formatTime } from '../format/time-format.ts';
import { safeHref } from '../format/safe-href.ts';
import { CoverageBar } from './coverage-bar.tsx';
import { storyPath } from './story-card.tsx';

/** Path of the article page that highlights a provenance span. */
export function sourcePath(p: Provenance): string {
  return `/articles/${encodeURIComponent(p.article)}?span=${p.start}-${p.end}#passage`;
}

/** Path of an outlet's page. */
export function outletPath(outletId: string): string {
  return `/outlets/${encodeURIComponent(outletId)}`;
}

// More links than this after one sentence stop helping a reader; the sources list has the rest.
const MAX_LINKS_PER_SENTENCE = 3;

/** The links after a sentence, named by outlet. */
function SourceLinks(props: { sources: readonly Provenance[]; byArticle: ReadonlyMap<string, BriefingSource> }) {
  return (
    <span class="src-links">
      {props.sources.slice(0, MAX_LINKS_PER_SENTENCE).map((p) => {
        const source = props.byArticle.get(p.article);
        const name = source?.outlet ?? 'source';
        return (
          <>
            {' '}
            <a class="src" href={sourcePath(p)} title={source ? `${source.outlet}: ${source.title}` : 'Source article'}>{name}</a>
          </>
        );
      })}
    </span>
  );
}

/** A relative day inside a sentence resolved to a date (`dates` is newer than some stored briefings). */
interface DateSpan {
  readonly start: number;
  readonly end: number;
  readonly date: string;
}

/** Valid, ordered, non-overlapping resolved dates of a sentence. */
export function dateSpans(sentence: BriefingSentence): DateSpan[] {
  const raw = (sentence as { dates?: unknown }).dates;
  if (!Array.isArray(raw)) return [];
  const spans = raw.filter((d): d is DateSpan => typeof d?.start === 'number' && typeof d?.end === 'number' && typeof d?.date === 'string' && d.start >= 0 && d.start < d.end && d.end <= sentence.text.length);
  spans.sort((a, b) => a.start - b.start);
  return spans.filter((d, i) => i === 0 || d.start >= spans[i - 1]!.end);
}

/** Sentence text with each resolved relative day ("Monday") as a <time> carrying its date. */
function SentenceText(props: { sentence: BriefingSentence }) {
  const text = props.sentence.text;
  const parts: (string | ReturnType<typeof TimeOf>)[] = [];
  let at = 0;
  for (const d of dateSpans(props.sentence)) {
    parts.push(text.slice(at, d.start), <TimeOf date={d.date} text={text.slice(d.start, d.end)} />);
    at = d.end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}

/** A relative day with its resolved date. */
function TimeOf(props: { date: string; text: string }) {
  return <time datetime={props.date} title={formatDate(props.date)}>{props.text}</time>;
}

/** A sentence with its source links. */
function Sentence(props: { sentence: BriefingSentence; byArticle: ReadonlyMap<string, BriefingSource> }) {
  return (
    <>
      <span class={`sentence role-${props.sentence.role ?? 'fact'}`}><SentenceText sentence={props.sentence} /></span>
      <SourceLinks sources={props.sentence.sources} byArticle={props.byArticle} />{' '}
    </>
  );
}

/** A paragraph of sentences, or nothing when empty. */
function Paragraph(props: { sentences: readonly BriefingSentence[]; byArticle: ReadonlyMap<string, BriefingSource> }) {
  if (props.sentences.length === 0) return null;
  return <p>{props.sentences.map((s) => <Sentence sentence={s} byArticle={props.byArticle} />)}</p>;
}

/** The sources list. */
function SourcesList(props: { sources: readonly BriefingSource[]; outletByKey: ReadonlyMap<string, Outlet> }) {
  return (
    <ol class="sources">
      {props.sources.map((s) => {
        const outlet = props.outletByKey.get(s.outlet);
        const href = safeHref(s.url);
        return (
          <li>
            {outlet ? <a href={outletPath(outlet.id)}>{s.outlet}</a> : <span>{s.outlet}</span>}{' '}
            <span class={`perspective p-${s.perspective}`}>{s.perspective}</span>{' '}
            {href ? <a href={href} rel="noopener noreferrer nofollow" class="source-title">{s.title}</a> : <span class="source-title">{s.title}</span>}{' '}
            {s.published ? <time datetime={s.published}>{formatTime(s.published)}</time> : null}{' '}
            <a href={`/articles/${encodeURIComponent(s.article)}`} class="in-context">in context</a>
          </li>
        );
      })}
    </ol>
  );
}

/** Where the standfirst came from, when the briefing says (older briefings do not). */
export function standfirstSources(b: Briefing): readonly Provenance[] {
  const raw = (b as { standfirstSources?: unknown }).standfirstSources;
  return Array.isArray(raw) ? raw.filter((p): p is Provenance => typeof p?.article === 'string' && Number.isInteger(p?.start) && Number.isInteger(p?.end)) : [];
}

/** The whole briefing: headline block, the three parts, coverage, sources and related stories. */
export function BriefingView(props: { briefing: Briefing; outletByKey: ReadonlyMap<string, Outlet> }) {
  const b = props.briefing;
  const byArticle = new Map(b.sources.map((s) => [s.article, s]));
  const quotes = b.whoSaidWhat.filter((s) => s.role === 'quote');
  const readings = b.whoSaidWhat.filter((s) => s.role !== 'quote');
  return (
    <article class="briefing">
      <header>
        <p class="kicker">{b.kicker}</p>
        <h1>{b.headline}</h1>
        <p class="standfirst"><SentenceText sentence={{ text: b.standfirst, sources: [], dates: b.standfirstDates }} /><SourceLinks sources={standfirstSources(b)} byArticle={byArticle} /></p>
        {b.updated ? <p class="meta">Updated <time datetime={b.updated}>{formatTime(b.updated)}</time></p> : null}
      </header>
      <CoverageBar coverage={b.coverage} />
      <section aria-labelledby="what-happened"><h2 id="what-happened">What happened</h2><Paragraph sentences={b.whatHappened} byArticle={byArticle} /></section>
      {b.whoSaidWhat.length > 0 ? (
        <section aria-labelledby="who-said-what"><h2 id="who-said-what">Who said what</h2><Paragraph sentences={quotes} byArticle={byArticle} /><Paragraph sentences={readings} byArticle={byArticle} /></section>
      ) : null}
      {b.whatNext.length > 0 ? (
        <section aria-labelledby="what-next"><h2 id="what-next">What next?</h2><Paragraph sentences={b.whatNext} byArticle={byArticle} /></section>
      ) : null}
      <section aria-labelledby="sources-title"><h2 id="sources-title">Sources</h2><SourcesList sources={b.sources} outletByKey={props.outletByKey} /></section>
      {b.related.length > 0 ? (
        <section aria-labelledby="related-title">
          <h2 id="related-title">Related</h2>
          <ul class="related">{b.related.map((r) => <li><span class="kicker">{r.kicker}</span> <a href={storyPath(r.story)}>{r.headline}</a></li>)}</ul>
        </section>
      ) : null}
    </article>
  );
}
