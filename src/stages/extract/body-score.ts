import type { HtmlElement } from './html-tree.ts';
import type { NodeStats } from './node-stats.ts';
import { ARTICLE_BODY, NEGATIVE, POSITIVE } from './boilerplate-patterns.ts';
import { BLOCK_TAGS } from './block-tags.ts';
import { classAndId, descendants, normalizeSpace, textOf } from './tree-query.ts';

/** Elements scored as paragraphs: their text feeds their ancestors' scores. */
const PARAGRAPH_TAGS = new Set(['p', 'pre', 'td', 'blockquote']);
/** Elements that hold paragraphs when they have no block child of their own. */
const LEAF_CONTAINERS = new Set(['div', 'section', 'article', 'main', 'span', 'font', 'center']);

/** Score of each candidate container, and the chosen content elements in page order. */
export interface ContentChoice {
  readonly elements: readonly HtmlElement[];
  readonly topScore: number;
}

/** The class weight of Readability: +25 for article-like names, -25 for boilerplate-like names. */
export function classWeight(element: HtmlElement): number {
  let weight = 0;
  for (const name of [element.attrs.class, element.attrs.id]) {
    if (!name) continue;
    const lower = name.toLowerCase();
    if (NEGATIVE.test(lower)) weight -= 25;
    if (POSITIVE.test(lower)) weight += 25;
  }
  return weight;
}

/** True when an element is marked as the article body (itemprop or a well-known class). */
export function isMarkedBody(element: HtmlElement): boolean {
  return /articlebody/i.test(element.attrs.itemprop ?? '') || ARTICLE_BODY.test(classAndId(element));
}

/** Starting score of a container, from its tag and names. */
function initialScore(element: HtmlElement): number {
  const base: Record<string, number> = { div: 5, article: 8, main: 5, section: 3, pre: 3, td: 3, blockquote: 3, form: -3, ol: -3, ul: -3, dl: -3, li: -3, address: -3, h1: -5, h2: -5, h3: -5, th: -5 };
  return (base[element.tag] ?? 0) + classWeight(element) + (isMarkedBody(element) ? 30 : 0);
}

/** True when an element has a block-level child element. */
function hasBlockChild(element: HtmlElement): boolean {
  return element.children.some((child) => typeof child !== 'string' && BLOCK_TAGS.has(child.tag));
}

/** Finds the article in a pruned tree. A scoring cascade after Readability.js, in numbered steps:
 * paragraphs vote for their ancestors, the best container wins, and its siblings that look like
 * more of the article join it. */
