/**
 * How `npm run import` reports progress (scripts/import-progress.ts): plain lines when stderr is not a
 * terminal, a bar when it is. The bar's drawing is cli-progress's and is not tested here.
 */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { keyedHash } from '../../../shared/ids';
import { runImport } from '../../../scripts/import';
import {
  chooseProgress,
  describeCounts,
  lineProgress,
  type ImportCounts,
} from '../../../scripts/import-progress';
import { fixtureBytes, inChunks } from './support';

const counts = (over: Partial<ImportCounts> = {}): ImportCounts => ({
  planned: 0,
  written: 0,
  existing: 0,
  failed: 0,
  dryRun: false,
  ...over,
});

/** A choice with stderr as a terminal or not; the lines it would print are collected. */
function choose(isTTY: boolean) {
  const lines: string[] = [];
  const stream = new PassThrough();
  const progress = chooseProgress({
    isTTY,
    writeLine: (line) => lines.push(line),
    stream,
    totalBytes: 1000,
    bytesRead: () => 500,
  });
  return { progress, lines };
}

describe('describeCounts', () => {
  it('names what was written, or says it is a dry run', () => {
    expect(describeCounts(counts({ planned: 12000, written: 11800, existing: 190 }))).toBe(
      '12000 comments planned, 11800 written, 190 already there, 0 failed',
    );
    expect(describeCounts(counts({ planned: 7, dryRun: true }))).toBe('7 comments planned (dry run)');
  });
});

describe('lineProgress', () => {
  it('prints a line each time `every` more comments are planned, not again for the writes, and one at the end', () => {
    const lines: string[] = [];
    const progress = lineProgress((line) => lines.push(line), 2);
    progress.update(counts({ planned: 1 }));
    progress.update(counts({ planned: 2 }));
    progress.update(counts({ planned: 2, written: 1 }));
    progress.update(counts({ planned: 3, written: 2 }));
    progress.finish(counts({ planned: 3, written: 3 }));
    expect(lines).toEqual([
      'import: 2 comments planned, 0 written, 0 already there, 0 failed',
      'import: 3 comments planned, 3 written, 0 already there, 0 failed',
    ]);
  });
});

describe('chooseProgress', () => {
  it('prints plain lines when stderr is not a terminal', () => {
    const { progress, lines } = choose(false);
    expect(progress.kind).toBe('lines');
    for (let planned = 1; planned <= 2000; planned++) progress.update(counts({ planned, dryRun: true }));
    progress.finish(counts({ planned: 2000, dryRun: true }));
    expect(lines).toEqual([
      'import: 1000 comments planned (dry run)',
      'import: 2000 comments planned (dry run)',
      'import: 2000 comments planned (dry run)',
    ]);
  });

  it('draws a bar, and no plain line, on a terminal', () => {
    const { progress, lines } = choose(true);
    expect(progress.kind).toBe('bar');
    expect(lines).toEqual([]);
  });

  it('is what runImport reports to: a dry run ends with one finish', async () => {
    const seen: ImportCounts[] = [];
    const finished: ImportCounts[] = [];
    await runImport({
      format: 'disqus',
      input: inChunks(fixtureBytes('disqus.xml'), [100]),
      planner: { hash: (v) => keyedHash('k', v), importedAt: new Date('2027-01-05T09:00:00.000Z') },
      store: null,
      progress: { kind: 'lines', update: (c) => seen.push(c), finish: (c) => finished.push(c) },
    });
    expect(seen.map((c) => c.planned)).toEqual(seen.map((_, i) => i + 1));
    expect(finished).toEqual([counts({ planned: seen.length, dryRun: true })]);
  });
});
