// Atom 1.0 and 0.3 element tree -> Atom's own structure. Element names are matched both in the
// Atom namespace and with none, since Atom 0.3 feeds often omit the namespace. Links are
// resolved against the xml:base in scope on the <link> itself (bases nest).
import { attr, childText, findChild, findChildren, nonEmpty, textContent } from '../xml/xml-query.ts';
import type { XmlElement } from '../xml/xml-tree.ts';
import { resolveUrl } from '../text/url-resolve.ts';
import { readAtomText, type AtomText } from './atom-text.ts';

/** An atom:link with its href made absolute. */
export interface AtomLink {
  readonly href: string;
  /** `alternate` when absent, as RFC 4287 says. */
  readonly rel: string;
  readonly type: string | null;
  readonly length: string | null;
}

/** An author or contributor. */
export interface AtomPerson {
  readonly name: string | null;
  readonly email: string | null;
}

/** One <entry>. */
export interface AtomEntry {
  readonly id: string | null;
  readonly title: AtomText | null;
  readonly links: readonly AtomLink[];
  /** published (1.0), else issued or created (0.3). */
  readonly published: string | null;
  /** updated (1.0), else modified (0.3). */
  readonly updated: string | null;
  readonly authors: readonly AtomPerson[];
  readonly summary: AtomText | null;
  readonly content: AtomText | null;
  readonly categories: readonly string[];
  /** media:thumbnail / media:content image URLs (YouTube and others use Media RSS in Atom). */
  readonly mediaImage: string | null;
  /** False when the document ended inside this entry. */
  readonly complete: boolean;
}

/** The feed and its entries. */
export interface AtomFeed {
  readonly version: string | null;
  readonly title: AtomText | null;
  readonly subtitle: AtomText | null;
  readonly links: readonly AtomLink[];
  readonly updated: string | null;
  readonly language: string | null;
  readonly authors: readonly AtomPerson[];
  readonly entries: readonly AtomEntry[];
}

/** Each Atom local name as matched: in the Atom namespace, then with none. */
function atomNames(locals: readonly string[]): string[] {
  const names: string[] = [];
  for (const local of locals) names.push(`atom:${local}`, local);
  return names;
}

/** Finds a child by Atom local name, in the Atom namespace or none. */
function atomChild(element: XmlElement, ...locals: string[]): XmlElement | null {
  return findChild(element, ...atomNames(locals));
}

function atomChildren(element: XmlElement, local: string): XmlElement[] {
  return findChildren(element, `atom:${local}`, local);
}

function atomChildText(element: XmlElement, ...locals: string[]): string | null {
  return childText(element, ...atomNames(locals));
}

/** Reads a <feed> root element. */
export function readAtomFeed(root: XmlElement): AtomFeed {
  return {
    version: atomVersion(root),
    title: textConstruct(root, 'title'),
    subtitle: textConstruct(root, 'subtitle', 'tagline'),
    links: readLinks(root),
    updated: atomChildText(root, 'updated', 'modified'),
    language: nonEmpty(root.attrs['xml:lang']),
    authors: atomChildren(root, 'author').map(readPerson),
    entries: atomChildren(root, 'entry').map(readAtomEntry),
  };
}

/** 0.3 declares itself with a version attribute; 1.0 by its namespace. */
function atomVersion(root: XmlElement): string | null {
  const declared = attr(root, 'version');
  if (declared) return declared;
  const namespaces = Object.entries(root.attrs).filter(([key]) => key.startsWith('xmlns')).map(([, uri]) => uri);
  if (namespaces.some((uri) => /w3\.org\/2005\/atom/i.test(uri))) return '1.0';
  return namespaces.some((uri) => /purl\.org\/atom\/ns/i.test(uri)) ? '0.3' : null;
}

function readAtomEntry(entry: XmlElement): AtomEntry {
  return {
    id: atomChildText(entry, 'id'),
    title: textConstruct(entry, 'title'),
    links: readLinks(entry),
    published: atomChildText(entry, 'published', 'issued', 'created') ?? childText(entry, 'dc:date'),
    updated: atomChildText(entry, 'updated', 'modified'),
    authors: [...atomChildren(entry, 'author'), ...findChildren(entry, 'dc:creator')].map(readPerson),
    summary: textConstruct(entry, 'summary'),
    content: textConstruct(entry, 'content'),
    categories: atomChildren(entry, 'category').map((c) => attr(c, 'term') ?? attr(c, 'label') ?? nonEmpty(textContent(c)) ?? ''),
    mediaImage: mediaImage(entry),
    complete: entry.complete,
  };
}

function textConstruct(element: XmlElement, ...locals: string[]): AtomText | null {
  const child = atomChild(element, ...locals);
  return child ? readAtomText(child) : null;
}

function readLinks(element: XmlElement): AtomLink[] {
  const links: AtomLink[] = [];
  for (const link of atomChildren(element, 'link')) {
    // Atom 0.3 and sloppy feeds sometimes put the URL in the text instead of href.
    const href = resolveUrl(attr(link, 'href') ?? nonEmpty(textContent(link)), link.base);
    if (!href) continue;
    const rel = (attr(link, 'rel') ?? 'alternate').toLowerCase();
    links.push({ href, rel, type: attr(link, 'type'), length: attr(link, 'length') });
  }
  return links;
}

function readPerson(person: XmlElement): AtomPerson {
  if (!person.children.some((child) => child.kind === 'element')) {
    return { name: nonEmpty(textContent(person)), email: null }; // <author>Name</author>, or dc:creator
  }
  return { name: atomChildText(person, 'name'), email: atomChildText(person, 'email') };
}

function mediaImage(entry: XmlElement): string | null {
  const group = findChild(entry, 'media:group') ?? entry;
  const thumbnail = findChild(group, 'media:thumbnail') ?? findChild(entry, 'media:thumbnail');
  return thumbnail ? resolveUrl(attr(thumbnail, 'url'), thumbnail.base) : null;
}

/** Whether an element is an Atom <feed> root. */
export function isAtomRoot(root: XmlElement): boolean {
  return root.local === 'feed' && (root.ns === 'atom' || root.ns === '');
}
