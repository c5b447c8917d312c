// `roundup quotes FILE [--jsonl]`: plain text and JSON Lines in, one JSON line per article out.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bin = new URL('../../../bin/roundup.js', import.meta.url).pathname;
let dir = '';

/** Runs `roundup quotes` with the given arguments. */
function quotes(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, 'quotes', ...args], { encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('roundup quotes', () => {
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'roundup-quotes-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a plain-text article and prints its quotes with offsets', () => {
    const text = '“We will win,” Trump said on Monday.';
    const file = join(dir, 'article.txt');
    writeFileSync(file, text);
    const r = quotes(file);
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { id: string; quotes: { content: [number, number]; cue: [number, number]; speakerSpan: [number, number]; speaker: string; kind: string; speakerType: string }[] };
    assert.equal(out.id, file);
    assert.deepEqual(out.quotes, [{ content: [0, 14], cue: [21, 25], speakerSpan: [15, 20], speaker: 'Trump', kind: 'direct', speakerType: 'person' }]);
  });

  it('reads JSON Lines and writes one line per article, in order', () => {
    const file = join(dir, 'articles.jsonl');
    writeFileSync(file, `${JSON.stringify({ id: 'a', text: 'Clinton said that the polls were wrong.' })}\n\n${JSON.stringify({ id: 7, text: 'No quotes here.' })}\n`);
    const r = quotes(file, '--jsonl');
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; quotes: { kind: string }[] });
    assert.deepEqual(lines.map((l) => [l.id, l.quotes.map((q) => q.kind)]), [['a', ['indirect']], ['7', []]]);
  });

  it('names the line of bad JSON and exits non-zero', () => {
    const file = join(dir, 'bad.jsonl');
    writeFileSync(file, '{"id":"a","text":"ok"}\n{oops\n');
    const r = quotes(file, '--jsonl');
    assert.equal(r.status, 1);
    assert.match(r.stderr, /bad\.jsonl:2: not JSON/);
  });

  it('reports a missing file in one line', () => {
    const r = quotes(join(dir, 'absent.txt'));
    assert.equal(r.status, 1);
    assert.match(r.stderr, /^roundup: cannot read .*absent\.txt: ENOENT\n$/);
  });
});
