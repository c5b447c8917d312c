// OPML import and export. Parsing goes through feedsmith (tolerant of OPML 1.0/1.1/2.0, attribute-name
// case, missing title attributes and unclosed documents); this module flattens folders into a feed
// list and carries Roundup's outlet fields as `roundup:*` attributes so that export -> import
// round-trips. Writing is done here: feedsmith's generator neither declares the attributes' namespace
// nor writes a document without outlines, and an OPML document is a few escaped attributes.
import { MalformedError, ParseError, parseOpml as parseOpmlDocument, type Opml } from 'feedsmith';
import { RoundupError } from '../../core/errors.ts';
import type { Outlet } from '../../core/outlet.ts';
import { parsePerspective, type Perspective } from '../../core/perspective.ts';
import { xmlRootElementName } from './feed-sniffer.ts';

/** XML namespace of Roundup's extra outline attributes. A URN: it names the vocabulary and is never fetched. */
export const ROUNDUP_OPML_NAMESPACE = 'urn:x-roundup:opml:1';

// Outline attributes carrying Outlet fields, sorted. The name goes in the standard `text`/`title`
// and the language in the standard `language` attribute, so other readers still show them.
const ROUNDUP_ATTRIBUTES = [
  'roundup:country',
  'roundup:homeDomain',
  'roundup:id',
  'roundup:isWire',
  'roundup:perspective',
  'roundup:perspectiveBasis',
] as const;

type Outline = Opml.Outline<string, typeof ROUNDUP_ATTRIBUTES>;

/** One feed of an OPML subscription list, with what the document says about its outlet. */
export interface OpmlFeed {
  /** The `xmlUrl` attribute, trimmed, not resolved or checked. */
  readonly url: string;
  /** `title`, else `text`; null when neither is given. */
  readonly title: string | null;
  readonly htmlUrl: string | null;
  /** Enclosing folders joined with ` / ` (e.g. `News / World`), else the `category` attribute; null at top level. */
  readonly category: string | null;
  /** The standard `language` attribute of the feed's outline, else of its outlet's outline. */
  readonly language: string | null;
  // The rest come from the `roundup:*` attributes of the nearest outline (the feed's own or an
  // ancestor's) that has any: all null in OPML that Roundup did not write. Unvalidated beyond
  // their type: pass them through validateOutlet.
  readonly outletId: string | null;
  /** Name (`title`, else `text`) of the outline carrying the `roundup:*` attributes. */
  readonly outletName: string | null;
  readonly homeDomain: string | null;
  readonly country: string | null;
  /** Null when absent or not a perspective (`center` and `lean left` are accepted). */
  readonly perspective: Perspective | null;
  readonly perspectiveBasis: string | null;
  /** Null when absent or neither `true` nor `false`. */
  readonly isWire: boolean | null;
}

// What a feed inherits from the outline of its outlet.
type OutletContext = Omit<OpmlFeed, 'url' | 'title' | 'htmlUrl' | 'category'>;

const NO_OUTLET: OutletContext = {
  language: null,
  outletId: null,
  outletName: null,
  homeDomain: null,
  country: null,
  perspective: null,
  perspectiveBasis: null,
  isWire: null,
};

/** A feed to export: which outlet it belongs to, its URL and title. */
export interface OpmlExportFeed {
  readonly outletId: string;
  readonly url: string;
  readonly title: string | null;
}

/** Head fields of an exported document; `dateCreated` is a time `Date` can parse, ISO 8601 preferred (the stage reads no clock). */
export interface OpmlExportOptions {
  readonly title: string;
  readonly dateCreated: string;
}

/**
 * The feeds of an OPML document, folders flattened, in document order, deduplicated by URL (first wins).
 * Throws RoundupError `sources/invalid-opml` when the text is not OPML.
 */
export function parseOpml(text: string): OpmlFeed[] {
  const document = readDocument(text);
  const feeds: OpmlFeed[] = [];
  const seen = new Set<string>();
  for (const feed of flatten(document.body?.outlines ?? [], [], NO_OUTLET)) {
    if (seen.has(feed.url)) continue;
    seen.add(feed.url);
    feeds.push(feed);
  }
  return feeds;
}

/**
 * An OPML 2.0 document with one folder outline per outlet (carrying its fields as `roundup:*`
 * attributes) holding an outline per feed, in the order given. Throws RoundupError
 * `sources/unknown-outlet` for a feed of an outlet not listed, `sources/invalid-opml` for a bad date.
 */
