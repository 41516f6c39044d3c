/**
 * Memory measurement for the import's bounded-memory checks (tests/unit/import/memory.test.ts and
 * bench/sections/import.ts): a forced full collection, and peaks of heap and RSS growth over a start.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * A full garbage collection: the process's `gc` when started with --expose-gc, else the flag is set now
 * and a fresh context's `gc` is used.
 */
export function collectGarbage(): () => void {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

/** Peak growth of heapUsed and RSS above what they were at construction, as often as `sample()` runs. */
export class MemoryPeaks {
  private readonly start = process.memoryUsage();
  heapBytes = 0;
  rssBytes = 0;

  sample(): void {
    const now = process.memoryUsage();
    this.heapBytes = Math.max(this.heapBytes, now.heapUsed - this.start.heapUsed);
    this.rssBytes = Math.max(this.rssBytes, now.rss - this.start.rss);
  }

  /** heapUsed above the start now. */
  heapGrowthNow(): number {
    return process.memoryUsage().heapUsed - this.start.heapUsed;
  }
}
