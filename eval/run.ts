// `npm run eval -- <name> [--update-floors] [--allow-lower]`: runs eval/<name>.ts, prints its
// figures, and checks them against the floors pinned in eval/floors.json (exit 1 below a floor).
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { EvalReport } from './eval-report.ts';
import { gateFailures, raiseFloors, readFloors, writeFloors } from './quality-gate.ts';

const here = import.meta.dirname;
const LIBRARY = new Set(['run', 'eval-report', 'quality-gate']);
const available = readdirSync(here).filter((f) => f.endsWith('.ts')).map((f) => f.replace(/\.ts$/, '')).filter((n) => !LIBRARY.has(n));
const [name, ...flags] = process.argv.slice(2);
if (!name || !available.includes(name) || !existsSync(join(here, `${name}.ts`))) {
  console.error(`usage: npm run eval -- <name> [--update-floors] [--allow-lower]   (one of: ${available.join(', ')})`);
  process.exit(2);
}
const module = (await import(join(here, `${name}.ts`))) as { run: (args: string[]) => Promise<EvalReport> };
const report = await module.run(flags);
if (report.skipped) {
  console.log(`eval ${name}: skipped — ${report.skipped}`);
  process.exit(0);
}
const floors = readFloors();
if (flags.includes('--update-floors')) {
  const { pinned, refused } = raiseFloors(report, floors[name], flags.includes('--allow-lower'));
  writeFloors({ ...floors, [name]: pinned });
  for (const line of refused) console.error(`not lowered: ${line}`);
  console.log(`eval ${name}: floors pinned in eval/floors.json`);
}
const failures = gateFailures(report, readFloors()[name]);
for (const failure of failures) console.error(`FAIL ${failure}`);
if (failures.length === 0) console.log(`eval ${name}: every metric at or above its floor`);
process.exit(failures.length > 0 ? 1 : 0);
