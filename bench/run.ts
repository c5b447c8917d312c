// `npm run bench -- <name>`: runs bench/<name>.ts, whose exported run() prints its figures
// beside a baseline measured in the same process.
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const available = readdirSync(here).filter((f) => f.endsWith('.ts') && f !== 'run.ts' && !f.includes('-')).map((f) => f.replace(/\.ts$/, ''));
const name = process.argv[2];
if (!name || !existsSync(join(here, `${name}.ts`))) {
  console.error(`usage: npm run bench -- <name>   (one of: ${available.join(', ')})`);
  process.exit(2);
}
const module = (await import(join(here, `${name}.ts`))) as { run: (args: string[]) => Promise<void> };
await module.run(process.argv.slice(3));
