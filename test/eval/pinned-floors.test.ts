// CI's quality gate: every evaluation with floors pinned in eval/floors.json runs here, on the
// shared data in place, and must stay at or above its floors (within the noise margin).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { EvalReport } from '../../eval/eval-report.ts';
import { gateFailures, readFloors } from '../../eval/quality-gate.ts';

const floors = readFloors();

describe('pinned quality floors', () => {
  it('has a floors file', () => assert.equal(typeof floors, 'object'));
  for (const [name, pinned] of Object.entries(floors)) {
    it(`${name} stays at or above its floors`, async (t) => {
      const module = (await import(`../../eval/${name}.ts`)) as { run: (args: string[]) => Promise<EvalReport> };
      const report = await module.run(['--quiet']);
      if (report.skipped) return t.skip(report.skipped);
      assert.deepEqual(gateFailures(report, pinned), []);
    });
  }
});
