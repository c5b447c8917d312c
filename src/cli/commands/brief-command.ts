// `roundup brief FILE.jsonl [--format json|md|html]`: articles as JSON Lines in (grouped by
// `story`, or all one story), one briefing per story out. Quotes are found here with the quotes
// stage and handed to the briefings stage, which never calls another stage.
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { Command } from 'commander';
import type { Briefing, BriefingSentence } from '../../core/briefing.ts';
import { RoundupError } from '../../core/errors.ts';
import { parsePerspective } from '../../core/perspective.ts';
import { composeBriefing, rankRelated, type BriefingArticle } from '../../stages/briefings/index.ts';
import { findQuotes } from '../../stages/quotes/index.ts';
import { action } from '../cli-errors.ts';

const FORMATS = ['json', 'md', 'html'] as const;
type Format = (typeof FORMATS)[number];

/** One parsed line: its story and its article. */
interface ArticleLine {
  readonly story: string | null;
  readonly article: BriefingArticle;
}

/** `roundup brief FILE.jsonl [--format json|md|html]`. */
export function registerBrief(program: Command): void {
  program
    .command('brief')
    .description('compose one briefing per story from JSON Lines of articles (id, story, outlet, perspective, title, text, url, published)')
    .argument('<file>', 'JSON Lines file of articles; lines without "story" form one story named after the file')
    .option('--format <format>', 'json (JSON Lines, one briefing per line), md or html', 'json')
    .action(
      action(async (file: string, opts: { format: string }) => {
        if (!(FORMATS as readonly string[]).includes(opts.format)) throw new RoundupError('cli/invalid-option', `--format must be one of ${FORMATS.join(', ')}, not ${JSON.stringify(opts.format)}`);
        const { lines, rejected } = readLines(file);
        const briefings = composeAll(groupByStory(lines, basename(file, extname(file))));
        for (const b of briefings) process.stdout.write(render(b, opts.format as Format));
        if (rejected > 0 || briefings.length === 0) process.exitCode = 1;
      }),
    );
}

/** Parses the file; a bad line is named on stderr and skipped. */
function readLines(file: string): { lines: ArticleLine[]; rejected: number } {
  let body: string;
  try {
    body = readFileSync(file, 'utf8');
  } catch (cause) {
    throw new RoundupError('cli/file', `cannot read ${file}: ${(cause as NodeJS.ErrnoException).code ?? (cause as Error).message}`, { cause });
  }
  const lines: ArticleLine[] = [];
  let rejected = 0;
  body.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    try {
      lines.push(parseLine(line, index + 1));
    } catch (err) {
      rejected++;
      process.stderr.write(`roundup: ${file}:${index + 1}: ${(err as Error).message}; line skipped\n`);
    }
  });
  return { lines, rejected };
}

/** One JSON line as an article; throws with the reason when it is not one. */
function parseLine(line: string, number: number): ArticleLine {
  const value = JSON.parse(line) as Record<string, unknown>;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('not a JSON object');
  if (typeof value.text !== 'string') throw new Error('expected a string "text"');
  const str = (key: string): string | null => (typeof value[key] === 'string' && (value[key] as string).trim() !== '' ? (value[key] as string) : typeof value[key] === 'number' ? String(value[key]) : null);
  const url = str('url');
  const published = str('published');
  if (published !== null && Number.isNaN(Date.parse(published))) throw new Error(`"published" is not a date: ${JSON.stringify(published)}`);
  const text = value.text;
  return {
    story: str('story'),
    article: {
      id: str('id') ?? String(number),
      outlet: str('outlet') ?? (url ? hostOf(url) : 'unknown outlet'),
      perspective: parsePerspective(str('perspective') ?? str('lean') ?? '') ?? 'unknown',
      isWire: value.isWire === true || value.wire === true,
      title: str('title') ?? '',
      text,
      url,
      published: published === null ? null : new Date(Date.parse(published)).toISOString(),
      quotes: findQuotes(text),
      language: str('language'),
      opinion: value.opinion === true,
    },
  };
}

/** The host name of a URL without `www.`, or the URL itself when it does not parse. */
function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** Articles grouped by story, in order of first appearance; lines without a story form `fallback`. */
function groupByStory(lines: readonly ArticleLine[], fallback: string): Map<string, BriefingArticle[]> {
  const stories = new Map<string, BriefingArticle[]>();
  for (const { story, article } of lines) {
    const key = story ?? fallback;
    const list = stories.get(key) ?? [];
    list.push(article);
    stories.set(key, list);
  }
  return stories;
}

/** Composes every story; refusals are reported on stderr; related links are drawn from the file's other stories. */
function composeAll(stories: ReadonlyMap<string, BriefingArticle[]>): Briefing[] {
  const briefings: Briefing[] = [];
  for (const [story, articles] of stories) {
    const outcome = composeBriefing({ story, articles });
    if (outcome.kind === 'refused') process.stderr.write(`roundup: story ${JSON.stringify(story)}: no briefing: ${outcome.reason}\n`);
    else briefings.push(outcome.briefing);
  }
  const candidates = briefings.map((b) => ({ story: b.story, kicker: b.kicker, headline: b.headline, terms: b.terms ?? [] }));
  return briefings.map((b) => ({ ...b, related: rankRelated(b.story, b.terms ?? [], candidates, 8, 2) }));
}

