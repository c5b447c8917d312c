import type { Command } from 'commander';
import { createReadStream, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import cliProgress from 'cli-progress';
import { isRoundupError } from '../../core/errors.ts';
import { parseArticleLine, parseWindow, StoryClusterer } from '../../stages/stories/index.ts';
import { action } from '../cli-errors.ts';

/** Problems printed one by one before only their count is reported. */
const MAX_NOTICES = 20;

/** What a run saw, for the closing summary. */
interface RunCounts {
  lines: number;
  rejected: number;
  notices: number;
}

/** `roundup stories FILE.jsonl [--window 7d]`: clusters articles into stories, one `{"id","story"}`
 * line per article in input order. Merges can move earlier articles, so lines are written at the end. */
export function registerStories(program: Command): void {
  program
    .command('stories')
    .description('cluster articles (JSON Lines: id, outlet, title, text, published) into stories; prints {"id","story"} per article')
    .argument('<file>', 'JSON Lines file of articles, in time order (undated lines take the time of the line before)')
    .option('--window <span>', 'compare only with stories seen within this span before the latest article (m, h, d, w)', '7d')
    .action(
      action(async (file: string, opts: { window: string }) => {
        const clusterer = new StoryClusterer({ windowMs: parseWindow(opts.window) });
        const counts: RunCounts = { lines: 0, rejected: 0, notices: 0 };
        const notice = (message: string) => {
          if (++counts.notices <= MAX_NOTICES) process.stderr.write(`roundup: ${file} ${message}\n`);
        };
        const { ids, stories, renamed } = await clusterFile(file, clusterer, counts, notice);
        await writeAssignments(ids, stories, renamed);
        if (counts.notices > MAX_NOTICES) process.stderr.write(`roundup: ${file}: ${counts.notices - MAX_NOTICES} more notices not shown\n`);
        if (counts.rejected > 0) {
          process.stderr.write(`roundup: ${file}: ${counts.rejected} of ${counts.lines} lines rejected, the others clustered\n`);
          process.exitCode = 1;
        }
      }),
    );
}

/** Reads the file line by line and assigns each article; bad lines are reported and skipped. */
async function clusterFile(file: string, clusterer: StoryClusterer, counts: RunCounts, notice: (m: string) => void) {
  const ids: string[] = [];
  const stories: string[] = [];
  const renamed = new Map<string, string>();
  const input = createReadStream(file);
  const bar = progressBar(file);
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    counts.lines++;
    if (counts.lines % 500 === 0) bar?.update(input.bytesRead);
    if (line.trim() === '') continue;
    try {
      const assignment = clusterer.assign(parseArticleLine(line, counts.lines));
      if (assignment.repeated) notice(`line ${counts.lines}: id ${JSON.stringify(assignment.articleId)} was seen before; its story is given again`);
      if (assignment.note === 'empty') notice(`line ${counts.lines}: article ${JSON.stringify(assignment.articleId)} has no title and no text; it stands alone`);
      for (const merge of assignment.merges) renamed.set(merge.from, merge.into);
      ids.push(assignment.articleId);
      stories.push(assignment.storyId);
    } catch (err) {
      if (!isRoundupError(err)) throw err;
      counts.rejected++;
      notice(err.message);
    }
  }
  bar?.update(input.bytesRead);
  bar?.stop();
  return { ids, stories, renamed };
}

/** Writes one JSON line per article with its story after all merges, honouring back-pressure. */
async function writeAssignments(ids: readonly string[], stories: readonly string[], renamed: ReadonlyMap<string, string>): Promise<void> {
  const final = (id: string): string => {
    let current = id;
    for (let next = renamed.get(current); next !== undefined; next = renamed.get(current)) current = next;
    return current;
  };
  const CHUNK = 5_000;
  for (let start = 0; start < ids.length; start += CHUNK) {
    let text = '';
    for (let i = start; i < Math.min(ids.length, start + CHUNK); i++) text += `${JSON.stringify({ id: ids[i], story: final(stories[i]!) })}\n`;
    if (!process.stdout.write(text)) await new Promise((resolve) => process.stdout.once('drain', resolve));
  }
}

/** A byte-based progress bar on a terminal, else null. */
function progressBar(file: string): cliProgress.SingleBar | null {
  if (!process.stderr.isTTY) return null;
  const bar = new cliProgress.SingleBar({ stream: process.stderr, format: 'stories [{bar}] {percentage}% | {value}/{total} bytes', hideCursor: true }, cliProgress.Presets.shades_classic);
  bar.start(Math.max(1, statSync(file).size), 0);
  return bar;
}
