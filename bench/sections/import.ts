/**
 * The import of a large archive in bounded memory (issue 16): a ~200 MB Disqus export, generated on the
 * fly and streamed into `runImport` (scripts/import.ts) as a dry run, so the same parser and planner as
 * `npm run import -- --dry-run` and nothing written. The export never exists whole, on disk or in memory
 * (tests/support/disqus-export.ts, shared with tests/unit/import/memory.test.ts).
 *
 * Memory, three ways (docs/import.md "Memory"):
 * - peaks: one full garbage collection before the start (--expose-gc, or the flag set at run time:
 *   tests/support/heap.ts), then heapUsed and RSS sampled after every SAMPLE_EVERY planned comments; the
 *   largest growth above the start. Mostly garbage V8 has not collected yet: it depends on when V8
 *   chooses to collect, which depends on how much room it has.
 * - retained: what is still held right after a full collection, every RETAINED_EVERY comments and at the
 *   end (the planner still alive): the heap and the array buffers (the planner's index is typed arrays,
 *   outside the heap), per comment.
 * - the bound: the same dry run in a child process whose heap is capped (HEAP_CAP,
 *   bench/sections/import-capped.ts). That it completes is the proof that the import needs no more.
 */
import { note, progress, runSection } from '../lib/ipc';
import type { ImportCounts, ImportProgress } from '../../scripts/import-progress';
import { collectGarbage, MemoryPeaks } from '../../tests/support/heap';
import {
  describeCappedRun,
  dryRunGeneratedImport,
  requestedMegabytes,
  runCappedImport,
  TARGET_MEGABYTES,
  type CappedRun,
  type HeapCap,
} from './import-capped';

export { TARGET_MEGABYTES } from './import-capped';

const SAMPLE_EVERY = 1_000;
const RETAINED_EVERY = 50_000;
/**
 * The target: a 200 MB export imports in a process whose V8 heap is capped at 32 MiB of old space and
 * 2 MiB semi-spaces (a heap limit of 38 MiB), and what stays held after a full collection at the end
 * (heap and array buffers above the start) is at most RETAINED_MAX_BYTES (measured: 16.3 MiB). 32 MiB is
 * the smallest round cap that passed every run on 2 busy cores; 24 MiB runs out of memory
 * (docs/import.md "Memory").
 */
export const HEAP_CAP: HeapCap = { maxOldSpaceMiB: 32, maxSemiSpaceMiB: 2 };
export const RETAINED_MAX_BYTES = 24 * 2 ** 20;
/**
 * The former target, peak heap growth ≤ 64 MiB for 200 MB: still measured and reported beside the new
 * one, but a peak of uncollected garbage says how much room V8 took, not how much the import needs.
 */
export const HEAP_GROWTH_MAX_BYTES = 64 * 2 ** 20;

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
  /** Held above the start after a full collection at the end, the planner still alive. */
  retainedAtEnd?: RetainedAtEnd;
  /** The same dry run in a child process with the heap capped. */
  capped?: CappedRun;
  sampleEvery: number;
  retainedEvery: number;
  target: {
    megabytes: number;
    heapGrowthMaxBytes: number;
    heapCap?: HeapCap;
    retainedMaxBytes?: number;
  };
}

export interface RetainedAtEnd {
  heapBytes: number;
  /** Array buffers: the planner's index (typed arrays). */
  arrayBufferBytes: number;
  /** (heap + array buffers) / comments. */
  bytesPerComment: number;
}

/** Peaks and what is retained, as a progress reporter of runImport (which tells it the counts). */
class MemorySampler implements ImportProgress {
  readonly kind = 'lines' as const;
  private readonly gc = collectGarbage();
  private readonly peaks: MemoryPeaks;
  private readonly arrayBuffersAtStart: number;
  retainedHeap = 0;
  atEnd: RetainedAtEnd | null = null;

  constructor(private readonly onProgress: (planned: number) => void) {
    this.gc();
    this.peaks = new MemoryPeaks();
    this.arrayBuffersAtStart = process.memoryUsage().arrayBuffers;
  }

  update({ planned }: ImportCounts): void {
    if (planned % SAMPLE_EVERY !== 0) return;
    this.peaks.sample();
    if (planned % RETAINED_EVERY === 0) {
      this.gc();
      this.retainedHeap = Math.max(this.retainedHeap, this.peaks.heapGrowthNow());
    }
    this.onProgress(planned);
  }

  finish({ planned }: ImportCounts): void {
    this.peaks.sample();
    this.gc();
    const heapBytes = this.peaks.heapGrowthNow();
    const arrayBufferBytes = process.memoryUsage().arrayBuffers - this.arrayBuffersAtStart;
    this.retainedHeap = Math.max(this.retainedHeap, heapBytes);
    this.atEnd = {
      heapBytes,
      arrayBufferBytes,
      bytesPerComment: (heapBytes + arrayBufferBytes) / Math.max(planned, 1),
    };
  }

  get peakHeapBytes(): number {
    return this.peaks.heapBytes;
  }

  get peakRssBytes(): number {
    return this.peaks.rssBytes;
  }
}

const capText = (cap: HeapCap): string =>
  `--max-old-space-size=${cap.maxOldSpaceMiB} --max-semi-space-size=${cap.maxSemiSpaceMiB}`;

async function main(): Promise<ImportResult> {
  const megabytes = requestedMegabytes();
  const size = { bytes: 0 };
  // The capped child runs beside the in-process run, one core each (about 40 s and 25 s one after the
  // other): its figure is that it completes, and the in-process figures are memory, which the other
  // process does not change. Their times are each run's own, measured while the other runs.
  const cappedRun = runCappedImport(HEAP_CAP, megabytes);
  const sampler = new MemorySampler((planned) =>
    progress(
      (0.9 * size.bytes) / (megabytes * 1e6),
      `${(size.bytes / 1e6).toFixed(0)} MB parsed, ${planned} comments (and the same with the heap capped, ${capText(HEAP_CAP)})`,
    ),
  );
  const run = await dryRunGeneratedImport(megabytes, sampler, size);
  progress(0.9, `waiting for the run with the heap capped (${capText(HEAP_CAP)})`);
  const capped = await cappedRun;
  note(describeCappedRun(capped));
  return {
    bytes: run.bytes,
    threads: run.report.summary.threads,
    comments: run.report.planned,
    skipped: Object.values(run.report.summary.skipped).reduce((n, s) => n + s.count, 0),
    seconds: run.seconds,
    megabytesPerSecond: run.bytes / 1e6 / run.seconds,
    peakHeapGrowthBytes: sampler.peakHeapBytes,
    peakRssGrowthBytes: sampler.peakRssBytes,
    retainedHeapGrowthBytes: sampler.retainedHeap,
    ...(sampler.atEnd ? { retainedAtEnd: sampler.atEnd } : {}),
    capped,
    sampleEvery: SAMPLE_EVERY,
    retainedEvery: RETAINED_EVERY,
    target: {
      megabytes: TARGET_MEGABYTES,
      heapGrowthMaxBytes: HEAP_GROWTH_MAX_BYTES,
      heapCap: HEAP_CAP,
      retainedMaxBytes: RETAINED_MAX_BYTES,
    },
  };
}

runSection(main);
