// `roundup brief FILE.jsonl [--format json|md|html]`: JSON Lines in, one briefing per story out.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bin = new URL('../../../bin/roundup.js', import.meta.url).pathname;
const fixture = new URL('../../fixtures/briefings/ferry-strike.jsonl', import.meta.url).pathname;
let dir = '';

/** Runs `roundup brief` with the given arguments. */
function brief(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, 'brief', ...args], { encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('roundup brief', () => {
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'roundup-brief-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('prints one JSON line per story in the issue shape, offsets into each input text', () => {
    const r = brief(fixture, '--format', 'json');
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout.trim().split('\n');
    assert.equal(lines.length, 1);
    const b = JSON.parse(lines[0]!) as Record<string, unknown>;
    for (const key of ['story', 'kicker', 'headline', 'standfirst', 'whatHappened', 'whoSaidWhat', 'whatNext', 'coverage', 'sources', 'related']) assert.ok(key in b, key);
    assert.deepEqual(Object.keys(b.coverage as object).sort(), ['blindspot', 'center', 'left', 'right', 'unknown']);
    assert.deepEqual(Object.keys((b.sources as object[])[0]!).sort(), ['article', 'outlet', 'perspective', 'published', 'title', 'url']);
    const texts = new Map(readFileSync(fixture, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; text: string }).map((a) => [a.id, a.text]));
    for (const s of [...(b.whatHappened as never[]), ...(b.whoSaidWhat as never[]), ...(b.whatNext as never[])] as { text: string; sources: { article: string; start: number; end: number }[] }[]) {
      for (const p of s.sources) assert.equal(texts.get(p.article)!.slice(p.start, p.end), s.text);
    }
  });

  it('groups by story, treats lines without a story as one, and names bad lines', () => {
    const file = join(dir, 'two.jsonl');
    const a = { id: 'x1', story: 'one', text: 'The council voted on Monday to close the bridge. The mayor said repairs would take a year.' };
    const b = { id: 'y1', story: 'two', text: 'A storm hit the coast overnight. Thousands of homes lost power.' };
    writeFileSync(file, `${JSON.stringify(a)}\nnot json\n${JSON.stringify(b)}\n`);
    const r = brief(file);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /two\.jsonl:2: .*line skipped/);
    assert.deepEqual(r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { story: string }).story), ['one', 'two']);
  });

  it('renders Markdown and HTML', () => {
    const md = brief(fixture, '--format', 'md');
    assert.equal(md.status, 0, md.stderr);
    assert.match(md.stdout, /^\*Speed Read\*\n# /);
    assert.match(md.stdout, /## What happened/);
    const html = brief(fixture, '--format', 'html');
    assert.match(html.stdout, /<article data-story="ferry">/);
    assert.ok(!html.stdout.includes('<script'));
  });

  it('refuses an unknown format', () => {
    const r = brief(fixture, '--format', 'pdf');
    assert.equal(r.status, 1);
    assert.match(r.stderr, /--format must be one of json, md, html/);
  });
});
