// Topics are briefing terms ("Supreme Court", "Gaza"); their pages live at /topics/<slug>.

/** URL slug of a term or kicker: lower case, letters and digits joined by single hyphens. */
export function slugify(term: string): string {
  return term
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}
