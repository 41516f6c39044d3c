import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseDisqus } from '../../../shared/import/disqus';
import { PlacedCommentIndex } from '../../../shared/import/plan-index';
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

/**
 * What the process holds in the heap and in array buffers (typed arrays live outside the heap) after a
 * full collection: the least of three, as the test runner's own messages come and go in between.
 */
function heldBytes(gc: () => void): number {
  const samples = [0, 1, 2].map(() => {
    gc();
    const { heapUsed, arrayBuffers } = process.memoryUsage();
    return heapUsed + arrayBuffers;
  });
  return Math.min(...samples);
}

describe('the planner index memory', () => {
  it('holds 200,000 comments in at most 48 bytes each, heap and array buffers after a full collection', () => {
    const gc = collectGarbage();
    const count = 200_000;
    // Disqus-like source ids (10 digits), 48 comments per article, one thread root in three.
    const before = heldBytes(gc);
    const index = new PlacedCommentIndex();
    for (let i = 0; i < count; i++) {
      const parent = i % 3 === 0 ? null : (index.get(`${1_000_000_000 + i - 1}`) ?? null);
      const id = String(i).padStart(26, '0');
      index.add(
        `${1_000_000_000 + i}`,
        { id, status: 'approved', articleId: `article-${Math.floor(i / 48)}` },
        parent,
      );
    }
    const perComment = (heldBytes(gc) - before) / count;

    expect(index.size).toBe(count);
    console.info(
      `planner index: ${perComment.toFixed(1)} B per comment held (typed arrays ${(index.byteLength / count).toFixed(1)} B)`,
    );
    expect(perComment).toBeLessThanOrEqual(48);
  });
});