export function buildOpml(outlets: readonly Outlet[], feeds: readonly OpmlExportFeed[], options: OpmlExportOptions): string {
  const created = new Date(options.dateCreated);
  if (Number.isNaN(created.getTime())) {
    throw new RoundupError('sources/invalid-opml', `dateCreated ${JSON.stringify(options.dateCreated)} is not a valid time (expected ISO 8601)`);
  }
  checkFeedOutlets(outlets, feeds);
  const body = outlets.flatMap((outlet) => outletLines(outlet, feeds.filter((feed) => feed.outletId === outlet.id)));
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<opml version="2.0" xmlns:roundup="${ROUNDUP_OPML_NAMESPACE}">`,
    '  <head>',
    `    <title>${escapeXml(options.title)}</title>`,
    // OPML 2.0 dates are RFC 822, which toUTCString writes.
    `    <dateCreated>${created.toUTCString()}</dateCreated>`,
    '  </head>',
    body.length === 0 ? '  <body/>' : ['  <body>', ...body, '  </body>'].join('\n'),
    '</opml>',
    '',
  ].join('\n');
}

function readDocument(text: string): Opml.Document<string, typeof ROUNDUP_ATTRIBUTES> {
  const root = xmlRootElementName(text);
  if (root?.toLowerCase() !== 'opml') {
    const found = root === null ? `it starts with ${JSON.stringify(text.trimStart().slice(0, 40))}` : `its root element is <${root}>`;
    throw new RoundupError('sources/invalid-opml', `not an OPML document: ${found}`);
  }
  try {
    return parseOpmlDocument(text, { extraOutlineAttributes: ROUNDUP_ATTRIBUTES });
  } catch (err) {
    if (err instanceof MalformedError) {
      throw new RoundupError('sources/invalid-opml', `malformed OPML: ${err.message}`, { cause: err });
    }
    // feedsmith reports an <opml> with neither head nor outlines as unparseable; it is just empty.
    if (err instanceof ParseError) return {};
    throw err;
  }
}

function* flatten(outlines: readonly Outline[], folders: readonly string[], inherited: OutletContext): Generator<OpmlFeed> {
  for (const outline of outlines) {
    const context = outletContextOf(outline) ?? inherited;
    const url = outline.xmlUrl?.trim() ?? '';
    if (url !== '') yield feedOf(outline, url, folders, context);
    const name = outlineName(outline);
    yield* flatten(outline.outlines ?? [], name === null ? folders : [...folders, name], context);
  }
}

function feedOf(outline: Outline, url: string, folders: readonly string[], context: OutletContext): OpmlFeed {
  return {
    ...context,
    url,
    title: outlineName(outline),
    htmlUrl: nonEmpty(outline.htmlUrl),
    category: folders.length > 0 ? folders.join(' / ') : nonEmpty(outline.category),
    language: nonEmpty(outline.language) ?? context.language,
  };
}

function outlineName(outline: Outline): string | null {
  return nonEmpty(outline.title) ?? nonEmpty(typeof outline.text === 'string' ? outline.text : undefined);
}

// Null when the outline has no `roundup:*` attribute, so that the feed keeps its ancestor's context.
function outletContextOf(outline: Outline): OutletContext | null {
  if (!ROUNDUP_ATTRIBUTES.some((attribute) => typeof outline[attribute] === 'string')) return null;
  const text = (attribute: (typeof ROUNDUP_ATTRIBUTES)[number]): string | null => nonEmpty(outline[attribute] as string | undefined);
  const wire = text('roundup:isWire');
  const perspective = text('roundup:perspective');
  return {
    language: nonEmpty(outline.language),
    outletId: text('roundup:id'),
    outletName: outlineName(outline),
    homeDomain: text('roundup:homeDomain'),
    country: text('roundup:country'),
    perspective: perspective === null ? null : parsePerspective(perspective),
    perspectiveBasis: text('roundup:perspectiveBasis'),
    isWire: wire === 'true' ? true : wire === 'false' ? false : null,
  };
}

function checkFeedOutlets(outlets: readonly Outlet[], feeds: readonly OpmlExportFeed[]): void {
  const ids = new Set(outlets.map((outlet) => outlet.id));
  const stray = feeds.find((feed) => !ids.has(feed.outletId));
  if (stray !== undefined) {
    throw new RoundupError('sources/unknown-outlet', `feed ${stray.url} belongs to outlet "${stray.outletId}", which is not among the outlets to export`);
  }
}

function outletLines(outlet: Outlet, feeds: readonly OpmlExportFeed[]): string[] {
  const attributes: [string, string][] = [
    ['text', outlet.name],
    ['title', outlet.name],
    ['htmlUrl', siteUrl(outlet)],
    ['language', outlet.language],
    ['roundup:country', outlet.country],
    ['roundup:homeDomain', outlet.homeDomain],
    ['roundup:id', outlet.id],
    ['roundup:isWire', String(outlet.isWire)],
    ['roundup:perspective', outlet.perspective],
  ];
  if (outlet.perspectiveBasis !== '') attributes.push(['roundup:perspectiveBasis', outlet.perspectiveBasis]);
  if (feeds.length === 0) return [`    <outline ${formatAttributes(attributes)}/>`];
  return [`    <outline ${formatAttributes(attributes)}>`, ...feeds.map((feed) => feedLine(outlet, feed)), '    </outline>'];
}

// OPML readers expect type="rss" for every subscription, Atom and JSON Feed included.
function feedLine(outlet: Outlet, feed: OpmlExportFeed): string {
  const title = feed.title ?? outlet.name;
  const attributes: [string, string][] = [['text', title], ['title', title], ['type', 'rss'], ['xmlUrl', feed.url], ['htmlUrl', siteUrl(outlet)]];
  return `      <outline ${formatAttributes(attributes)}/>`;
}

function formatAttributes(attributes: readonly (readonly [string, string])[]): string {
  return attributes.map(([name, value]) => `${name}="${escapeXml(value)}"`).join(' ');
}

// Escapes for both text and double-quoted attributes; line breaks and tabs as character
// references so attribute-value normalisation does not turn them into spaces.
function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/[\t\n\r]/g, (char) => `&#${char.charCodeAt(0)};`)
    // eslint-disable-next-line no-control-regex -- matching them is the point: XML 1.0 cannot carry these characters at all
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
}

function siteUrl(outlet: Outlet): string {
  return `https://${outlet.homeDomain}/`;
}

function nonEmpty(value: string | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}
