// A story in two languages is briefed in its main language: sentences of different languages
// cannot agree with each other, and the briefing reads in one. Articles without a language are
// guessed with franc-min; a text too short to guess joins the main language.
import { franc } from 'franc-min';
import type { BriefingArticle } from './briefing-input.ts';

/** ISO 639-1 codes of the languages franc-min names in ISO 639-3 that news most often comes in. */
const TO_ISO1: Readonly<Record<string, string>> = { eng: 'en', fra: 'fr', deu: 'de', spa: 'es', ita: 'it', por: 'pt', nld: 'nl', rus: 'ru', cmn: 'zh', jpn: 'ja', arb: 'ar', ukr: 'uk', pol: 'pl', tur: 'tr' };

/** The articles in the main language, and how many were left out. */
export function mainLanguage(articles: readonly BriefingArticle[]): { kept: BriefingArticle[]; language: string | null; dropped: number } {
  const langs = articles.map(languageOf);
  const counts = new Map<string, number>();
  for (const l of langs) if (l) counts.set(l, (counts.get(l) ?? 0) + 1);
  const main = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
  const kept = articles.filter((_, i) => langs[i] === null || langs[i] === main);
  return { kept, language: main, dropped: articles.length - kept.length };
}

/** The article's language as an ISO 639-1 code, or null when unknown. */
function languageOf(article: BriefingArticle): string | null {
  if (article.language) {
    const given = article.language.toLowerCase().split(/[-_]/)[0]!;
    return TO_ISO1[given] ?? given;
  }
  const sample = `${article.title}. ${article.text.slice(0, 1500)}`;
  if (sample.length < 80) return null;
  const code = franc(sample, { minLength: 80 });
  return code === 'und' ? null : (TO_ISO1[code] ?? code);
}
