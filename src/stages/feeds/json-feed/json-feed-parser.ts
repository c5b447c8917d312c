// JSON text -> JSON Feed (1.0, 1.1) through feedsmith, which normalises 1.0's `author` to
// 1.1's `authors` and coerces wrongly typed fields. Also recovers the complete items of a
// JSON document cut off part-way, by closing it after the last complete item.
import { parseJsonFeed, type JsonFeed } from 'feedsmith';

/** A JSON Feed as feedsmith reads it, with the version it declared. */
export interface JsonFeedDocument {
  /** `1.0` or `1.1`; null when the document does not say. */
  readonly version: string | null;
  readonly feed: JsonFeed.Feed<string>;
}

/** Reads a parsed JSON value as a JSON Feed (feedsmith decides whether it is one); null when it is not. */
export function readJsonFeed(json: unknown): JsonFeedDocument | null {
  let feed: JsonFeed.Feed<string>;
  try {
    feed = parseJsonFeed(json);
  } catch {
    return null;
  }
  return { version: jsonFeedVersion(json), feed };
}

function jsonFeedVersion(json: unknown): string | null {
  const version = json && typeof json === 'object' && 'version' in json ? json.version : null;
  if (typeof version !== 'string') return null;
  const match = /jsonfeed\.org\/version\/(\d+(?:\.\d+)?)/i.exec(version);
  if (!match?.[1]) return null;
  return match[1].includes('.') ? match[1] : `${match[1]}.0`;
}

/** Whether a JSON text ends with a string, object or array still open (a cut-off download). */
export function isCutOffJson(text: string): boolean {
  return scanJson(text).openAtEnd;
}

/**
 * The JSON value of a document cut off part-way, closed after the last complete element of
 * an array (the items); null when no such point parses. Only called after JSON.parse failed.
 */
export function recoverTruncatedJson(text: string): unknown {
  const { cuts } = scanJson(text);
  for (let i = cuts.length - 1; i >= 0; i--) {
    const cut = cuts[i];
    if (!cut) continue;
    try {
      return JSON.parse(text.slice(0, cut.offset) + cut.closers);
    } catch {
      // try an earlier cut
    }
  }
  return null;
}

/** A place a cut-off document can be closed: after `offset`, append `closers`. */
interface JsonCut {
  readonly offset: number;
  readonly closers: string;
}

/** Offsets just after each `}` that closes an element of an array, and whether anything is open at the end. */
function scanJson(text: string): { cuts: JsonCut[]; openAtEnd: boolean } {
  const stack: string[] = [];
  const cuts: JsonCut[] = [];
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') stack.push(char === '{' ? '}' : ']');
    else if (char === '}' || char === ']') {
      stack.pop();
      if (char === '}' && stack[stack.length - 1] === ']') cuts.push({ offset: i + 1, closers: [...stack].reverse().join('') });
    }
  }
  return { cuts, openAtEnd: inString || stack.length > 0 };
}
