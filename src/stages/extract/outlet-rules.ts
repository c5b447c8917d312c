/** What is known about one outlet's page layout, where the general mechanism needs help. */
export interface OutletRule {
  /** Host name suffix the rule applies to (`example.com` covers `www.example.com`). */
  readonly host: string;
  /** Class or id fragments of the element holding the article body. */
  readonly body?: readonly string[];
  /** Class or id fragments of boxes inside the body to drop. */
  readonly drop?: readonly string[];
}

/** Per-outlet rules, sorted by host. Keep it short: every entry is a page the general rules got wrong. */
export const OUTLET_RULES: readonly OutletRule[] = [];

/** The rule for a URL's host, or null. */
export function outletRuleFor(url: string | null): OutletRule | null {
  if (!url) return null;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  return OUTLET_RULES.find((rule) => host === rule.host || host.endsWith(`.${rule.host}`)) ?? null;
}
