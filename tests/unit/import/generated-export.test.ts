/**
 * The generated Disqus export the memory test and the import bench stream (tests/support/disqus-export.ts):
 * its size comes out as asked and every post in it imports; and the bench's import target
 * (bench/lib/report-import.ts) is judged only on an export of the target's size.
 */
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { keyedHash } from '../../../shared/ids';
import { runImport } from '../../../scripts/import';
import { importTarget } from '../../../bench/lib/report-import';
import type { ImportResult } from '../../../bench/sections/import';
import { disqusExportOfSize, generatedDisqusExport } from '../../support/disqus-export';

describe('the generated Disqus export', () => {
  it('comes to about the size asked for, and every post is planned as a comment', async () => {
    const shape = disqusExportOfSize(2e6);
    const size = { bytes: 0 };
    const report = await runImport({
      format: 'disqus',
      input: Readable.from(generatedDisqusExport(shape, size)),
      planner: { hash: (v) => keyedHash('k', v), importedAt: new Date('2027-01-05T09:00:00.000Z') },
      store: null,
    });
    expect(Math.abs(size.bytes - 2e6) / 2e6).toBeLessThan(0.05);
    expect(report.planned).toBe(shape.posts);
    expect(report.summary.threads).toBe(shape.threads);
    expect(report.summary.skipped).toEqual({});
  });
});

describe('the bench import target', () => {
  const result = (bytes: number, peakHeapGrowthBytes: number): ImportResult => ({
    bytes,
    threads: 1,
    comments: 1,
    skipped: 0,
    seconds: 1,
    megabytesPerSecond: 1,
    peakHeapGrowthBytes,
    peakRssGrowthBytes: 0,
    retainedHeapGrowthBytes: 0,
    sampleEvery: 1000,
    retainedEvery: 50_000,
    target: { megabytes: 200, heapGrowthMaxBytes: 64 * 2 ** 20 },
  });

  it('is met or missed on a 200 MB export, and left open on a smaller one', () => {
    expect(importTarget(result(197e6, 60 * 2 ** 20))).toMatchObject({ value: '60.0 MiB', met: true });
    expect(importTarget(result(197e6, 163 * 2 ** 20))).toMatchObject({ met: false, limit: '64.0 MiB' });
    expect(importTarget(result(20e6, 30 * 2 ** 20))).toMatchObject({
      value: '30.0 MiB (on 20.0 MB only)',
      met: null,
    });
  });
});
