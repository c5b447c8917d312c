import type { Kicker } from '../../core/briefing.ts';

/** A section of the site: every briefing of one kicker. */
export interface KickerSection {
  readonly slug: string;
  readonly kicker: Kicker;
  readonly blurb: string;
}

/** The sections, in the order the navigation shows them. */
export const KICKER_SECTIONS: readonly KickerSection[] = [
  { slug: 'speed-read', kicker: 'Speed Read', blurb: 'Story briefings: the facts and what each side says.' },
  { slug: 'talking-point', kicker: 'Talking Point', blurb: 'Roundups of opinion and commentary on a story.' },
  { slug: 'big-question', kicker: "Today's Big Question", blurb: 'Questions the coverage raises, answered by what outlets argue.' },
];

/** The section of a slug, or undefined. */
export function sectionBySlug(slug: string): KickerSection | undefined {
  return KICKER_SECTIONS.find((s) => s.slug === slug);
}

/** The section of a kicker (Speed Read for an unknown one). */
export function sectionOfKicker(kicker: string): KickerSection {
  return KICKER_SECTIONS.find((s) => s.kicker === kicker) ?? (KICKER_SECTIONS[0] as KickerSection);
}
