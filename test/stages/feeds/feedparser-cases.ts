// Runs feedparser's test documents through decodeBody and parseFeed and judges each by its
// `Expect:` line (see feedparser-expect.ts). A case is skipped, with a counted reason, when
// its expectation concerns something Roundup does not model; otherwise it passes or fails.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { isRoundupError } from '../../../src/core/errors.ts';
import type { ParsedFeed } from '../../../src/core/feed-entry.ts';
import { FeedTruncatedError, parseFeed } from '../../../src/stages/feeds/index.ts';
import { decodeBody } from '../../../src/stages/fetch/body-decode.ts';
import { evaluateExpect, Unsupported } from './feedparser-expect.ts';

/** The outcome of one test document. */
export interface CaseResult {
  readonly file: string;
  readonly status: 'pass' | 'fail' | 'skip';
  readonly reason: string;
  readonly expect: string;
}

/** Counts and details for one group of documents. */
export interface GroupReport {
  readonly pass: number;
  readonly fail: number;
  readonly skip: number;
  readonly failures: readonly CaseResult[];
  readonly skipReasons: ReadonlyMap<string, number>;
}

/** Whole folders whose subject is outside the feeds stage, with the reason. */
const SKIPPED_FOLDERS: Readonly<Record<string, string>> = {
  sanitize: 'HTML sanitising is done where HTML is rendered, not by the feeds stage',
  cdf: 'CDF (Microsoft Channel Definition Format) is not a format Roundup reads',
  chardet: 'charset guessing without any declaration (chardet) is not attempted',
};

/** The header block feedparser's test files start with. */
interface TestHeader {
  readonly expect: string | null;
  readonly headers: ReadonlyMap<string, string>;
}

/** Every test file under `dir` (recursively), sorted. */
export function listCases(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? listCases(full) : [full];
  });
}

/** Runs one document; `root` is the tests/ directory (for the document URL and folder skips). */
export function runCase(file: string, root: string): CaseResult {
  const relative = path.relative(root, file);
  const bytes = readFileSync(file);
  const header = readHeader(decodeBody(bytes, null).text);
  const expect = header.expect ?? '';
  const folder = relative.split(path.sep).find((part) => part in SKIPPED_FOLDERS);
  if (folder) return { file: relative, status: 'skip', reason: SKIPPED_FOLDERS[folder] ?? folder, expect };
  if (path.basename(file).startsWith('cdf_')) return { file: relative, status: 'skip', reason: SKIPPED_FOLDERS['cdf'] ?? 'cdf', expect };
  if (!header.expect) return { file: relative, status: 'skip', reason: 'no Expect line', expect };
  const decoded = decodeBody(bytes, header.headers.get('content-type') ?? null);
  const url = documentUrl(relative, header.headers.get('content-location'));
  const parsed = tryParse(decoded.text, url);
  return judge(relative, expect, parsed, decoded.charset);
}

function documentUrl(relative: string, contentLocation: string | undefined): string {
  // feedparser's harness serves the files from a local server; expected URLs assume it.
  const served = `http://127.0.0.1:8097/tests/${relative.split(path.sep).join('/')}`;
  if (!contentLocation) return served;
  // Like an HTTP client would, ignore a Content-Location that is not an http(s) URL.
  try {
    const location = new URL(contentLocation, served);
    return /^https?:$/.test(location.protocol) ? location.href : served;
  } catch {
    return served;
  }
}

/** The parse outcome: the feed (or what a truncated one recovered) and any error. */
interface ParseOutcome {
  readonly feed: ParsedFeed | null;
  readonly error: unknown;
}

function tryParse(text: string, url: string): ParseOutcome {
  try {
    return { feed: parseFeed(text, { url }), error: null };
  } catch (error) {
    return { feed: error instanceof FeedTruncatedError ? error.recovered : null, error };
  }
}

function judge(file: string, expect: string, parsed: ParseOutcome, charset: string): CaseResult {
  if (parsed.error && !isRoundupError(parsed.error)) {
    return { file, status: 'fail', reason: `crashed: ${String(parsed.error)}`, expect };
  }
  if (expect.trim() === '1') return { file, status: 'pass', reason: 'did not crash', expect };
  try {
    const holds = evaluateExpect(expect, { feed: parsed.feed, encoding: charset });
    if (holds) return { file, status: 'pass', reason: '', expect };
    const why = parsed.error ? `threw ${(parsed.error as Error).message}` : 'expectation false';
    return { file, status: 'fail', reason: why, expect };
  } catch (err) {
    if (err instanceof Unsupported) return { file, status: 'skip', reason: err.reason, expect };
    return { file, status: 'fail', reason: `could not evaluate: ${String(err)}`, expect };
  }
}

/** Reads Expect and Header lines from the leading comment (or JSON's `__TEST__` string). */
function readHeader(text: string): TestHeader {
  const headers = new Map<string, string>();
  let expect: string | null = null;
  const block = /<!--([\s\S]*?)-->/.exec(text)?.[1] ?? /"__TEST__"\s*:\s*"([^"]*)"/.exec(text)?.[1] ?? '';
  for (const line of block.split('\n')) {
    const header = /^\s*Header:\s*([\w-]+):\s*(.*)$/.exec(line);
    if (header?.[1]) headers.set(header[1].toLowerCase(), (header[2] ?? '').trim());
    const found = /Expect:\s*(.*?)\s*(?:-->)?\s*$/.exec(line);
    if (found?.[1]) expect = found[1];
  }
  return { expect, headers };
}

/** Runs every document of a group and tallies the results. */
export function runGroup(dir: string, root: string): GroupReport {
  const results = listCases(dir).map((file) => runCase(file, root));
  const skipReasons = new Map<string, number>();
  for (const result of results) {
    if (result.status === 'skip') skipReasons.set(result.reason, (skipReasons.get(result.reason) ?? 0) + 1);
  }
  return {
    pass: results.filter((r) => r.status === 'pass').length,
    fail: results.filter((r) => r.status === 'fail').length,
    skip: results.filter((r) => r.status === 'skip').length,
    failures: results.filter((r) => r.status === 'fail'),
    skipReasons,
  };
}
