import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseDisqus } from '../../../shared/import/disqus';
import { generatedDisqusExport } from '../../support/disqus-export';
import { collectGarbage, MemoryPeaks } from '../../support/heap';

const SHAPE = { threads: 2_000, posts: 56_000 };
/**
 * The bound on heap growth while parsing the ~31 MB export. Measured on Node 24 (2 cores, 56,000 posts):
 * heapUsed peaks 13-23 MiB above the start (mostly garbage the collector has not reclaimed yet), and the
 * heap retained after a full collection grows by 0.8-0.9 MiB (the set of 2,000 thread ids and one chunk).
 * A parser that held every record until the end measured 109 MiB peak and 76 MiB retained: it fails.
 */
const HEAP_GROWTH_BOUND = 64 * 1024 * 1024;

describe('parseDisqus memory', () => {
  it('parses a ~30 MB export generated on the fly within a bounded heap', async () => {
    const gc = collectGarbage();
    gc();
    const peaks = new MemoryPeaks();
    const size = { bytes: 0 };
    const counts = { thread: 0, comment: 0, skip: 0 };
    let peakRetained = 0;
    for await (const record of parseDisqus(Readable.from(generatedDisqusExport(SHAPE, size)))) {
      counts[record.kind]++;
      const seen = counts.thread + counts.comment + counts.skip;
      if (seen % 1_000 === 0) peaks.sample();
      if (seen % 20_000 === 0) {
        gc();
        peakRetained = Math.max(peakRetained, peaks.heapGrowthNow());
      }
    }
    const peak = peaks.heapBytes;

    expect(size.bytes).toBeGreaterThan(30_000_000);
    expect(counts).toEqual({ thread: SHAPE.threads, comment: SHAPE.posts, skip: 0 });
    console.info(
      `import memory: ${(size.bytes / 1e6).toFixed(1)} MB parsed; heap growth peak ` +
        `${(peak / 2 ** 20).toFixed(1)} MiB, retained after GC ${(peakRetained / 2 ** 20).toFixed(1)} MiB`,
    );
    expect(peak).toBeLessThan(HEAP_GROWTH_BOUND);
    expect(peakRetained).toBeLessThan(HEAP_GROWTH_BOUND);
  });
});
