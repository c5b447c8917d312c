// Sentence boundaries over tokens: a line break, or . ! ? (not after an abbreviation or an
// initial) followed by closing marks and then something that can start a sentence.
import { ABBREVIATIONS } from '../../core/abbreviations.ts';
import { TokenKind, isCapitalised, type Tokens } from './text-tokens.ts';

/** For each token, the index of the first token of its sentence and one past its last. */
export interface Sentences {
  readonly startOf: Int32Array;
  readonly endOf: Int32Array;
}

/** Splits the tokens into sentences; `closers` marks tokens that are closing quotation marks. */
export function findSentences(tokens: Tokens, closers: Uint8Array): Sentences {
  const startOf = new Int32Array(tokens.count);
  const endOf = new Int32Array(tokens.count);
  let first = 0;
  const close = (last: number): void => {
    for (let j = first; j <= last; j++) {
      startOf[j] = first;
      endOf[j] = last + 1;
    }
    first = last + 1;
  };
  for (let i = 0; i < tokens.count; i++) {
    if (tokens.kinds[i] === TokenKind.Break) {
      if (i > first) close(i - 1);
      close(i);
      continue;
    }
    if (!isTerminal(tokens, i)) continue;
    let last = i;
    while (last + 1 < tokens.count && (closers[last + 1] === 1 || tokens.lower[last + 1] === ')')) last++;
    if (startsSentence(tokens, last + 1, closers)) {
      close(last);
      i = last;
    }
  }
  if (first < tokens.count) close(tokens.count - 1);
  return { startOf, endOf };
}

/** True when token `i` is a sentence-ending mark (a period not ending an abbreviation or initial). */
function isTerminal(tokens: Tokens, i: number): boolean {
  const t = tokens.lower[i];
  if (t === '!' || t === '?') return true;
  return t === '.' && !endsAbbreviation(tokens, i);
}

/** True when token `i` is a period glued to an abbreviation ("Sen.", "Jr.") or an initial ("W."). */
export function endsAbbreviation(tokens: Tokens, i: number): boolean {
  if (tokens.lower[i] !== '.' || i === 0 || tokens.kinds[i - 1] !== TokenKind.Word || tokens.ends[i - 1] !== tokens.starts[i]) return false;
  const word = tokens.lower[i - 1]!;
  // "then-Sen. Obama", "ex-Gov. Bush": the abbreviation is the hyphenated word's last part.
  if (ABBREVIATIONS.has(word) || ABBREVIATIONS.has(word.slice(word.lastIndexOf('-') + 1))) return true;
  // A single capital letter is an initial ("George W. Bush"), and "U.S" keeps its periods.
  return (word.length === 1 && isCapitalised(tokens, i - 1)) || (word.length <= 4 && word.includes('.'));
}

/** True when token `i` can begin a sentence (or the text has ended). */
function startsSentence(tokens: Tokens, i: number, closers: Uint8Array): boolean {
  if (i >= tokens.count) return true;
  const kind = tokens.kinds[i];
  if (kind === TokenKind.Break) return true;
  if (kind === TokenKind.Quote) return closers[i] !== 1;
  if (kind === TokenKind.Word) return isCapitalised(tokens, i) || !isLowerCase(tokens.text[tokens.starts[i]!]!);
  return tokens.lower[i] === '(' || tokens.lower[i] === '—' || tokens.lower[i] === '‘' || tokens.lower[i] === "'";
}

/** True for a lower-case letter; digits and letters of caseless scripts (Arabic, Chinese) are not. */
function isLowerCase(ch: string): boolean {
  return ch !== ch.toUpperCase();
}
