/**
 * The import section's target and figures (bench/sections/import.ts), for bench/lib/report.ts.
 */
import type { ImportResult } from '../sections/import';
import type { Target } from './report';

const mib = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;

/** Peak heap growth under the bound, for an export of the target's size (a smaller one says so). */
export function importTarget(r: ImportResult): Target {
  const { megabytes, heapGrowthMaxBytes } = r.target;
  const smaller = r.bytes < megabytes * 1e6 * 0.9;
  return {
    id: 'import-heap',
    label: `import of a ${megabytes} MB export: peak heap growth ≤ ${mib(heapGrowthMaxBytes)}`,
    value: `${mib(r.peakHeapGrowthBytes)}${smaller ? ` (on ${mb(r.bytes)} only)` : ''}`,
    limit: mib(heapGrowthMaxBytes),
    met: smaller ? null : r.peakHeapGrowthBytes <= heapGrowthMaxBytes,
  };
}

/** The section's heading and its lines. */
export function importSection(r: ImportResult): { title: string; lines: string[] } {
  return {
    title: `9. Import of a ${mb(r.bytes)} Disqus export (generated on the fly, dry run, one process)`,
    lines: [
      `${r.comments.toLocaleString('en')} comments on ${r.threads.toLocaleString('en')} threads ` +
        `(${r.skipped} skipped) in ${r.seconds.toFixed(1)} s: ${r.megabytesPerSecond.toFixed(1)} MB/s, ` +
        `${Math.round(r.comments / r.seconds).toLocaleString('en')} comments/s.`,
      '',
      `Memory above the start (after a full collection), sampled every ${r.sampleEvery.toLocaleString('en')} ` +
        `comments: heap peak ${mib(r.peakHeapGrowthBytes)} (garbage not yet collected included), ` +
        `RSS peak ${mib(r.peakRssGrowthBytes)}; heap right after a full collection (every ` +
        `${r.retainedEvery.toLocaleString('en')} comments) at most ${mib(r.retainedHeapGrowthBytes)}: the ` +
        `planner's index of planned comments (about ${Math.round(r.retainedHeapGrowthBytes / Math.max(r.comments, 1))} B each).`,
    ],
  };
}
