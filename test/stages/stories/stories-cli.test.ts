import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bin = new URL('../../../bin/roundup.js', import.meta.url).pathname;
const fixtures = new URL('../../fixtures/stories/', import.meta.url).pathname;

function roundup(args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('roundup stories', () => {
  let dir: string;
  before(() => (dir = mkdtempSync(join(tmpdir(), 'roundup-stories-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('prints {"id","story"} per article in input order', () => {
    const r = roundup(['stories', join(fixtures, 'articles.jsonl'), '--window', '7d']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, readFileSync(join(fixtures, 'expected.jsonl'), 'utf8'));
  });

  it('names bad lines, goes on with the rest and exits 1', () => {
    const good = readFileSync(join(fixtures, 'articles.jsonl'), 'utf8').trim().split('\n');
    const file = join(dir, 'bad.jsonl');
    writeFileSync(file, [good[0], '{broken', good[2], '', good[0], '{"id":"empty","text":""}', '{"id":"d","published":"soon"}'].join('\n'));
    const r = roundup(['stories', file]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /line 2: not JSON/);
    assert.match(r.stderr, /line 5: id "a1" was seen before/);
    assert.match(r.stderr, /line 6: article "empty" has no title and no text/);
    assert.match(r.stderr, /line 7: "published" is not a date/);
    assert.match(r.stderr, /2 of 7 lines rejected/);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(out, [{ id: 'a1', story: 'a1' }, { id: 'a2', story: 'a1' }, { id: 'a1', story: 'a1' }, { id: 'empty', story: 'empty' }]);
  });

  it('refuses a malformed window', () => {
    const r = roundup(['stories', join(fixtures, 'articles.jsonl'), '--window', 'soon']);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /window must be/);
  });
});
