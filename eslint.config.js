// Lint: typescript-eslint's recommended rules plus the layering rule of docs/architecture.md:
// core imports nothing; stages import only core; ports import only core.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Every stage folder; a stage may not import another one (relative or not).
const stages = readdirSync(new URL('./src/stages/', import.meta.url), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
const otherStages = (own) => stages.filter((s) => s !== own).flatMap((s) => [`**/stages/${s}/**`, `../${s}/**`, `../../${s}/**`, `../../../${s}/**`]);

const nodeBuiltins = ['node:*', 'fs', 'http', 'https', 'net', 'dns', 'child_process', 'process'];
const layer = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  { ignores: ['node_modules/**', 'data/**', 'test-artifacts/**', 'bin/**', '.tmp*/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: layer(['**/stages/**', '**/ports/**', '**/adapters/**', '**/app/**', '**/cli/**', '**/config/**', ...nodeBuiltins], 'core imports nothing but core'),
  },
  ...stages.map((stage) => ({
    files: [`src/stages/${stage}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['**/ports/**', '**/adapters/**', '**/app/**', '**/cli/**', '**/config/**', ...nodeBuiltins], message: 'a stage is pure: it imports core and libraries only, never I/O or another layer' },
        { group: otherStages(stage), message: 'a stage never imports another stage: the app passes one stage\'s output to the next' },
      ] }],
    },
  })),
  {
    files: ['src/ports/**/*.ts'],
    rules: layer(['**/stages/**', '**/adapters/**', '**/app/**', '**/cli/**', '**/config/**'], 'a port depends on core only'),
  },
  {
    files: ['src/adapters/**/*.ts'],
    rules: layer(['**/app/**', '**/cli/**', '**/config/**'], 'an adapter implements a port; it never reaches up into app, cli or config'),
  },
  {
    files: ['src/app/**/*.ts'],
    rules: layer(['**/adapters/**', '**/cli/**', '**/config/**'], 'app uses ports, never a concrete adapter'),
  },
);
