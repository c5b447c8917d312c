import type { Outlet } from '../core/outlet.ts';
import type { Briefing } from '../core/briefing.ts';
import { describeError } from '../core/errors.ts';
import type { Store } from '../ports/store.ts';
import type { Clock } from '../ports/clock.ts';
import type { Logger } from '../ports/logger.ts';
import type { Writer } from '../ports/writer.ts';
import { composeBriefing, writerRequest, applyWriterReply, type BriefingArticle, type RelatedCandidate } from '../stages/briefings/index.ts';

/** What composing a story's briefing did. */
export type ComposeOutcome =
  | { readonly kind: 'saved'; readonly version: number; readonly changed: boolean; readonly briefing: Briefing }
  | { readonly kind: 'refused'; readonly reason: string }
  | { readonly kind: 'missing' };

/** Recent briefings offered to the composer as related-story candidates. */
const RELATED_CANDIDATES = 200;

/** The story's articles as the briefings stage reads them: with outlet name, perspective and quotes. */
async function briefingArticles(store: Store, storyId: string, outlets: ReadonlyMap<string, Outlet>): Promise<BriefingArticle[]> {
  const members = await store.listStoryMembers(storyId);
  return Promise.all(
    members.map(async ({ article }) => {
      const outlet = outlets.get(article.outletId);
      return {
        id: String(article.id),
        outlet: outlet?.name ?? article.outletId,
        perspective: outlet?.perspective ?? 'unknown',
        isWire: outlet?.isWire ?? false,
        title: article.title,
        text: article.text,
        url: article.url,
        published: article.publishedAt,
        quotes: await store.listQuotes(article.id),
        language: article.language,
      };
    }),
  );
}

/** Other stories' briefings as related-story candidates. */
async function relatedCandidates(store: Store): Promise<RelatedCandidate[]> {
  const recent = await store.listBriefings({ limit: RELATED_CANDIDATES });
  return recent.map(({ briefing }) => ({ story: briefing.story, kicker: briefing.kicker, headline: briefing.headline, terms: (briefing as Briefing & { terms?: readonly string[] }).terms ?? [] }));
}

/** Lets the Writer condense the extractive draft; its reply is kept only when the grounding check
 * passes, and any failure of the model keeps the draft. */
async function condense(deps: { writer?: Writer; logger: Logger }, draft: Briefing, articles: readonly BriefingArticle[]): Promise<Briefing> {
  if (!deps.writer) return draft;
  try {
    const result = applyWriterReply(draft, await deps.writer.complete(writerRequest(draft)), articles);
    if (!result.accepted) deps.logger.info({ storyId: draft.story, problems: result.problems }, 'writer output rejected by the grounding check');
    return result.briefing;
  } catch (err) {
    deps.logger.warn({ storyId: draft.story, err: describeError(err) }, 'writer failed; keeping the extractive draft');
    return draft;
  }
}

/** Composes a story's briefing from its stored articles and quotes and stores it as a new version
 * when it changed. Idempotent: composing an unchanged story stores nothing. */
export async function composeStoryBriefing(deps: { store: Store; clock: Clock; logger: Logger; writer?: Writer }, storyId: string): Promise<ComposeOutcome> {
  const story = await deps.store.getStory(storyId);
  if (!story) return { kind: 'missing' };
  const outlets = new Map((await deps.store.listOutlets()).map((o) => [o.id, o]));
  try {
    const articles = await briefingArticles(deps.store, story.id, outlets);
    const outcome = composeBriefing({ story: story.id, articles, related: await relatedCandidates(deps.store) });
    if (outcome.kind === 'refused') return { kind: 'refused', reason: outcome.reason };
    const briefing = await condense(deps, outcome.briefing, articles);
    const saved = await deps.store.saveBriefing(briefing, deps.clock.now().toISOString());
    return { kind: 'saved', ...saved, briefing };
  } catch (err) {
    deps.logger.error({ storyId, err: describeError(err) }, 'composing the briefing failed');
    return { kind: 'refused', reason: describeError(err) };
  }
}