export function chooseContent(root: HtmlElement, stats: ReadonlyMap<HtmlElement, NodeStats>): ContentChoice {
  const stat = (element: HtmlElement) => stats.get(element) ?? { text: 0, links: 0, commas: 0, prose: 0, elements: 0 };
  const linkDensity = (element: HtmlElement) => {
    const s = stat(element);
    return s.text === 0 ? 0 : s.links / s.text;
  };
  // 1. Every paragraph of 25 characters or more scores 1 + its commas + one per 100 characters (at most 3).
  //    Commas count up to one per 100 characters, about what prose has: a table cell listing
  //    hundreds of names ("Name, Name, …") would otherwise outscore the article.
  const scores = new Map<HtmlElement, number>();
  const vote = (from: HtmlElement | null, score: number) => {
    // 2. The score goes to the paragraph's ancestors: all to its parent, half to the grandparent,
    //    then a third of it divided by the level, up to five levels.
    let ancestor = from;
    for (let level = 0; ancestor && ancestor !== root && level < 5; level++, ancestor = ancestor.parent) {
      if (!scores.has(ancestor)) scores.set(ancestor, initialScore(ancestor));
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(ancestor, (scores.get(ancestor) ?? 0) + score / divider);
    }
  };
  const paragraphScore = (text: number, commas: number) => 1 + Math.min(commas, Math.ceil(text / 100)) + Math.min(Math.floor(text / 100), 3);
  for (const element of descendants(root)) {
    const isParagraph = PARAGRAPH_TAGS.has(element.tag) || (LEAF_CONTAINERS.has(element.tag) && !hasBlockChild(element));
    if (isParagraph) {
      const s = stat(element);
      if (s.text >= 25) vote(element.parent, paragraphScore(s.text, s.commas));
    } else if (LEAF_CONTAINERS.has(element.tag)) {
      // Text written straight into a container among its blocks (with <br>s) is a paragraph of it.
      const loose = looseText(element, stat);
      if (loose.text >= 25) vote(element, paragraphScore(loose.text, loose.commas));
    }
  }
  // 3. A container's final score is scaled down by its share of link text.
  const ranked = [...scores.entries()].map(([element, score]) => ({ element, score: score * (1 - linkDensity(element)) })).sort((a, b) => b.score - a.score);
  const final = new Map(ranked.map(({ element, score }) => [element, score]));
  const best = ranked[0];
  if (!best) return { elements: root.children.filter((c): c is HtmlElement => typeof c !== 'string'), topScore: 0 };
  let top = best.element;
  // 4. When several strong candidates share an ancestor, the article is that ancestor: a page that
  //    splits its text into sibling boxes gives each box a modest score.
  const strong = ranked.slice(1, 6).filter(({ score }) => score >= best.score * 0.75).map(({ element }) => ancestorsOf(element));
  if (strong.length >= 3) {
    for (let parent = top.parent; parent && parent !== root; parent = parent.parent) {
      if (strong.filter((list) => list.has(parent as HtmlElement)).length >= 3) {
        top = parent;
        break;
      }
    }
  }
  // 5. Climb while the parent scores more than the best: the best is then one box of the article.
  let lastScore = final.get(top) ?? 0;
  const threshold = lastScore / 3;
  for (let parent = top.parent; parent && parent !== root && parent.tag !== 'body'; parent = parent.parent) {
    const parentScore = final.get(parent);
    if (parentScore === undefined) continue;
    if (parentScore < threshold) break;
    if (parentScore > lastScore) {
      top = parent;
      break;
    }
    lastScore = parentScore;
  }
  // 6. A lone child is as good as its parent; take the parent so that siblings are looked at.
  while (top.parent && top.parent !== root && top.parent.tag !== 'body' && top.parent.children.filter((c) => typeof c !== 'string').length === 1) top = top.parent;
  // 7. Siblings join when they score well, or are paragraphs of plain (unlinked) text.
  const topScore = final.get(top) ?? best.score;
  const siblingThreshold = Math.max(10, topScore * 0.2);
  const parent = top.parent;
  if (!parent) return { elements: [top], topScore };
  const elements = parent.children.filter((child): child is HtmlElement => {
    if (typeof child === 'string') return false;
    if (child === top) return true;
    const bonus = child.attrs.class && child.attrs.class === top.attrs.class ? topScore * 0.2 : 0;
    if ((final.get(child) ?? 0) + bonus >= siblingThreshold) return true;
    if (child.tag !== 'p') return false;
    const s = stat(child);
    const density = linkDensity(child);
    return (s.text > 80 && density < 0.25) || (s.text > 0 && s.text <= 80 && density === 0 && /\.( |$)/.test(textTail(child)));
  });
  // 8. A standfirst marked as such (itemprop description, a lead or teaser class) just before the
  //    body, in the same article, is the article's first paragraph; without one, the paragraphs of
  //    prose in a <header> before the body are (unless a chosen element holds them already).
  const lead = findLead(top, stat);
  if (lead && !elements.includes(lead)) elements.unshift(lead);
  else if (!lead) elements.unshift(...headerParagraphs(top, stat).filter((p) => !elements.some((chosen) => chosen === p || ancestorsOf(p).has(chosen))));
  // 9. A page that cuts its article into chunks between ads repeats the chunk's class on boxes
  //    that are cousins, not siblings: those with real prose join, in page order.
  const chunkClass = top.attrs.class;
  if (!chunkClass) return { elements, topScore };
  const chunks = descendants(root).filter((element) => element.attrs.class === chunkClass && element.tag === top.tag && stat(element).prose > 100);
  if (chunks.length < 2) return { elements, topScore };
  const inChosen = (element: HtmlElement) => elements.some((chosen) => chosen === element || ancestorsOf(element).has(chosen));
  const extra = new Set(chunks.filter((chunk) => !inChosen(chunk) && ![...elements].some((chosen) => ancestorsOf(chosen).has(chunk))));
  if (extra.size === 0) return { elements, topScore };
  const all = new Set([...elements, ...extra]);
  return { elements: descendants(root).filter((element) => all.has(element)), topScore };
}

