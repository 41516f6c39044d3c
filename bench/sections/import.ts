/**
 * The import of a large archive in bounded memory (issue 16): a ~200 MB Disqus export, generated on the
 * fly and streamed into `runImport` (scripts/import.ts) as a dry run, so the same parser and planner as
 * `npm run import -- --dry-run` and nothing written. The export never exists whole, on disk or in memory
 * (tests/support/disqus-export.ts, shared with tests/unit/import/memory.test.ts).
 *
 * Memory: one full garbage collection before the start (--expose-gc, or the flag set at run time:
 * tests/support/heap.ts), then heapUsed and RSS sampled after every SAMPLE_EVERY planned comments; the
 * peaks are the largest growth above the start. Heap growth includes garbage not yet collected; a full
 * collection every RETAINED_EVERY comments gives what is really held (the parser's thread ids and the
 * planner's per-comment index, docs/import.md "Memory").
 */
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { keyedHash } from '../../shared/ids';
import { runImport } from '../../scripts/import';
import type { ImportCounts, ImportProgress } from '../../scripts/import-progress';
import { disqusExportOfSize, generatedDisqusExport } from '../../tests/support/disqus-export';
import { collectGarbage, MemoryPeaks } from '../../tests/support/heap';
import { progress, runSection } from '../lib/ipc';

const SAMPLE_EVERY = 1_000;
const RETAINED_EVERY = 50_000;
/** The target: peak heap growth for a 200 MB export. */
export const HEAP_GROWTH_MAX_BYTES = 64 * 2 ** 20;
export const TARGET_MEGABYTES = 200;

export interface ImportResult {
  /** Bytes of export parsed. */
  bytes: number;
  threads: number;
  comments: number;
  /** Comments the planner skipped (none are expected). */
  skipped: number;
  seconds: number;
  megabytesPerSecond: number;
  /** Largest heapUsed above the start, sampled every `sampleEvery` comments (garbage included). */
  peakHeapGrowthBytes: number;
  /** Largest RSS above the start, sampled likewise. */
  peakRssGrowthBytes: number;
  /** Largest heapUsed above the start right after a full collection (every `retainedEvery` comments). */
  retainedHeapGrowthBytes: number;
  sampleEvery: number;
  retainedEvery: number;
  target: { megabytes: number; heapGrowthMaxBytes: number };
}

/** A progress reporter that samples memory instead of drawing, and tells the runner how far it is. */
function memorySampler(
  peaks: MemoryPeaks,
  gc: () => void,
  shownBytes: () => number,
  expectedBytes: number,
): ImportProgress & { retained: number } {
  const sampler = {
    kind: 'lines' as const,
    retained: 0,
    update({ planned }: ImportCounts) {
      if (planned % SAMPLE_EVERY !== 0) return;
      peaks.sample();
      if (planned % RETAINED_EVERY === 0) {
        gc();
        sampler.retained = Math.max(sampler.retained, peaks.heapGrowthNow());
      }
      const mb = (shownBytes() / 1e6).toFixed(0);
      progress(shownBytes() / expectedBytes, `${mb} MB parsed, ${planned} comments`);
    },
    finish() {
      peaks.sample();
    },
  };
  return sampler;
}

async function main(): Promise<ImportResult> {
  const megabytes = Number(process.env.PARLEY_BENCH_IMPORT_MB ?? TARGET_MEGABYTES);
  const shape = disqusExportOfSize(megabytes * 1e6);
  const secret = randomBytes(32).toString('base64url');
  const size = { bytes: 0 };
  const gc = collectGarbage();
  gc();
  const peaks = new MemoryPeaks();
  const sampler = memorySampler(peaks, gc, () => size.bytes, megabytes * 1e6);
  const started = performance.now();
  const report = await runImport({
    format: 'disqus',
    input: Readable.from(generatedDisqusExport(shape, size)),
    planner: { hash: (v) => keyedHash(secret, v), importedAt: new Date() },
    store: null,
    progress: sampler,
  });
  const seconds = (performance.now() - started) / 1000;
  return {
    bytes: size.bytes,
    threads: report.summary.threads,
    comments: report.planned,
    skipped: Object.values(report.summary.skipped).reduce((n, s) => n + s.count, 0),
    seconds,
    megabytesPerSecond: size.bytes / 1e6 / seconds,
    peakHeapGrowthBytes: peaks.heapBytes,
    peakRssGrowthBytes: peaks.rssBytes,
    retainedHeapGrowthBytes: sampler.retained,
    sampleEvery: SAMPLE_EVERY,
    retainedEvery: RETAINED_EVERY,
    target: { megabytes: TARGET_MEGABYTES, heapGrowthMaxBytes: HEAP_GROWTH_MAX_BYTES },
  };
}

runSection(main);
