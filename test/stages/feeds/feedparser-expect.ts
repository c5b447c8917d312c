// A translator for feedparser's `Expect:` lines: a small Python-expression evaluator (the
// subset the test files use: and/or/not, comparisons, subscripts, attributes, len/ord,
// has_key/get, string, number, tuple, list and dict literals) run against a feedparser-shaped
// view of our ParsedFeed. Fields Roundup does not model raise Unsupported, so the caller can
// count the case as skipped with the reason instead of failed.
//
// Comparison is by meaning where our model differs in form from feedparser's, and only there:
// - titles are plain text in Roundup: a title also matches feedparser's value with its markup
//   removed, and whitespace runs compare as one space;
// - summaries and content are HTML as the feed gives it, while feedparser re-serialises (and
//   sanitises) HTML: they match when both sides parse to the same HTML, or when our HTML renders
//   to feedparser's plain text (a text construct that we escaped);
// - dates are compared as feedparser's 9-tuples computed from our ISO string.
import type { ChildNode, Element, Text } from 'domhandler';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { FeedEntry, ParsedFeed } from '../../../src/core/feed-entry.ts';

/** Raised for expressions about things Roundup does not model; `reason` says which. */
export class Unsupported extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

/** What the expression can see besides the feed. */
export interface ExpectContext {
  /** The parsed feed; null when parsing threw. */
  readonly feed: ParsedFeed | null;
  /** The charset decodeBody chose, for the encoding tests. */
  readonly encoding: string | null;
}

/** Evaluates an Expect expression; true when it holds. Throws Unsupported or SyntaxError. */
export function evaluateExpect(source: string, context: ExpectContext): boolean {
  const parser = new ExprParser(tokenize(source));
  const expr = parser.parseExpression();
  parser.expectEnd();
  const value = evaluateTop(expr, context);
  return truthy(value);
}

// ---------------------------------------------------------------- tokens