// Class names of a standfirst, in the languages of the corpora (Spanish bajada, epígrafe and
// entradilla, Italian sommario, French chapô, German Vorspann).
const LEAD_CLASS = /(^|[\s_-])(lead|lede|intro|teaser-text|teaser|standfirst|subtitle|subheadline|dek|deck|summary|excerpt|abstract|article-lead|article-intro|bajada|epigraph|epigrafe|entradilla|sommario|chapo|chapeau|vorspann)([\s_-]|$)/;

// Class names of a standfirst set as a heading (not a subheading or a deck: h2.sub-head and h5.deck
// are second headlines, which the scrapinghub references leave out).
const HEADING_LEAD_CLASS = /(^|[\s_-])(lead|lede|intro|teaser|standfirst|summary|excerpt|abstract|bajada|epigraph|epigrafe|entradilla|sommario|chapo|chapeau|vorspann)([\s_-]|$)/;

// Levels above the top candidate searched for a standfirst when no <article> encloses it: pages
// set the standfirst in an intro box of the page header, a few boxes away from the body.
const LEAD_SCOPE_LEVELS = 4;

/** The element a standfirst is looked for in: the enclosing <article>, else a near ancestor. */
function leadScope(top: HtmlElement): HtmlElement | null {
  for (let node = top.parent; node; node = node.parent) if (node.tag === 'article') return node;
  let scope: HtmlElement | null = top;
  for (let level = 0; level < LEAD_SCOPE_LEVELS && scope; level++) scope = scope.parent;
  return scope;
}

/** A standfirst before the top candidate within its article (or a near ancestor), or null. */
function findLead(top: HtmlElement, stat: (element: HtmlElement) => NodeStats): HtmlElement | null {
  const scope = leadScope(top);
  if (!scope) return null;
  const aboveTop = ancestorsOf(top);
  for (const element of descendants(scope)) {
    if (element === top) return null;
    if (aboveTop.has(element)) continue;
    // A heading marked as a subheading (h2.sub-head, a dek) is a second headline; one marked as
    // the lead is the standfirst set large.
    const marked = /^h[1-6]$/.test(element.tag)
      ? HEADING_LEAD_CLASS.test(classAndId(element))
      : /description/i.test(element.attrs.itemprop ?? '') || LEAD_CLASS.test(classAndId(element));
    if (!marked) continue;
    const s = stat(element);
    if (s.text >= 50 && s.text <= 800 && s.links < s.text * 0.2) return element;
  }
  return null;
}

/** Paragraphs of prose in a <header> before the body, within the lead scope: the standfirst of
 * pages that mark it with nothing but its place. */
function headerParagraphs(top: HtmlElement, stat: (element: HtmlElement) => NodeStats): HtmlElement[] {
  const scope = leadScope(top);
  if (!scope) return [];
  const aboveTop = ancestorsOf(top);
  const found: HtmlElement[] = [];
  // Pages repeat the standfirst for small screens: each text once.
  const seen = new Set<string>();
  for (const element of descendants(scope)) {
    if (element === top) break;
    if (element.tag !== 'header' || aboveTop.has(element)) continue;
    for (const p of descendants(element)) {
      const s = stat(p);
      if (p.tag !== 'p' || s.text < 80 || s.links >= s.text * 0.2) continue;
      const text = normalizeSpace(textOf(p));
      if (!seen.has(text)) found.push(p);
      seen.add(text);
    }
  }
  return found;
}

/** Text outside block children: direct text nodes and inline elements. */
function looseText(element: HtmlElement, stat: (element: HtmlElement) => NodeStats): { text: number; commas: number } {
  let text = 0;
  let commas = 0;
  for (const child of element.children) {
    if (typeof child === 'string') {
      text += child.trim().length;
      commas += child.match(/[,\uFF0C]/g)?.length ?? 0;
    } else if (!BLOCK_TAGS.has(child.tag)) {
      const s = stat(child);
      text += s.text;
      commas += s.commas;
    }
  }
  return { text, commas };
}

/** The set of an element's ancestors. */
function ancestorsOf(element: HtmlElement): Set<HtmlElement> {
  const set = new Set<HtmlElement>();
  for (let node = element.parent; node; node = node.parent) set.add(node);
  return set;
}

/** The last characters of an element's direct text, to see if it ends a sentence. */
function textTail(element: HtmlElement): string {
  const last = element.children[element.children.length - 1];
  return typeof last === 'string' ? last.trimEnd().slice(-2) : '';
}
