// A trafilatura-style quality gate: floors pinned per metric in eval/floors.json together with the
// hash of the corpus they were measured on. A run passes when every metric is at least its floor
// minus a small noise margin. Floors rise with --update-floors; lowering one needs --allow-lower.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { EvalReport } from './eval-report.ts';

/** The pinned floors of one evaluation. */
export interface PinnedFloors {
  readonly corpusHash: string;
  readonly floors: Readonly<Record<string, number>>;
}

/** The whole floors file: evaluation name to its floors. */
export type FloorsFile = Readonly<Record<string, PinnedFloors>>;

/** Allowed shortfall below a floor, for run-to-run noise (ordering, timing-independent ties). */
export const NOISE_MARGIN = 0.005;

/** Where the floors live. */
export const FLOORS_PATH = resolve(import.meta.dirname, 'floors.json');

/** Reads the floors file; an absent file pins nothing. */
export function readFloors(path: string = FLOORS_PATH): FloorsFile {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as FloorsFile) : {};
}

/** Writes the floors file, sorted by name for stable diffs. */
export function writeFloors(floors: FloorsFile, path: string = FLOORS_PATH): void {
  const sorted = Object.fromEntries(Object.entries(floors).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(path, `${JSON.stringify(sorted, null, 2)}\n`);
}

/** Why a report fails its pinned floors; empty when it passes (or nothing is pinned). */
export function gateFailures(report: EvalReport, pinned: PinnedFloors | undefined, margin = NOISE_MARGIN): string[] {
  if (!pinned || report.skipped) return [];
  if (pinned.corpusHash !== report.corpusHash) {
    return [`${report.name}: the corpus changed since the floors were pinned (hash ${report.corpusHash.slice(0, 12)} vs ${pinned.corpusHash.slice(0, 12)}); re-pin with --update-floors`];
  }
  return Object.entries(pinned.floors).flatMap(([metric, floor]) => {
    const value = report.metrics[metric];
    if (value === undefined) return [`${report.name}: metric ${metric} is pinned but was not measured`];
    return value < floor - margin ? [`${report.name}: ${metric} = ${value.toFixed(4)} is below its floor ${floor.toFixed(4)} (margin ${margin})`] : [];
  });
}

/** New floors from a report: each metric's value (rounded down to 3 decimals). Refuses to lower a
 * floor unless `allowLower`, naming each metric that would drop. */
export function raiseFloors(report: EvalReport, pinned: PinnedFloors | undefined, allowLower: boolean): { pinned: PinnedFloors; refused: string[] } {
  const floors: Record<string, number> = {};
  const refused: string[] = [];
  const sameCorpus = pinned?.corpusHash === report.corpusHash;
  for (const [metric, value] of Object.entries(report.metrics)) {
    const next = Math.floor(value * 1000) / 1000;
    const old = sameCorpus ? pinned?.floors[metric] : undefined;
    if (old !== undefined && next < old && !allowLower) {
      refused.push(`${metric}: ${next} would lower the floor ${old}; pass --allow-lower to accept`);
      floors[metric] = old;
    } else {
      floors[metric] = next;
    }
  }
  return { pinned: { corpusHash: report.corpusHash, floors }, refused };
}
