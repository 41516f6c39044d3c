/**
 * How `npm run import` shows its progress (scripts/import.ts hands the counts to a reporter and draws
 * nothing itself): on a terminal a `cli-progress` bar, elsewhere (a pipe, a log file, CI) a plain line
 * every PROGRESS_EVERY comments and one at the end.
 *
 * The bar's length is the share of the export file's bytes read: the file's size is known from the
 * start, the comments it holds are not until the end, so the percentage and the ETA are of bytes (the
 * parser reads at most one 64 KiB chunk ahead of what it has handed on, and at most CONCURRENCY comments
 * are being written, so bytes read follow the work closely). The comment counts are shown beside it as
 * counted, never estimated.
 */
import { SingleBar } from 'cli-progress';

export const PROGRESS_EVERY = 1_000;
/** The bar is redrawn at most this often. */
const BAR_REDRAW_MS = 100;

/** Where an import stands. */
export interface ImportCounts {
  planned: number;
  written: number;
  /** Already in the table (an earlier run). */
  existing: number;
  failed: number;
  /** A dry run: nothing is written, so only `planned` moves. */
  dryRun: boolean;
}

/** Receives the counts as they move (after each planned comment and each finished write). */
export interface ImportProgress {
  readonly kind: 'lines' | 'bar';
  update(counts: ImportCounts): void;
  /** Once, when the import ends (or stops on an error). */
  finish(counts: ImportCounts): void;
}

/** `12000 comments planned, 11800 written, 190 already there, 0 failed`, or `… (dry run)`. */
export function describeCounts(c: ImportCounts): string {
  return (
    `${c.planned} comments planned` +
    (c.dryRun ? ' (dry run)' : `, ${c.written} written, ${c.existing} already there, ${c.failed} failed`)
  );
}

/** A line `import: …` each time `every` more comments are planned, and one at the end. */
export function lineProgress(write: (line: string) => void, every = PROGRESS_EVERY): ImportProgress {
  let lastPlanned = 0;
  return {
    kind: 'lines',
    update(counts) {
      if (counts.planned === lastPlanned || counts.planned % every !== 0) return;
      lastPlanned = counts.planned;
      write(`import: ${describeCounts(counts)}`);
    },
    finish(counts) {
      write(`import: ${describeCounts(counts)}`);
    },
  };
}

export interface BarOptions {
  stream: NodeJS.WritableStream;
  /** The export file's size. */
  totalBytes: number;
  /** Bytes of it read so far (`fs.ReadStream#bytesRead`). */
  bytesRead: () => number;
  now?: () => number;
}

/** A `cli-progress` bar over the file's bytes, with the comment counts and the planning rate. */
export function barProgress({ stream, totalBytes, bytesRead, now = Date.now }: BarOptions): ImportProgress {
  const bar = new SingleBar({
    stream,
    format: 'import [{bar}] {percentage}% of {size} | {counts} | {rate} comments/s | ETA {eta_formatted}',
    hideCursor: true,
    barsize: 24,
    etaBuffer: 50,
  });
  const size = `${(totalBytes / 1e6).toFixed(1)} MB`;
  const started = now();
  let lastDraw = Number.NEGATIVE_INFINITY;
  let running = false;
  const payload = (counts: ImportCounts) => {
    const seconds = Math.max((now() - started) / 1000, 0.001);
    return { size, counts: describeCounts(counts), rate: Math.round(counts.planned / seconds) };
  };
  return {
    kind: 'bar',
    update(counts) {
      const t = now();
      if (t - lastDraw < BAR_REDRAW_MS) return;
      lastDraw = t;
      if (!running) bar.start(Math.max(totalBytes, 1), 0, payload(counts));
      running = true;
      bar.update(Math.min(bytesRead(), totalBytes), payload(counts));
    },
    finish(counts) {
      if (!running) bar.start(Math.max(totalBytes, 1), 0, payload(counts));
      bar.update(Math.min(bytesRead(), totalBytes), payload(counts));
      bar.stop();
    },
  };
}

export interface ProgressChoice extends BarOptions {
  /** Whether `stream` is a terminal (`process.stderr.isTTY`). */
  isTTY: boolean;
  /** Where the plain lines go. */
  writeLine: (line: string) => void;
}

/** The bar on a terminal, plain lines otherwise. */
export function chooseProgress({ isTTY, writeLine, ...bar }: ProgressChoice): ImportProgress {
  return isTTY ? barProgress(bar) : lineProgress(writeLine);
}
