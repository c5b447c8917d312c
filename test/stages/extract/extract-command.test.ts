// `roundup extract FILE... [--url URL] --jsonl`: one JSON object per input, .html and .html.gz read,
// an unreadable file reported on its own line without stopping the others.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = resolve(import.meta.dirname, '../../..');
const PAGE = join(ROOT, 'test/fixtures/extract/wire-story/source.html');

/** Runs the CLI and returns its exit status and stdout lines. */
function roundup(...args: string[]): { status: number | null; lines: string[] } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, lines: result.stdout.split('\n').filter(Boolean) };
}

describe('roundup extract', () => {
  it('writes one JSON object per input, with the article fields and "file"', () => {
    const dir = mkdtempSync(join(tmpdir(), 'roundup-extract-'));
    const gz = join(dir, 'page.html.gz');
    writeFileSync(gz, gzipSync(readFileSync(PAGE)));
    const missing = join(dir, 'absent.html');
    const { status, lines } = roundup('extract', PAGE, gz, missing, '--url', 'https://courier.example/news/2024/02/sea-wall-vote', '--jsonl');
    assert.equal(status, 1, 'an unreadable input makes the run fail');
    const [plain, zipped, absent] = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    assert.equal(plain?.file, PAGE);
    assert.equal(plain?.title, 'Harbour town votes to rebuild sea wall after winter storms');
    assert.deepEqual(plain?.byline, ['Mara Quinn', 'Owen Price']);
    for (const field of ['published', 'modified', 'language', 'siteName', 'canonicalUrl', 'leadImage', 'section', 'description', 'text', 'html']) assert.ok(field in (plain ?? {}), field);
    assert.equal(zipped?.text, plain?.text);
    assert.equal(absent?.file, missing);
    assert.match(String(absent?.error), /cannot read/);
  });
});
