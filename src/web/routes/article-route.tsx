/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
// An article in context: the passage a briefing sentence came from, highlighted, with its outlet,
// time, story and a link to the original. Only the passage is shown: the outlet's page has the rest.
import type { Article } from '../../core/item.ts';
import { HttpError, notFound } from '../http-error.ts';
import { numericId } from '../format/query-params.ts';
import { formatTime } from '../format/time-format.ts';
import { safeHref } from '../format/safe-href.ts';
import { htmlResponse } from '../render-page.ts';
import { PageLayout } from '../views/page-layout.tsx';
import { outletPath } from '../views/briefing-view.tsx';
import { storyPath } from '../views/story-card.tsx';
import type { RouteRegistrar } from '../web-context.ts';

/** A passage: text before, the highlighted span, text after. */
export interface Passage {
  readonly before: string;
  readonly marked: string;
  readonly after: string;
}

// Context shown around a span, and the opening shown when no span is asked for.
const CONTEXT_CHARS = 280;
const OPENING_CHARS = 600;

/** Parses `?span=start-end` against a text of `length`; null when absent, a 400 when invalid. */
export function parseSpan(raw: string | undefined, length: number): { start: number; end: number } | null {
  if (raw === undefined || raw === '') return null;
  const m = /^(\d{1,9})-(\d{1,9})$/.exec(raw);
  const start = m ? Number(m[1]) : NaN;
  const end = m ? Number(m[2]) : NaN;
  if (!m || start >= end || end > length) throw new HttpError(400, 'web/bad-span', 'span must be START-END within the article text.');
  return { start, end };
}

/** The passage around a span (widened to word edges), or the article's opening. */
export function passageOf(text: string, span: { start: number; end: number } | null): Passage {
  if (span === null) return { before: text.slice(0, OPENING_CHARS) + (text.length > OPENING_CHARS ? '…' : ''), marked: '', after: '' };
  let from = Math.max(0, span.start - CONTEXT_CHARS);
  let to = Math.min(text.length, span.end + CONTEXT_CHARS);
  while (from > 0 && !/\s/.test(text[from - 1] ?? ' ')) from--;
  while (to < text.length && !/\s/.test(text[to] ?? ' ')) to++;
  return {
    before: (from > 0 ? '…' : '') + text.slice(from, span.start),
    marked: text.slice(span.start, span.end),
    after: text.slice(span.end, to) + (to < text.length ? '…' : ''),
  };
}

/** The article page body. */
function ArticleView(props: { article: Article; outletName: string; storyId: string | null; passage: Passage }) {
  const { article, passage } = props;
  const href = safeHref(article.url);
  return (
    <article class="briefing">
      <p class="kicker"><a href={outletPath(article.outletId)}>{props.outletName}</a></p>
      <h1>{article.title}</h1>
      <p class="meta">
        {article.byline ? <>{article.byline} · </> : null}
        {article.publishedAt ? <time datetime={article.publishedAt}>{formatTime(article.publishedAt)}</time> : 'Time unknown'}
      </p>
      <blockquote class="passage" id="passage">
        <p>{passage.before}{passage.marked ? <mark>{passage.marked}</mark> : null}{passage.after}</p>
      </blockquote>
      <p>
        {href ? <a href={href} rel="noopener noreferrer nofollow">Read the whole article at {props.outletName}</a> : null}
        {props.storyId ? <> · <a href={storyPath(props.storyId)}>The story's briefing</a></> : null}
      </p>
    </article>
  );
}

/** GET /articles/:id?span=start-end */
export const registerArticleRoute: RouteRegistrar = (app, ctx) => {
  app.get('/articles/:id', async (c) => {
    const id = numericId(c.req.param('id'), 'article');
    const article = await ctx.store.getArticle(id);
    if (!article) throw notFound('article', String(id));
    const span = parseSpan(c.req.query('span'), article.text.length);
    const [snap, storyId] = await Promise.all([ctx.reader.outletIndex(), ctx.store.storyOfArticle(article.id)]);
    const outletName = snap.outletByKey.get(article.outletId)?.name ?? article.outletId;
    return htmlResponse(
      <PageLayout site={ctx.site} meta={{ title: article.title, path: `/articles/${article.id}`, robots: 'noindex' }}>
        <ArticleView article={article} outletName={outletName} storyId={storyId} passage={passageOf(article.text, span)} />
      </PageLayout>,
    );
  });
};
