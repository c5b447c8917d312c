// A tolerant XML reader for feeds: htmlparser2's tokenizer in XML mode (it accepts bare `&`,
// unclosed and mismatched tags, and never throws) builds a small element tree in which each
// element knows its namespace's short name, its effective xml:base and whether it was
// closed before the document ended. Entities are decoded here with HTML's table, because
// feeds use `&eacute;` and friends without declaring them.
import { Parser } from 'htmlparser2';
import { decodeEntities, readDeclaredEntities, type DeclaredEntities } from '../text/entity-decode.ts';
import { resolveBase } from '../text/url-resolve.ts';
import { malformedError } from '../feed-errors.ts';
import { namespaceName } from './xml-namespaces.ts';

/** A run of character data; `text` is decoded (CDATA is taken verbatim). */
export interface XmlText {
  readonly kind: 'text';
  text: string;
  readonly cdata: boolean;
}

/** An element of the tree. */
export interface XmlElement {
  readonly kind: 'element';
  /** `ns:local` with the namespace's short name (`dc:creator`, `atom:link`) or the bare local name; lower case. */
  readonly name: string;
  /** The local name, lower case. */
  readonly local: string;
  /** Short name of the element's namespace ('' for none and for the RSS family). */
  readonly ns: string;
  /** The name as written, for re-serialising inline XHTML. */
  readonly qname: string;
  /** Attributes by lower-case name as written (`href`, `xml:base`, `rdf:about`), values decoded. */
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: XmlNode[];
  /** Effective xml:base: the element's own resolved against its parent's, else the document URL. */
  readonly base: string | null;
  /** False when the document ended before this element was closed. */
  complete: boolean;
  /** Child elements by name, built on first lookup (see xml-query.ts). */
  childIndex?: Map<string, XmlElement[]>;
}

/** A node of the tree. */
export type XmlNode = XmlElement | XmlText;

/** The tree of a document. */
export interface XmlDocument {
  readonly root: XmlElement | null;
  /** True when the document ended with elements still open (other than a final close tag missing its `>`). */
  readonly cutOff: boolean;
}

/**
 * Simple-valued feed elements (lower-case qualified names). When one of them is left unclosed
 * and another opens inside it (`<title>One<link>...`), the first was meant to end there, so it
 * is closed, as an HTML parser closes a <p> at the next <p>.
 */
const SELF_ENDING = new Set([
  'author', 'category', 'comments', 'dc:creator', 'dc:date', 'dc:subject', 'description', 'guid', 'language',
  'lastbuilddate', 'link', 'pubdate', 'title', 'ttl',
]);

/**
 * Elements nested deeper than this are flattened into their ancestor at this depth (their text
 * kept, their tags dropped), so that a hostile document cannot exhaust the stack of the
 * recursive readers. Real feeds nest a dozen levels; inline XHTML a few dozen more.
 */
const MAX_DEPTH = 256;

/**
 * How many elements past MAX_DEPTH may be open before the document is refused: the tokenizer's
 * own stack costs time proportional to its depth on every tag, so unbounded nesting is a way to
 * stall a worker, and no feed nests ten thousand deep.
 */
const MAX_IGNORED = 10_000;

/** Mutable state of one parse. */
interface TreeBuilder {
  readonly stack: XmlElement[];
  /** Per open element: namespace prefix -> short namespace name ('' for the default namespace). */
  readonly scopes: ReadonlyMap<string, string>[];
  root: XmlElement | null;
  inCdata: boolean;
  prolog: string;
  entities: DeclaredEntities | null;
  readonly documentUrl: string | null;
  /** Open elements past MAX_DEPTH that were not added to the tree. */
  ignored: number;
  /** Qualified names already split, since a feed repeats a few dozen names thousands of times. */
  readonly names: Map<string, { readonly prefix: string; readonly local: string }>;
}

/** Parses `text` into an element tree; never throws. `documentUrl` is the base of relative links. */
export function parseXmlTree(text: string, documentUrl: string | null): XmlDocument {
  const builder: TreeBuilder = {
    stack: [], scopes: [new Map()], root: null, inCdata: false, prolog: '', entities: null, documentUrl, ignored: 0, names: new Map(),
  };
  const parser = new Parser(
    {
      onopentag: (name, attribs) => openElement(builder, name, attribs),
      onclosetag: (name) => closeElement(builder, name),
      ontext: (data) => addText(builder, data),
      oncdatastart: () => (builder.inCdata = true),
      oncdataend: () => (builder.inCdata = false),
      onprocessinginstruction: (name, data) => {
        if (name.startsWith('!') && !builder.root) builder.prolog += `<${data}>`;
      },
    },
    { xmlMode: true, decodeEntities: false },
  );
  parser.write(text);
  const open = elementsLeftOpen(builder.stack, text);
  for (const element of open) element.complete = false;
  parser.end();
  return { root: builder.root, cutOff: open.length > 0 };
}

