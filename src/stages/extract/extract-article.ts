import type { ExtractedArticle, ExtractOutcome } from '../../core/extracted-article.ts';
import type { HtmlElement } from './html-tree.ts';
import type { TextBlock } from './text-block.ts';
import { DEFAULT_BUDGET, type ExtractBudget } from './extract-budget.ts';
import { parseHtmlTree } from './html-tree.ts';
import { readPageMeta } from './page-meta.ts';
import { readJsonLdArticle } from './json-ld-article.ts';
import { readMetadata, type ArticleMetadata } from './metadata-read.ts';
import { pruneTree } from './body-prune.ts';
import { measureTree } from './node-stats.ts';
import { chooseContent } from './body-score.ts';
import { readBlocks } from './body-blocks.ts';
import { blocksToHtml } from './article-html.ts';
import { guessLanguage } from './language-guess.ts';
import { notHtmlReason } from './input-check.ts';
import { outletRuleFor, type OutletRule } from './outlet-rules.ts';
import { textSimilarity } from './title-pick.ts';
import { classAndId, descendants } from './tree-query.ts';

/** Options of one extraction: the page's URL (to resolve links and pick outlet rules) and limits. */
export interface ExtractOptions {
  readonly url?: string | null;
  readonly budget?: Partial<ExtractBudget>;
}

// Class or id of comment sections.
const COMMENTS = /comment|reply|replies|respond|discuss|disqus/;

// Below this many characters the strict pruning probably removed the article: read again, gently.
const RETRY_BELOW_CHARS = 1000;

/** Reads the article of a news page: its text, sanitized HTML and metadata, or why there is none. */
export function extractArticle(html: string, options: ExtractOptions = {}): ExtractOutcome {
  const reason = notHtmlReason(html);
  if (reason) return { kind: 'no-article', reason };
  const budget: ExtractBudget = { ...DEFAULT_BUDGET, ...options.budget };
  const url = options.url ?? null;
  const tree = parseHtmlTree(html, budget);
  if (tree.elementCount === 0) return { kind: 'no-article', reason: 'no HTML elements' };
  const metadata = readMetadata(readPageMeta(tree.root), readJsonLdArticle(tree.jsonLd), tree.root, url);
  const rule = outletRuleFor(metadata.canonicalUrl ?? url);
  let blocks = readBody(tree.root, metadata, rule, true);
  if (textLength(blocks) < RETRY_BELOW_CHARS) {
    const gentle = readBody(parseHtmlTree(html, budget).root, metadata, rule, false);
    // The gentle reading keeps more furniture: it must find clearly more to be preferred.
    if (textLength(gentle) > textLength(blocks) * 1.5) blocks = gentle;
  }
  const text = blocks.filter((block) => block.text && block.kind !== 'figcaption').map((block) => block.text).join('\n\n');
  if (!text) return { kind: 'no-article', reason: tree.truncated ? 'no article text within the budget (page cut short)' : 'no article text found' };
  return { kind: 'article', article: toArticle(metadata, text, blocksToHtml(blocks)) };
}

/** Total characters of text in blocks. */
function textLength(blocks: readonly TextBlock[]): number {
  return blocks.reduce((sum, block) => sum + block.text.length, 0);
}

/** The article's blocks from the page tree (mutated: pruned). `strict` prunes boilerplate by name. */
function readBody(root: HtmlElement, metadata: ArticleMetadata, rule: OutletRule | null, strict: boolean): TextBlock[] {
  const before = measureTree(root);
  const allProse = before.get(root)?.prose ?? 0;
  // Comments can outweigh the article; a box named for them never counts as holding it.
  const holdsArticle = (element: HtmlElement) => allProse > 500 && (before.get(element)?.prose ?? 0) > allProse * 0.4 && !COMMENTS.test(classAndId(element));
  pruneTree(root, rule?.drop ?? [], strict, holdsArticle);
  const stats = measureTree(root);
  const ruled = rule?.body ? findRuledBody(root, rule.body) : null;
  const elements = ruled ? [ruled] : chooseContent(root, stats).elements;
  const blocks = readBlocks(elements, { stats, baseUrl: metadata.canonicalUrl });
  return dropTitleHeading(blocks, metadata.title);
}

/** The element an outlet rule names as the body, or null. */
function findRuledBody(root: HtmlElement, fragments: readonly string[]): HtmlElement | null {
  return descendants(root).find((element) => fragments.some((fragment) => classAndId(element).includes(fragment))) ?? null;
}

/** Drops a heading that repeats the title (the headline is metadata, not body text). */
function dropTitleHeading(blocks: TextBlock[], title: string | null): TextBlock[] {
  if (!title) return blocks;
  const index = blocks.findIndex((block) => block.kind === 'h2' || block.kind === 'h3' || block.kind === 'h4');
  const heading = blocks[index];
  if (index < 0 || index > 2 || !heading) return blocks;
  const similar = textSimilarity(title, heading.text) > 0.75 && textSimilarity(heading.text, title) > 0.75;
  return similar ? blocks.filter((_, i) => i !== index) : blocks;
}

/** Assembles the article value. */
function toArticle(metadata: ArticleMetadata, text: string, html: string): ExtractedArticle {
  return { ...metadata, language: guessLanguage(metadata.language, text), text, html };
}
