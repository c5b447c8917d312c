import { franc } from 'franc-min';

/** The page's stated language, else an ISO 639-3 code guessed from at least 200 characters of text. */
export function guessLanguage(stated: string | null, text: string): string | null {
  if (stated) return stated;
  if (text.length < 200) return null;
  const code = franc(text.slice(0, 2000));
  return code === 'und' ? null : code;
}
