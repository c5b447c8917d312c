// Language of an article, so that stories only gather articles in one language. franc is
// accurate but costs ~200 µs on a lead, more than the whole clustering budget; most articles are
// English and say so through their function words, so those are counted first and franc decides
// only the rest.
import { franc } from 'franc-min';

/** Common English function words: their share among a text's words marks it as English. */
const ENGLISH_MARKERS: ReadonlySet<string> = new Set([
  'the', 'of', 'and', 'to', 'in', 'a', 'is', 'that', 'for', 'on', 'was', 'with', 'he', 'it', 'as',
  'at', 'by', 'his', 'has', 'from', 'are', 'be', 'have', 'an', 'said', 'will', 'not', 'this', 'who',
]);
/** Share of marker words above which a text is taken as English without asking franc. */
const ENGLISH_SHARE = 0.18;
/** The same for the text without its title: a news lede is dense with names ("Democrat Danica
 * Roem, a former journalist, defeated ..."), yet French, German or Dutch prose has well under 5%
 * of these words. */
const LEDE_ENGLISH_SHARE = 0.1;
/** Fewer words than this cannot be judged by counting. */
const MIN_WORDS = 8;
/** Words counted from the start of the title and of the text: later words change nothing. */
export const LANGUAGE_WORDS = 80;
/** Characters given to franc. */
const FRANC_SAMPLE = 400;

/** ISO 639-3 code of the text's language (`eng`, `fra` ...), or `und` when undetermined;
 * `words` are the title's then the text's (from `textFrom`); `text` is asked for only when the
 * words alone do not settle it. */
export function detectLanguage(words: readonly string[], text: () => string, textFrom = 0): string {
  if (words.length >= MIN_WORDS && englishShare(words, 0) >= ENGLISH_SHARE) return 'eng';
  // A headline has few function words ("Trump Slams Kerry Over Iran Deal"): the text alone may say it.
  if (textFrom > 0 && words.length - textFrom >= MIN_WORDS && englishShare(words, textFrom) >= LEDE_ENGLISH_SHARE) return 'eng';
  const sample = text().slice(0, FRANC_SAMPLE);
  const code = franc(sample, { minLength: 10 });
  // A short English headline often has no function word at all: franc then guesses among
  // close languages, so a Latin-script text franc cannot place confidently stays English.
  if (code === 'und' && /^[\p{Script=Latin}\p{N}\p{P}\p{Z}\s$]*$/u.test(sample)) return 'eng';
  return code;
}

/** Share of marker words among up to `LANGUAGE_WORDS` words from `from`. */
function englishShare(words: readonly string[], from: number): number {
  const end = Math.min(words.length, from + LANGUAGE_WORDS);
  let hits = 0;
  for (let i = from; i < end; i++) if (ENGLISH_MARKERS.has(words[i] ?? '')) hits++;
  return hits / (end - from);
}