/** One briefing in the chosen format. */
function render(b: Briefing, format: Format): string {
  if (format === 'json') return `${JSON.stringify(b)}\n`;
  return format === 'md' ? markdown(b) : html(b);
}

/** A sentence with its resolved days shown after them ("Monday (2025-05-19)"). */
function withDates(s: BriefingSentence): string {
  let text = s.text;
  for (const d of [...(s.dates ?? [])].sort((a, b) => b.start - a.start)) text = `${text.slice(0, d.end)} (${d.date})${text.slice(d.end)}`;
  return text;
}

/** Source numbers of a sentence in the briefing's source list, as "[1, 3]". */
function marks(b: Briefing, s: BriefingSentence): string {
  const numbers = [...new Set(s.sources.map((p) => b.sources.findIndex((src) => src.article === p.article) + 1))].filter((n) => n > 0);
  return `[${numbers.join(', ')}]`;
}

/** The attribution shown before a reading: its outlet. */
function lineOf(b: Briefing, s: BriefingSentence): string {
  const lead = s.role === 'reading' && s.outlet ? `${s.outlet}: ` : '';
  return `${lead}${withDates(s)} ${marks(b, s)}`;
}

/** Coverage as one line and a bar of L/C/R/? letters, one per outlet. */
function coverageLine(b: Briefing): string {
  const c = b.coverage;
  const bar = 'L'.repeat(c.left) + 'C'.repeat(c.center) + 'R'.repeat(c.right) + '?'.repeat(c.unknown);
  const spot = c.blindspot ? ` — blindspot: the ${c.blindspot} barely covered it` : '';
  return `${c.left + c.center + c.right + c.unknown} outlets: left ${c.left}, centre ${c.center}, right ${c.right}, unknown ${c.unknown}${spot}  ${bar}`;
}

/** The briefing as Markdown. */
function markdown(b: Briefing): string {
  const out = [`*${b.kicker}*`, `# ${b.headline}`, b.standfirst ? `**${withDates({ text: b.standfirst, sources: [], dates: b.standfirstDates })}**` : '', '', '## What happened', ...b.whatHappened.map((s) => lineOf(b, s)), ''];
  if (b.whoSaidWhat.length > 0) out.push('## Who said what', ...b.whoSaidWhat.map((s) => lineOf(b, s)), '');
  if (b.whatNext.length > 0) out.push('## What next?', ...b.whatNext.map((s) => lineOf(b, s)), '');
  out.push('## Coverage', coverageLine(b), '', '## Sources', ...b.sources.map((s, i) => `${i + 1}. ${s.outlet} (${s.perspective}): ${s.title}${s.published ? `, ${s.published}` : ''}${s.url ? ` <${s.url}>` : ''}`));
  if (b.related.length > 0) out.push('', '## Related', ...b.related.map((r) => `- *${r.kicker}* ${r.headline}`));
  if (b.notes.length > 0) out.push('', ...b.notes.map((n) => `> ${n}`));
  return `${out.join('\n')}\n\n`;
}

/** Escapes text for HTML. */
function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The briefing as an HTML fragment. */
function html(b: Briefing): string {
  const section = (title: string, list: readonly BriefingSentence[]) => (list.length === 0 ? '' : `<h2>${esc(title)}</h2>\n${list.map((s) => `<p>${esc(lineOf(b, s))}</p>`).join('\n')}\n`);
  const sources = b.sources.map((s) => `<li>${esc(s.outlet)} (${esc(s.perspective)}): ${s.url ? `<a href="${esc(s.url)}">${esc(s.title)}</a>` : esc(s.title)}${s.published ? ` <time>${esc(s.published)}</time>` : ''}</li>`).join('\n');
  return [
    `<article data-story="${esc(b.story)}">`,
    `<p class="kicker">${esc(b.kicker)}</p>`,
    `<h1>${esc(b.headline)}</h1>`,
    b.standfirst ? `<p class="standfirst">${esc(withDates({ text: b.standfirst, sources: [], dates: b.standfirstDates }))}</p>` : '',
    section('What happened', b.whatHappened) + section('Who said what', b.whoSaidWhat) + section('What next?', b.whatNext),
    `<h2>Coverage</h2>\n<p>${esc(coverageLine(b))}</p>`,
    `<h2>Sources</h2>\n<ol>\n${sources}\n</ol>`,
    b.related.length > 0 ? `<h2>Related</h2>\n<ul>${b.related.map((r) => `<li>${esc(r.kicker)}: ${esc(r.headline)}</li>`).join('')}</ul>` : '',
    b.notes.length > 0 ? `<aside>${b.notes.map((n) => `<p>${esc(n)}</p>`).join('')}</aside>` : '',
    '</article>',
    '',
  ]
    .filter((l) => l !== '')
    .join('\n');
}
