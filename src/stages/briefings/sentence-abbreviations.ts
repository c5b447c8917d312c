// Words that start a sentence after an ambiguous period; the abbreviations themselves are shared
// with the quotes stage in core.
export { ABBREVIATIONS } from '../../core/abbreviations.ts';

/** Words that start a sentence after an ambiguous period ("in the U.S. The talks…"). */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  'a', 'after', 'an', 'and', 'as', 'at', 'but', 'he', 'her', 'his', 'i', 'in', 'it', 'its', 'meanwhile', 'on', 'she', 'that',
  'the', 'their', 'there', 'these', 'they', 'this', 'those', 'we', 'when', 'while', 'yet',
]);
