// Edition HTML for mail clients: nested tables 600 px wide (Outlook ignores max-width on divs),
// every style inlined by juice (Gmail drops <head> styles on some clients), explicit text and
// background colours on every cell so a client's dark mode inverts consistently, and a
// prefers-color-scheme block for clients that honour it. One story is a kicker, a linked
// headline, the standfirst, What happened and a coverage line; the full briefing is on the site.
import juice from 'juice';
import type { Briefing } from '../../../core/briefing.ts';
import { escapeHtml, safeHref } from './email-escape.ts';
import { storyUrl, type EditionContent, type SubscriberLinks } from './edition-content.ts';

/** Hard cap of an edition's HTML: Gmail clips messages over ~102 KB. */
export const MAX_HTML_BYTES = 100_000;

const CSS = `
body { margin: 0; padding: 0; background: #f4f4f1; color: #1c1c1c; }
.wrap { background: #f4f4f1; }
.sheet { background: #ffffff; color: #1c1c1c; font-family: Georgia, 'Times New Roman', serif; }
.masthead { padding: 24px 28px 8px; font-size: 13px; letter-spacing: 1px; text-transform: uppercase; color: #5a5a5a; font-family: Arial, Helvetica, sans-serif; }
.title { padding: 0 28px 16px; font-size: 26px; font-weight: bold; color: #1c1c1c; }
.story { padding: 18px 28px; border-top: 1px solid #dddddd; }
.kicker { font-family: Arial, Helvetica, sans-serif; font-size: 12px; font-weight: bold; text-transform: uppercase; color: #b3261e; }
.headline { font-size: 21px; line-height: 27px; font-weight: bold; margin: 4px 0 6px; }
.headline a { color: #1c1c1c; text-decoration: none; }
.standfirst { font-size: 16px; line-height: 23px; color: #3a3a3a; margin: 0 0 10px; }
.body { font-size: 15px; line-height: 22px; color: #1c1c1c; margin: 0 0 8px; }
.coverage { font-family: Arial, Helvetica, sans-serif; font-size: 12px; color: #5a5a5a; }
.more { font-family: Arial, Helvetica, sans-serif; font-size: 13px; }
.more a { color: #0b57d0; }
.footer { padding: 20px 28px 28px; font-family: Arial, Helvetica, sans-serif; font-size: 12px; line-height: 18px; color: #5a5a5a; border-top: 1px solid #dddddd; }
.footer a { color: #0b57d0; }
`;

const DARK_CSS = `
@media (prefers-color-scheme: dark) {
  .wrap, body { background: #121212 !important; }
  .sheet { background: #1e1e1e !important; color: #e8e8e8 !important; }
  .title, .headline a, .body { color: #e8e8e8 !important; }
  .standfirst, .coverage, .masthead, .footer { color: #b8b8b8 !important; }
  .more a, .footer a { color: #8ab4f8 !important; }
}
`;

/** The edition's HTML with inlined styles; links are the per-subscriber ones (or placeholders). */
export function renderEditionHtml(content: EditionContent, links: SubscriberLinks): string {
  const stories = content.briefings.map((b) => storyBlock(content, b)).join('\n');
  const page = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark"><meta name="supported-color-schemes" content="light dark">
<title>${escapeHtml(content.listName)}</title><style>${CSS}</style><style>${DARK_CSS}</style></head>
<body><table role="presentation" class="wrap" width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">
<table role="presentation" class="sheet" width="600" cellpadding="0" cellspacing="0" border="0" style="width:600px;max-width:100%">
<tr><td class="masthead">${escapeHtml(content.siteName)} · ${escapeHtml(content.dateLine)}</td></tr>
<tr><td class="title">${escapeHtml(content.listName)}</td></tr>
${stories || '<tr><td class="story"><p class="body">No briefings this time.</p></td></tr>'}
<tr><td class="footer">You receive ${escapeHtml(content.listName)} because you subscribed at <a href="${escapeHtml(content.siteUrl)}/">${escapeHtml(content.siteName)}</a>.<br>
<a href="${escapeHtml(links.unsubscribe)}">Unsubscribe</a> · <a href="${escapeHtml(links.manage)}">Preferences, export or delete your data</a></td></tr>
</table></td></tr></table></body></html>`;
  // Media queries stay in a <style> block: they cannot be inlined.
  return juice(page, { preserveMediaQueries: true, removeStyleTags: true, applyWidthAttributes: true });
}

function storyBlock(content: EditionContent, b: Briefing): string {
  const href = safeHref(storyUrl(content, b)) ?? '#';
  const facts = b.whatHappened.map((s) => s.text).join(' ');
  const c = b.coverage;
  const total = c.left + c.center + c.right + c.unknown;
  return `<tr><td class="story">
<div class="kicker">${escapeHtml(b.kicker)}</div>
<div class="headline"><a href="${href}">${escapeHtml(b.headline)}</a></div>
<p class="standfirst">${escapeHtml(b.standfirst)}</p>
${facts ? `<p class="body">${escapeHtml(facts)}</p>` : ''}
<div class="coverage">${total} outlets: ${c.left} left · ${c.center} centre · ${c.right} right${c.unknown ? ` · ${c.unknown} unrated` : ''}</div>
<div class="more"><a href="${href}">Who said what, and every source →</a></div>
</td></tr>`;
}
