// What an edition is made of before it is rendered: the list, the date line and its briefings.
import type { Briefing } from '../../../core/briefing.ts';

/** The content of one edition, the same for every subscriber. */
export interface EditionContent {
  readonly siteName: string;
  /** The site's public URL, without a trailing slash. */
  readonly siteUrl: string;
  readonly listSlug: string;
  readonly listName: string;
  /** Date line as shown, e.g. "Thursday 26 November 2026". */
  readonly dateLine: string;
  readonly briefings: readonly Briefing[];
}

/** The links that differ per subscriber. */
export interface SubscriberLinks {
  readonly unsubscribe: string;
  readonly manage: string;
}

/** Stand-ins rendered once per edition and replaced per subscriber (URL-safe, so escaping leaves them intact). */
export const LINK_PLACEHOLDERS: SubscriberLinks = Object.freeze({ unsubscribe: 'https://roundup.invalid/__UNSUBSCRIBE__', manage: 'https://roundup.invalid/__MANAGE__' });

/** Replaces the placeholders of a rendered part with one subscriber's links. */
export function personalise(rendered: string, links: SubscriberLinks): string {
  return rendered.split(LINK_PLACEHOLDERS.unsubscribe).join(links.unsubscribe).split(LINK_PLACEHOLDERS.manage).join(links.manage);
}

/** The edition's subject line. */
export function editionSubject(content: EditionContent): string {
  const lead = content.briefings[0]?.headline;
  return lead ? `${content.listName}: ${lead}` : `${content.listName}, ${content.dateLine}`;
}

/** The story page of a briefing on the site. */
export function storyUrl(content: EditionContent, briefing: Briefing): string {
  return `${content.siteUrl}/stories/${encodeURIComponent(briefing.story)}`;
}