type Token =
  | { type: 'name'; value: string }
  | { type: 'string'; value: string }
  | { type: 'number'; value: number }
  | { type: 'op'; value: string }
  | { type: 'end' };

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const rest = source.slice(i);
    const space = /^\s+/.exec(rest);
    if (space) {
      i += space[0].length;
      continue;
    }
    const str = /^([uUrRbB]{0,2})('''|"""|'|")/.exec(rest);
    if (str) {
      const [value, length] = readString(source, i + (str[1]?.length ?? 0), str[2] ?? "'", /r/i.test(str[1] ?? ''));
      const last = tokens[tokens.length - 1];
      // Adjacent literals concatenate, as in Python.
      if (last?.type === 'string') last.value += value;
      else tokens.push({ type: 'string', value });
      i = length;
      continue;
    }
    const previous = tokens[tokens.length - 1];
    const unary = previous === undefined || (previous.type === 'op' && previous.value !== ')' && previous.value !== ']');
    const num = (unary ? /^-?\d+(?:\.\d+)?/ : /^\d+(?:\.\d+)?/).exec(rest);
    if (num) {
      tokens.push({ type: 'number', value: Number(num[0]) });
      i += num[0].length;
      continue;
    }
    const name = /^[A-Za-z_][\w]*/.exec(rest);
    if (name) {
      tokens.push({ type: 'name', value: name[0] });
      i += name[0].length;
      continue;
    }
    const op = /^(==|!=|<=|>=|[<>()[\]{},:.])/.exec(rest);
    if (!op) throw new SyntaxError(`unexpected character ${JSON.stringify(rest[0])}`);
    tokens.push({ type: 'op', value: op[0] });
    i += op[0].length;
  }
  tokens.push({ type: 'end' });
  return tokens;
}

/** Reads a Python string literal starting at its quote; returns the value and the index after it. */
function readString(source: string, start: number, quote: string, raw: boolean): [string, number] {
  let i = start + quote.length;
  let value = '';
  while (i < source.length) {
    if (source.startsWith(quote, i)) return [value, i + quote.length];
    const char = source[i] ?? '';
    if (char === '\\' && !raw) {
      const [decoded, length] = readEscape(source, i);
      value += decoded;
      i += length;
    } else {
      value += char;
      i++;
    }
  }
  throw new SyntaxError('unterminated string');
}

function readEscape(source: string, at: number): [string, number] {
  const next = source[at + 1] ?? '';
  const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', '0': '\0' };
  if (next in simple) return [simple[next] ?? '', 2];
  const hexLength = next === 'x' ? 2 : next === 'u' ? 4 : next === 'U' ? 8 : 0;
  if (hexLength === 0) return ['\\' + next, 2];
  const hex = source.slice(at + 2, at + 2 + hexLength);
  return [String.fromCodePoint(parseInt(hex, 16)), 2 + hexLength];
}

// ---------------------------------------------------------------- syntax tree

type Expr =
  | { kind: 'literal'; value: unknown }
  | { kind: 'name'; name: string }
  | { kind: 'tuple'; items: Expr[] }
  | { kind: 'list'; items: Expr[] }
  | { kind: 'dict'; entries: [Expr, Expr][] }
  | { kind: 'index'; target: Expr; index: Expr }
  | { kind: 'attr'; target: Expr; name: string }
  | { kind: 'call'; target: Expr; args: Expr[] }
  | { kind: 'not'; operand: Expr }
  | { kind: 'bool'; op: 'and' | 'or'; operands: Expr[] }
  | { kind: 'compare'; first: Expr; rest: [string, Expr][] };

class ExprParser {
  private position = 0;
  constructor(private readonly tokens: Token[]) {}

  parseExpression(): Expr {
    return this.parseBool('or', () => this.parseBool('and', () => this.parseNot()));
  }

  expectEnd(): void {
    if (this.peek().type !== 'end') throw new SyntaxError(`unexpected token ${JSON.stringify(this.peek())}`);
  }

  private parseBool(op: 'and' | 'or', next: () => Expr): Expr {
    const operands = [next()];
    while (this.isName(op)) {
      this.position++;
      operands.push(next());
    }
    return operands.length === 1 ? (operands[0] as Expr) : { kind: 'bool', op, operands };
  }

  private parseNot(): Expr {
    if (this.isName('not')) {
      this.position++;
      return { kind: 'not', operand: this.parseNot() };
    }
    return this.parseComparison();
  }

  private parseComparison(): Expr {
    const first = this.parsePostfix();
    const rest: [string, Expr][] = [];
    for (;;) {
      const op = this.readComparisonOperator();
      if (!op) break;
      rest.push([op, this.parsePostfix()]);
    }
    return rest.length === 0 ? first : { kind: 'compare', first, rest };
  }

  private readComparisonOperator(): string | null {
    const token = this.peek();
    if (token.type === 'op' && ['==', '!=', '<', '>', '<=', '>='].includes(token.value)) {
      this.position++;
      return token.value;
    }
    if (this.isName('in')) return this.advance('in');
    if (this.isName('is')) {
      this.position++;
      return this.isName('not') ? this.advance('is not') : 'is';
    }
    if (this.isName('not') && this.peekAt(1).type === 'name' && (this.peekAt(1) as { value: string }).value === 'in') {
      this.position += 2;
      return 'not in';
    }
    return null;
  }

  private advance(result: string): string {
    this.position++;
    return result;
  }

  private parsePostfix(): Expr {
    let expr = this.parseAtom();
    for (;;) {
      if (this.isOp('[')) {
        this.position++;
        const index = this.parseExpression();
        this.expectOp(']');
        expr = { kind: 'index', target: expr, index };
      } else if (this.isOp('.')) {
        this.position++;
        const name = this.next();
        if (name.type !== 'name') throw new SyntaxError('expected attribute name');
        expr = { kind: 'attr', target: expr, name: name.value };
      } else if (this.isOp('(')) {
        this.position++;
        expr = { kind: 'call', target: expr, args: this.parseSequence(')') };
      } else return expr;
    }
  }

  private parseAtom(): Expr {
    const token = this.next();
    if (token.type === 'string' || token.type === 'number') return { kind: 'literal', value: token.value };
    if (token.type === 'name') {
      const constants: Record<string, unknown> = { None: null, True: true, False: false };
      return token.value in constants ? { kind: 'literal', value: constants[token.value] } : { kind: 'name', name: token.value };
    }
    if (token.type === 'op' && token.value === '(') {
      const items = this.parseSequence(')');
      return items.length === 1 && !this.lastSequenceHadComma ? (items[0] as Expr) : { kind: 'tuple', items };
    }
    if (token.type === 'op' && token.value === '[') return { kind: 'list', items: this.parseSequence(']') };
    if (token.type === 'op' && token.value === '{') return this.parseDict();
    throw new SyntaxError(`unexpected token ${JSON.stringify(token)}`);
  }

  private lastSequenceHadComma = false;

  private parseSequence(close: string): Expr[] {
    const items: Expr[] = [];
    this.lastSequenceHadComma = false;
    while (!this.isOp(close)) {
      items.push(this.parseExpression());
      if (!this.isOp(',')) break;
      this.position++;
      this.lastSequenceHadComma = true;
    }
    this.expectOp(close);
    return items;
  }

  private parseDict(): Expr {
    const entries: [Expr, Expr][] = [];
    while (!this.isOp('}')) {
      const key = this.parseExpression();
      this.expectOp(':');
      entries.push([key, this.parseExpression()]);
      if (!this.isOp(',')) break;
      this.position++;
    }
    this.expectOp('}');
    return { kind: 'dict', entries };
  }

  private peek(): Token {
    return this.peekAt(0);
  }

  private peekAt(offset: number): Token {
    return this.tokens[this.position + offset] ?? { type: 'end' };
  }

  private next(): Token {
    const token = this.peek();
    this.position++;
    return token;
  }

  private isName(name: string): boolean {
    const token = this.peek();
    return token.type === 'name' && token.value === name;
  }

  private isOp(op: string): boolean {
    const token = this.peek();
    return token.type === 'op' && token.value === op;
  }

  private expectOp(op: string): void {
    if (!this.isOp(op)) throw new SyntaxError(`expected ${op}`);
    this.position++;
  }
}

// ---------------------------------------------------------------- values

/** A string from our model with the kind of comparison it needs. */
class Field {
  constructor(readonly kind: 'title' | 'html' | 'plain' | 'version' | 'author', readonly value: string) {}
}

/** The `bozo` flag: Roundup does not model it, so `and` chains ignore it. */
const BOZO = Symbol('bozo');
const NOT_BOZO = Symbol('not bozo');

/** A feedparser dictionary: known keys and a name for error messages. */
class View {
  constructor(readonly path: string, private readonly entries: Record<string, unknown>) {}

  get(key: string): unknown {
    if (!(key in this.entries)) throw new Unsupported(`${this.path}['${key}'] is not in our model`);
    const value = this.entries[key];
    if (value === undefined) throw new KeyError(`${this.path}['${key}']`);
    return value;
  }

  has(key: string): boolean {
    if (!(key in this.entries)) throw new Unsupported(`${this.path}['${key}'] is not in our model`);
    return this.entries[key] !== undefined;
  }
}

/** A list of views; an index past its end yields a view that knows the same keys but has no values. */
class ViewList {
  constructor(readonly path: string, readonly items: readonly View[], private readonly keys: readonly string[]) {}

  at(position: number): View {
    const item = this.items[position];
    if (item) return item;
    return new View(`${this.path}[${position}]`, Object.fromEntries(this.keys.map((key) => [key, undefined])));
  }
}

/** A missing key that our model does know about: the expression is false, as Python's KeyError fails the test. */
class KeyError extends Error {}

function evaluateTop(expr: Expr, context: ExpectContext): unknown {
  try {
    const value = evaluate(expr, context);
    if (value === BOZO) throw new Unsupported('only the bozo flag (Roundup is deliberately lenient)');
    return value;
  } catch (err) {
    if (err instanceof KeyError) return false;
    throw err;
  }
}

function evaluate(expr: Expr, context: ExpectContext): unknown {
  switch (expr.kind) {
    case 'literal':
      return expr.value;
    case 'name':
      return lookupName(expr.name, context);
    case 'tuple':
    case 'list':
      return expr.items.map((item) => evaluate(item, context));
    case 'dict':
      return new Map(expr.entries.map(([k, v]) => [evaluate(k, context), evaluate(v, context)]));
    case 'index':
      return index(evaluate(expr.target, context), evaluate(expr.index, context));
    case 'attr':
      return attribute(evaluate(expr.target, context), expr.name);
    case 'call':
      return call(expr, context);
    case 'not': {
      const operand = evaluate(expr.operand, context);
      if (operand === BOZO) return NOT_BOZO;
      return !truthy(operand);
    }
    case 'bool':
      return evaluateBool(expr, context);
    case 'compare':
      return evaluateCompare(expr, context);
  }
}

function evaluateBool(expr: Extract<Expr, { kind: 'bool' }>, context: ExpectContext): unknown {
  const values = expr.operands.map((operand) => evaluateLazy(operand, context));
  const meaningful = values.filter((v) => v !== BOZO && v !== NOT_BOZO);
  if (meaningful.length === 0) return values.includes(BOZO) ? BOZO : true;
  if (expr.op === 'and') return meaningful.every((v) => truthy(v));
  return meaningful.some((v) => truthy(v));
}

/** Evaluates one operand of and/or; a KeyError makes just that operand false. */
function evaluateLazy(expr: Expr, context: ExpectContext): unknown {
  try {
    return evaluate(expr, context);
  } catch (err) {
    if (err instanceof KeyError) return false;
    throw err;
  }
}

function evaluateCompare(expr: Extract<Expr, { kind: 'compare' }>, context: ExpectContext): boolean {
  let left = evaluate(expr.first, context);
  for (const [op, rightExpr] of expr.rest) {
    const right = evaluate(rightExpr, context);
    if (!compare(op, left, right)) return false;
    left = right;
  }
  return true;
}

function compare(op: string, left: unknown, right: unknown): boolean {
  switch (op) {
    case '==':
    case 'is':
      return equal(left, right);
    case '!=':
    case 'is not':
      return !equal(left, right);
    case 'in':
      return contains(right, left);
    case 'not in':
      return !contains(right, left);
    default: {
      const [a, b] = [plain(left), plain(right)];
      if (typeof a !== 'number' || typeof b !== 'number') throw new Unsupported(`ordering ${op} on non-numbers`);
      return op === '<' ? a < b : op === '>' ? a > b : op === '<=' ? a <= b : a >= b;
    }
  }
}

function lookupName(name: string, context: ExpectContext): unknown {
  switch (name) {
    case 'bozo':
      return BOZO;
    case 'feed':
      return context.feed ? feedView(context.feed) : missingFeed();
    case 'entries':
      return context.feed ? new ViewList('entries', context.feed.entries.map(entryView), ENTRY_KEYS) : missingFeed();
    case 'version':
      return context.feed ? new Field('version', feedparserVersion(context.feed)) : missingFeed();
    case 'encoding':
      if (context.encoding === null) throw new Unsupported('encoding (only checked in the encoding group)');
      return context.encoding;
    case 'len':
    case 'ord':
      return name;
    default:
      throw new Unsupported(`name ${name}`);
  }
}

function missingFeed(): never {
  throw new KeyError('the feed did not parse');
}

function index(target: unknown, key: unknown): unknown {
  if (target instanceof View && typeof key === 'string') return target.get(key);
  if (target instanceof ViewList && typeof key === 'number') return target.at(key);
  if (Array.isArray(target) && typeof key === 'number') {
    if (key >= target.length) throw new KeyError(`index ${key}`);
    return target[key];
  }
  if (target instanceof Map) return target.get(key);
  if (target instanceof Field || typeof target === 'string') throw new Unsupported('indexing into a string');
  throw new Unsupported(`subscript ${String(key)}`);
}

function attribute(target: unknown, name: string): unknown {
  if (target instanceof View) {
    if (name === 'has_key' || name === 'get') return { method: name, target };
    return target.get(name);
  }
  throw new Unsupported(`attribute .${name}`);
}

function call(expr: Extract<Expr, { kind: 'call' }>, context: ExpectContext): unknown {
  const fn = evaluate(expr.target, context);
  const args = expr.args.map((arg) => evaluate(arg, context));
  if (fn === 'len') return lengthOf(args[0]);
  if (fn === 'ord') {
    const text = plain(args[0]);
    if (typeof text !== 'string' || [...text].length !== 1) return -1;
    return text.codePointAt(0);
  }
  if (fn && typeof fn === 'object' && 'method' in fn && 'target' in fn && fn.target instanceof View) {
    const key = String(args[0]);
    if (fn.method === 'has_key') return fn.target.has(key);
    return fn.target.has(key) ? fn.target.get(key) : (args[1] ?? null);
  }
  throw new Unsupported('function call');
}

function lengthOf(value: unknown): number {
  const v = plain(value);
  if (Array.isArray(v) || typeof v === 'string') return v.length;
  throw new Unsupported('len() of a non-sequence');
}

function contains(container: unknown, item: unknown): boolean {
  const c = plain(container);
  if (typeof c === 'string') return c.includes(String(plain(item)));
  if (Array.isArray(c)) return c.some((element) => equal(element, item));
  if (container instanceof View) return container.has(String(item));
  throw new Unsupported('`in` on this value');
}

function plain(value: unknown): unknown {
  if (value instanceof ViewList) return value.items;
  return value instanceof Field ? value.value : value;
}

function truthy(value: unknown): boolean {
  const v = plain(value);
  if (v === BOZO || v === NOT_BOZO) return true;
  if (Array.isArray(v)) return v.length > 0;
  return Boolean(v);
}

function equal(left: unknown, right: unknown): boolean {
  if (left instanceof Field) return fieldEquals(left, plain(right));
  if (right instanceof Field) return fieldEquals(right, plain(left));
  if (left instanceof ViewList || right instanceof ViewList) return equal(plain(left), plain(right));
  if (Array.isArray(left) && Array.isArray(right)) {
    return left.length === right.length && left.every((item, i) => equal(item, right[i]));
  }
  if (left instanceof View && right instanceof Map) {
    return [...right.entries()].every(([key, value]) => left.has(String(key)) && equal(left.get(String(key)), value));
  }
  if (right instanceof View && left instanceof Map) return equal(right, left);
  return left === right;
}

function fieldEquals(field: Field, expected: unknown): boolean {
  if (typeof expected !== 'string') return false;
  if (field.value === expected) return true;
  if (field.kind === 'version') return versionMatches(field.value, expected);
  // feedparser's `author` is "name (email)"; Roundup keeps names only.
  if (field.kind === 'author') return field.value === expected || field.value === /^(.*?) \([^()]*@[^()]*\)$/.exec(expected)?.[1];
  if (field.kind === 'title') return collapse(field.value) === collapse(expected) || collapse(field.value) === collapse(htmlText(expected));
  if (field.kind === 'html') return canonicalHtml(field.value) === canonicalHtml(expected) || htmlText(field.value) === expected;
  return false;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function htmlText(html: string): string {
  return DomUtils.textContent(parseDocument(html, { decodeEntities: true }));
}

/** HTML reduced to a canonical string: entities decoded, attributes sorted, self-closing tags closed. */
function canonicalHtml(html: string): string {
  const doc = parseDocument(html.trim(), { decodeEntities: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true });
  return doc.children.map(canonicalNode).join('');
}

function canonicalNode(node: ChildNode): string {
  if (node.type === 'text') return (node as Text).data.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  if (!('attribs' in node)) return '';
  const element = node as Element;
  const attrs = Object.entries(element.attribs).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => ` ${k}="${v.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`);
  return `<${element.name}${attrs.join('')}>${element.children.map(canonicalNode).join('')}</${element.name}>`;
}

// ---------------------------------------------------------------- feedparser's shape of our feed

function feedView(feed: ParsedFeed): View {
  const title = opt(feed.title, 'title');
  const description = opt(feed.description, 'html');
  return new View('feed', {
    title,
    title_detail: feed.title === null ? undefined : new View('feed.title_detail', { value: title }),
    link: opt(feed.link, 'plain'),
    description,
    subtitle: description,
    tagline: description,
    subtitle_detail: feed.description === null ? undefined : new View('feed.subtitle_detail', { value: description }),
    tagline_detail: feed.description === null ? undefined : new View('feed.tagline_detail', { value: description }),
    language: opt(feed.language, 'plain'),
    updated_parsed: feed.updated === null ? undefined : timeTuple(feed.updated),
    ttl: feed.ttlMinutes === null ? undefined : String(feed.ttlMinutes),
  });
}

/** The keys an entry view knows (an entry past the end of the list still knows them). */
const ENTRY_KEYS = [
  'title', 'title_detail', 'link', 'id', 'guid', 'published_parsed', 'updated_parsed', 'issued_parsed', 'modified_parsed',
  'author', 'author_detail', 'authors', 'summary', 'description', 'summary_detail', 'content', 'tags', 'category', 'enclosures',
  'image',
];

function entryView(entry: FeedEntry, position: number): View {
  const path = `entries[${position}]`;
  const title = opt(entry.title, 'title');
  const summaryHtml = entry.summary ?? entry.content;
  const summary = opt(summaryHtml, 'html');
  const authorViews = entry.authors.map((name, i) => new View(`${path}.authors[${i}]`, { name: new Field('title', name) }));
  const authors = new ViewList(`${path}.authors`, authorViews, ['name']);
  const tags = new ViewList(`${path}.tags`, entry.categories.map((term, i) => new View(`${path}.tags[${i}]`, { term: new Field('title', term) })), ['term']);
  const enclosures = new ViewList(`${path}.enclosures`, entry.enclosures.map((media, i) => {
    const length = media.length === null ? undefined : String(media.length);
    return new View(`${path}.enclosures[${i}]`, { href: media.url, url: media.url, type: media.type ?? undefined, length });
  }), ['href', 'url', 'type', 'length']);
  return new View(path, {
    title,
    title_detail: entry.title === null ? undefined : new View(`${path}.title_detail`, { value: title }),
    link: opt(entry.link, 'plain'),
    id: opt(entry.id, 'plain'),
    guid: opt(entry.id, 'plain'),
    published_parsed: entry.published === null ? undefined : timeTuple(entry.published),
    // feedparser's `updated` falls back to `published`, the same date under its older name.
    updated_parsed: (entry.updated ?? entry.published) === null ? undefined : timeTuple(entry.updated ?? entry.published ?? ''),
    issued_parsed: entry.published === null ? undefined : timeTuple(entry.published),
    modified_parsed: entry.updated === null ? undefined : timeTuple(entry.updated),
    author: entry.authors[0] === undefined ? undefined : new Field('author', entry.authors[0]),
    author_detail: authors.at(0),
    authors,
    summary,
    description: summary,
    summary_detail: summaryHtml === null ? undefined : new View(`${path}.summary_detail`, { value: summary }),
    content: new ViewList(`${path}.content`, entry.content === null ? [] : [new View(`${path}.content[0]`, { value: new Field('html', entry.content) })], ['value']),
    tags,
    category: entry.categories[0] === undefined ? undefined : new Field('title', entry.categories[0]),
    enclosures,
    image: entry.image === null ? undefined : new View(`${path}.image`, { href: entry.image.url, url: entry.image.url }),
  });
}

function opt(value: string | null, kind: Field['kind']): Field | undefined {
  return value === null ? undefined : new Field(kind, value);
}

/** Python's time.struct_time as a tuple: (year, month, day, hour, minute, second, weekday Mon=0, yearday, 0). */
export function timeTuple(iso: string): number[] {
  const date = new Date(iso);
  const start = Date.UTC(date.getUTCFullYear(), 0, 1);
  const yearDay = Math.floor((date.getTime() - start) / 86_400_000) + 1;
  return [
    date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes(),
    date.getUTCSeconds(), (date.getUTCDay() + 6) % 7, yearDay, 0,
  ];
}

/** feedparser's version string for our format and version. */
function feedparserVersion(feed: ParsedFeed): string {
  const v = feed.version ?? '';
  if (feed.format === 'atom') return v === '1.0' ? 'atom10' : v === '0.3' ? 'atom03' : 'atom';
  if (feed.format === 'json') return v === '1.1' ? 'json11' : 'json1';
  if (feed.format === 'rdf') return v === '0.90' ? 'rss090' : 'rss10';
  if (v.startsWith('2.')) return 'rss20';
  const known: Record<string, string> = { '0.90': 'rss090', '0.91': 'rss091', '0.92': 'rss092', '0.93': 'rss093', '0.94': 'rss094' };
  return known[v] ?? 'rss';
}

/** Whether our version string matches feedparser's, which also tells Netscape's 0.91 from Userland's. */
function versionMatches(ours: string, expected: string): boolean {
  return ours === expected || (ours === 'rss091' && /^rss091[nu]$/.test(expected));
}
