/**
 * The import section's target and figures (bench/sections/import.ts), for bench/lib/report.ts.
 */
import type { ImportResult } from '../sections/import';
import { describeCappedRun } from '../sections/import-capped';
import type { Target } from './report';

const mib = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;

/**
 * For an export of the target's size (a smaller one says so): the import completes in a child process
 * with the heap capped and retains at most the bound after a full collection; for a result without the
 * capped run (an older one), peak heap growth under the former bound.
 */
export function importTarget(r: ImportResult): Target {
  const { megabytes, heapGrowthMaxBytes, heapCap, retainedMaxBytes } = r.target;
  const smaller = r.bytes < megabytes * 1e6 * 0.9;
  const only = smaller ? ` (on ${mb(r.bytes)} only)` : '';
  if (!r.capped || !heapCap || retainedMaxBytes === undefined || !r.retainedAtEnd) {
    return {
      id: 'import-heap',
      label: `import of a ${megabytes} MB export: peak heap growth ≤ ${mib(heapGrowthMaxBytes)}`,
      value: `${mib(r.peakHeapGrowthBytes)}${only}`,
      limit: mib(heapGrowthMaxBytes),
      met: smaller ? null : r.peakHeapGrowthBytes <= heapGrowthMaxBytes,
    };
  }
  const retained = r.retainedAtEnd.heapBytes + r.retainedAtEnd.arrayBufferBytes;
  const completed = r.capped.completed;
  return {
    id: 'import-heap',
    label:
      `import of a ${megabytes} MB export: completes with ${heapCap.maxOldSpaceMiB} MiB old space ` +
      `(+${heapCap.maxSemiSpaceMiB} MiB semi-spaces), retains ≤ ${mib(retainedMaxBytes)}`,
    value: `${completed ? 'completed' : 'FAILED'}, ${mib(retained)}${only}`,
    limit: mib(retainedMaxBytes),
    met: smaller ? null : completed && retained <= retainedMaxBytes,
  };
}

/** The section's heading and its lines. */
export function importSection(r: ImportResult): { title: string; lines: string[] } {
  const end = r.retainedAtEnd;
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
        `${r.retainedEvery.toLocaleString('en')} comments) at most ${mib(r.retainedHeapGrowthBytes)}` +
        (end
          ? `; at the end, heap ${mib(end.heapBytes)} and array buffers ${mib(end.arrayBufferBytes)} ` +
            `(the planner's index), ${end.bytesPerComment.toFixed(1)} B per comment.`
          : '.'),
      ...(r.capped ? ['', describeCappedRun(r.capped)] : []),
    ],
  };
}
