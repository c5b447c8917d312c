// Links taken from feeds and pages are attacker-controlled: only http(s) URLs become hrefs.

/** The URL when it is an absolute http or https URL, else null (drops `javascript:`, `data:` ...). */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
