// Quote finding throughput: findQuotes over the PolNeAR texts (train and dev), MB of UTF-8 text
// per second on one core and peak memory, beside a baseline in the same process: wink-nlp (the
// installed NLP library) only splitting the same texts into sentences. Then the worst cases of
// issue 5 (5 MB texts: unbalanced marks, no sentence ends, mixed scripts, cue words only), each
// timed once, to show that none runs away.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { findQuotes } from '../src/stages/quotes/index.ts';
import { SHARED_DATA_DIR, missingData } from '../eval/eval-report.ts';
import { adversarialTexts } from '../test/stages/quotes/adversarial-texts.ts';

const PASSES = 3;

/** The article texts of PolNeAR train and dev. */
function loadTexts(): string[] {
  return ['train', 'dev'].flatMap((split) => {
    const body = gunzipSync(readFileSync(join(SHARED_DATA_DIR, 'quotes/polnear', `${split}.jsonl.gz`))).toString('utf8');
    return body.split('\n').filter((l) => l.trim() !== '').map((l) => (JSON.parse(l) as { text: string }).text);
  });
}

/** Median milliseconds of PASSES passes of `work` over all texts, after one warm-up pass. */
function timePasses(texts: readonly string[], work: (text: string) => number): { ms: number; count: number } {
  let count = 0;
  for (const text of texts) count += work(text);
  const times: number[] = [];
  for (let p = 0; p < PASSES; p++) {
    const started = performance.now();
    for (const text of texts) work(text);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)]!, count };
}

/** Prints MB/s of findQuotes and of the wink-nlp baseline, peak memory, and the worst cases. */
export async function run(): Promise<void> {
  const skipped = missingData('quotes', 'polnear');
  if (skipped) {
    console.log(`bench quotes: skipped, ${skipped}`);
    return;
  }
  const texts = loadTexts();
  const mb = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;
  let peak = process.memoryUsage().rss;
  const ours = timePasses(texts, (t) => {
    const n = findQuotes(t).length;
    peak = Math.max(peak, process.memoryUsage.rss());
    return n;
  });
  const nlp = winkNLP(model);
  const baseline = timePasses(texts, (t) => nlp.readDoc(t).sentences().length());
  console.log(`PolNeAR train+dev: ${texts.length} texts, ${mb.toFixed(2)} MB, median of ${PASSES} passes`);
  console.log(`  findQuotes              ${(mb / (ours.ms / 1000)).toFixed(1).padStart(6)} MB/s  (${ours.count} quotes; target ≥ 2 MB/s)`);
  console.log(`  wink-nlp sentences only ${(mb / (baseline.ms / 1000)).toFixed(1).padStart(6)} MB/s  (${baseline.count} sentences; baseline)`);
  console.log(`  peak RSS during findQuotes ${(peak / 1e6).toFixed(0)} MB`);
  console.log('worst cases (one run each):');
  for (const [name, text] of adversarialTexts()) {
    const started = performance.now();
    const n = findQuotes(text).length;
    const ms = performance.now() - started;
    const size = Buffer.byteLength(text) / 1e6;
    console.log(`  ${name.padEnd(34)} ${size.toFixed(1)} MB  ${ms.toFixed(0).padStart(6)} ms  ${(size / (ms / 1000)).toFixed(1).padStart(6)} MB/s  ${n} quotes`);
  }
}