function openElement(builder: TreeBuilder, qname: string, raw: Record<string, string>): void {
  if (builder.stack.length >= MAX_DEPTH) {
    if (++builder.ignored > MAX_IGNORED) throw malformedError(`elements are nested more than ${MAX_DEPTH + MAX_IGNORED} deep`);
    return;
  }
  const top = builder.stack[builder.stack.length - 1];
  if (top && SELF_ENDING.has(top.qname.toLowerCase()) && SELF_ENDING.has(qname.toLowerCase())) closeElement(builder, top.qname);
  const parent = builder.stack[builder.stack.length - 1];
  if (!parent && builder.root) return; // content after the root element is not part of the feed
  const entities = (builder.entities ??= readDeclaredEntities(builder.prolog));
  const attrs: Record<string, string> = {};
  for (const key in raw) attrs[key.toLowerCase()] = decodeEntities(raw[key] ?? '', entities);
  const scope = declareNamespaces(builder, attrs);
  const { prefix, local } = splitName(builder, qname);
  const ns = scope.get(prefix) ?? prefix.toLowerCase();
  const element: XmlElement = {
    kind: 'element', name: ns ? `${ns}:${local}` : local, local, ns, qname, attrs, children: [],
    base: resolveBase(attrs['xml:base'], parent ? parent.base : builder.documentUrl), complete: true,
  };
  if (parent) parent.children.push(element);
  else builder.root = element;
  builder.stack.push(element);
}

function splitName(builder: TreeBuilder, qname: string): { prefix: string; local: string } {
  let split = builder.names.get(qname);
  if (!split) {
    const colon = qname.indexOf(':');
    split = { prefix: colon > 0 ? qname.slice(0, colon) : '', local: (colon > 0 ? qname.slice(colon + 1) : qname).toLowerCase() };
    builder.names.set(qname, split);
  }
  return split;
}

/** Pushes the element's namespace scope (shared with the parent when it declares none) and returns it. */
function declareNamespaces(builder: TreeBuilder, attrs: Record<string, string>): ReadonlyMap<string, string> {
  const parentScope = builder.scopes[builder.scopes.length - 1] ?? new Map<string, string>();
  let scope: Map<string, string> | null = null;
  for (const key in attrs) {
    if (!key.startsWith('xmlns')) continue;
    if (key !== 'xmlns' && key[5] !== ':') continue;
    scope ??= new Map(parentScope);
    const prefix = key === 'xmlns' ? '' : key.slice(6);
    scope.set(prefix, namespaceName(attrs[key], prefix));
  }
  const current = scope ?? parentScope;
  builder.scopes.push(current);
  return current;
}

/** Closes the innermost open element named `qname` and any inside it; ignores a name not open (closed early above). */
function closeElement(builder: TreeBuilder, qname: string): void {
  // The tokenizer closes innermost first, so the elements left out past MAX_DEPTH close first.
  if (builder.ignored > 0) {
    builder.ignored--;
    return;
  }
  let at = builder.stack.length - 1;
  while (at >= 0 && builder.stack[at]?.qname !== qname) at--;
  if (at < 0) return;
  while (builder.stack.length > at) {
    builder.stack.pop();
    builder.scopes.pop();
  }
}

function addText(builder: TreeBuilder, data: string): void {
  const parent = builder.stack[builder.stack.length - 1];
  if (!parent) return;
  const cdata = builder.inCdata;
  const text = cdata ? data : decodeEntities(data, builder.entities);
  const last = parent.children[parent.children.length - 1];
  if (last?.kind === 'text' && last.cdata === cdata) last.text += text;
  else parent.children.push({ kind: 'text', text, cdata });
}

/** Elements still open at the end, except those a final close tag cut short of its `>` would close (`</rss`). */
function elementsLeftOpen(stack: readonly XmlElement[], text: string): XmlElement[] {
  const dangling = /<\/([^\s<>]+)\s*$/.exec(text.slice(-256))?.[1];
  const closedAt = dangling ? stack.findIndex((element) => element.qname === dangling) : -1;
  return closedAt >= 0 ? stack.slice(0, closedAt) : [...stack];
}
