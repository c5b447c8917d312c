// Golden cases: one folder per page under test/fixtures/extract/<case>/ with source.html,
// expected.txt and expected-metadata.json (made by scripts/add-extract-case.ts, then read and
// corrected by hand). A fix for a page comes with that page as a new case.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extractArticle } from '../../../src/stages/extract/index.ts';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures/extract');

describe('extraction golden cases', () => {
  const cases = readdirSync(FIXTURES).filter((name) => existsSync(join(FIXTURES, name, 'source.html'))).sort();
  it('has cases', () => assert.ok(cases.length > 0));
  for (const name of cases) {
    it(name, () => {
      const dir = join(FIXTURES, name);
      const { url, noArticle, ...metadata } = JSON.parse(readFileSync(join(dir, 'expected-metadata.json'), 'utf8')) as Record<string, unknown>;
      const outcome = extractArticle(readFileSync(join(dir, 'source.html'), 'utf8'), { url: (url as string | null) ?? null });
      if (noArticle) {
        assert.deepEqual(outcome, { kind: 'no-article', reason: noArticle });
        return;
      }
      assert.equal(outcome.kind, 'article');
      if (outcome.kind !== 'article') return;
      const { text, html, ...actual } = outcome.article;
      assert.equal(text, readFileSync(join(dir, 'expected.txt'), 'utf8').trimEnd());
      assert.deepEqual(actual, metadata);
      assert.ok(!/<script|<style|<form|<iframe|\son\w+=/i.test(html));
    });
  }
});
