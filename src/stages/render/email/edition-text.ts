// The plain-text part: the same stories as the HTML, wrapped at 72 columns, links in full.
import type { Briefing } from '../../../core/briefing.ts';
import { storyUrl, type EditionContent, type SubscriberLinks } from './edition-content.ts';

/** The edition as plain text. */
export function renderEditionText(content: EditionContent, links: SubscriberLinks): string {
  const head = [`${content.siteName.toUpperCase()} · ${content.listName}`, content.dateLine, ''];
  const stories = content.briefings.flatMap((b) => storyLines(content, b));
  const foot = ['-- ', `You receive ${content.listName} because you subscribed at ${content.siteUrl}/`, `Unsubscribe: ${links.unsubscribe}`, `Preferences, export or delete your data: ${links.manage}`];
  return [...head, ...(stories.length ? stories : ['No briefings this time.', '']), ...foot].join('\n') + '\n';
}

function storyLines(content: EditionContent, b: Briefing): string[] {
  const facts = b.whatHappened.map((s) => s.text).join(' ');
  return [b.kicker.toUpperCase(), ...wrap(b.headline), '', ...wrap(b.standfirst), ...(facts ? ['', ...wrap(facts)] : []), '', `Read more: ${storyUrl(content, b)}`, '', ''];
}

/** Wraps text at `width` columns on spaces; a longer word stays whole. */
export function wrap(text: string, width = 72): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
