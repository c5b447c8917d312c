// `node --import tsx scripts/add-extract-case.ts <name> <page.html[.gz]> [--url URL]`: adds a golden
// case under test/fixtures/extract/<name>/ (source.html, expected.txt, expected-metadata.json)
// from the extractor's current output. Read the expected files before committing: they are the
// contract from then on. Only pages we wrote ourselves (or may redistribute) belong here; the
// shared evaluation data is never copied into the repository.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { extractArticle } from '../src/stages/extract/index.ts';
import { decodeBody } from '../src/stages/fetch/body-decode.ts';

const [name, source, ...rest] = process.argv.slice(2);
if (!name || !source || !/^[a-z0-9-]+$/.test(name)) {
  console.error('usage: node --import tsx scripts/add-extract-case.ts <kebab-name> <page.html[.gz]> [--url URL]');
  process.exit(2);
}
const urlIndex = rest.indexOf('--url');
const url = urlIndex >= 0 ? (rest[urlIndex + 1] ?? null) : null;
const dir = resolve(import.meta.dirname, '../test/fixtures/extract', name);
if (existsSync(dir)) {
  console.error(`${dir} exists; remove it first to regenerate the case`);
  process.exit(1);
}
let bytes: Uint8Array = readFileSync(source);
if (source.endsWith('.gz')) bytes = gunzipSync(bytes);
const html = decodeBody(bytes, null).text;
const outcome = extractArticle(html, { url });
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'source.html'), html);
if (outcome.kind === 'no-article') {
  writeFileSync(join(dir, 'expected-metadata.json'), `${JSON.stringify({ url, noArticle: outcome.reason }, null, 2)}\n`);
} else {
  const { text, html: _html, ...metadata } = outcome.article;
  writeFileSync(join(dir, 'expected.txt'), `${text}\n`);
  writeFileSync(join(dir, 'expected-metadata.json'), `${JSON.stringify({ url, ...metadata }, null, 2)}\n`);
}
console.log(`added ${dir}`);
