import { it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { OPTION_DOCS } from '../../src/config/config-schema.ts';

it('the README documents every configuration option with its default', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  for (const option of OPTION_DOCS) {
    assert.ok(readme.includes(`| \`${option.env}\` | \`${option.key}\` | \`${option.defaultValue}\` |`), `README row for ${option.env}`);
  }
  assert.ok(readme.includes('npm ci && npm start') && readme.includes('npm ci && npm test'));
});
