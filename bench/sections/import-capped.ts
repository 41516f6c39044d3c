/**
 * The import bench's dry run (bench/sections/import.ts), and the same run in a child process whose old
 * space is capped (`node --max-old-space-size=N`): the proof that a ~200 MB export imports in bounded
 * memory, whatever V8 chooses to leave uncollected when it has room. Run directly, this file is that
 * child: it imports the generated export of PARLEY_BENCH_IMPORT_MB, writes progress lines on stderr and
 * one JSON line of figures (`CappedFigures`) on stdout.
 *
 * The cap bounds V8's heap only. The planner's index lives in typed arrays, outside it (array buffers,
 * measured by the section in process), so the child also reports its peak RSS: what it really held.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { getHeapStatistics } from 'node:v8';
import { keyedHash } from '../../shared/ids';
import { runImport, type ImportReport } from '../../scripts/import';
import type { ImportProgress } from '../../scripts/import-progress';
import { disqusExportOfSize, generatedDisqusExport } from '../../tests/support/disqus-export';

/** The export's size the bench asks for (PARLEY_BENCH_IMPORT_MB, 200 by default). */
export const TARGET_MEGABYTES = 200;
export const requestedMegabytes = (): number =>
  Number(process.env.PARLEY_BENCH_IMPORT_MB ?? TARGET_MEGABYTES);

/** Keeps the end of a child's output: enough for its last lines or a fatal error's report. */
const OUTPUT_TAIL_CHARS = 4_000;

export interface DryRun {
  report: ImportReport;
  /** Bytes of export parsed. */
  bytes: number;
  seconds: number;
}

/**
 * A ~`megabytes` MB Disqus export generated on the fly (tests/support/disqus-export.ts) through
 * `runImport` as a dry run: the parser and the planner of `npm run import -- --dry-run`, nothing written.
 * `size.bytes` counts the bytes handed to the parser so far, for progress.
 */
export async function dryRunGeneratedImport(
  megabytes: number,
  progress: ImportProgress | ((line: string) => void),
  size = { bytes: 0 },
): Promise<DryRun> {
  const secret = randomBytes(32).toString('base64url');
  const started = performance.now();
  const report = await runImport({
    format: 'disqus',
    input: Readable.from(generatedDisqusExport(disqusExportOfSize(megabytes * 1e6), size)),
    planner: { hash: (v) => keyedHash(secret, v), importedAt: new Date() },
    store: null,
    progress,
    progressEvery: 50_000,
  });
  return { report, bytes: size.bytes, seconds: (performance.now() - started) / 1000 };
}

/** What the capped child reports of itself on stdout. */
export interface CappedFigures {
  bytes: number;
  comments: number;
  seconds: number;
  /** V8's heap limit as the cap set it (old space plus the young generation). */
  heapSizeLimitBytes: number;
  /** The process's peak resident set (heap, array buffers, code, the runtime). */
  maxRssBytes: number;
}

export interface CappedRun {
  cap: HeapCap;
  /** The child exited 0 and reported its figures. */
  completed: boolean;
  exitCode: number | null;
  signal: string | null;
  figures: CappedFigures | null;
  /** From the child's `--trace-gc` lines: how hard V8 worked within the cap. */
  gc: GcFigures;
  /** The last OUTPUT_TAIL_CHARS of the child's stdout and stderr. */
  stdout: string;
  stderr: string;
}

const tail = (text: string): string => text.slice(-OUTPUT_TAIL_CHARS);

export interface GcFigures {
  scavenges: number;
  /** Full collections (mark-compact). */
  fullCollections: number;
  /** The collections' pauses, summed. */
  pauseSeconds: number;
  /** The largest heap right after a full collection: what the child really held in its heap. */
  maxHeapAfterFullBytes: number;
}

/**
 * Reads V8's `--trace-gc` lines as they come, e.g.
 * `[1:0x…]   381 ms: Mark-Compact 26.3 (49.9) -> 11.7 (44.9) MB, pooled: 0 MB, 8.19 / 0.00 ms  (…`
 */
class GcTrace {
  readonly figures: GcFigures = {
    scavenges: 0,
    fullCollections: 0,
    pauseSeconds: 0,
    maxHeapAfterFullBytes: 0,
  };
  private partial = '';

  feed(text: string): void {
    const lines = (this.partial + text).split('\n');
    this.partial = lines.pop() ?? '';
    for (const line of lines) this.read(line);
  }

  private read(line: string): void {
    const event = /ms: (Scavenge|Mark-Compact)[^,]*-> ([\d.]+) \([\d.]+\) MB, .*?([\d.]+) \/ [\d.]+ ms/.exec(
      line,
    );
    if (!event) return;
    const [, kind, after, pause] = event;
    this.figures.pauseSeconds += Number(pause) / 1000;
    if (kind === 'Scavenge') {
      this.figures.scavenges++;
      return;
    }
    this.figures.fullCollections++;
    const afterBytes = Number(after) * 2 ** 20; // V8's MB are MiB
    this.figures.maxHeapAfterFullBytes = Math.max(this.figures.maxHeapAfterFullBytes, afterBytes);
  }
}

/** The child's V8 heap caps, in MiB: old space, and each semi-space of the young generation. */
export interface HeapCap {
  maxOldSpaceMiB: number;
  maxSemiSpaceMiB: number;
}

/** Runs the dry run in a child process whose heap is capped. */
export function runCappedImport(cap: HeapCap, megabytes: number): Promise<CappedRun> {
  const file = fileURLToPath(import.meta.url);
  const flags = [
    `--max-old-space-size=${cap.maxOldSpaceMiB}`,
    `--max-semi-space-size=${cap.maxSemiSpaceMiB}`,
    '--trace-gc',
  ];
  const child = spawn(process.execPath, [...flags, '--import', 'tsx', file], {
    env: { ...process.env, PARLEY_BENCH_IMPORT_MB: String(megabytes) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = { stdout: '', stderr: '' };
  const trace = new GcTrace();
  child.stdout.on('data', (chunk: Buffer) => {
    trace.feed(chunk.toString('utf8'));
    output.stdout = tail(output.stdout + chunk.toString('utf8'));
  });
  child.stderr.on('data', (chunk: Buffer) => (output.stderr = tail(output.stderr + chunk.toString('utf8'))));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (exitCode, signal) => {
      const figures = exitCode === 0 ? parseFigures(output.stdout) : null;
      resolve({ cap, completed: figures !== null, exitCode, signal, figures, gc: trace.figures, ...output });
    });
  });
}

const mib = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(1)} MiB`;

/** The capped run in words: its flags, and its figures or why it failed. */
export function describeCappedRun(run: CappedRun): string {
  const flags = `--max-old-space-size=${run.cap.maxOldSpaceMiB} --max-semi-space-size=${run.cap.maxSemiSpaceMiB}`;
  const { figures: f, gc } = run;
  if (!run.completed || !f) {
    const lines = run.stderr.trim().split('\n');
    const fatal = lines.find((line) => line.includes('FATAL ERROR')) ?? lines.at(-1);
    return `The same import with \`${flags}\`: FAILED (${run.signal ?? `exit ${run.exitCode}`}): ${fatal}`;
  }
  return (
    `The same import in a child process with \`${flags}\` (V8 heap limit ${mib(f.heapSizeLimitBytes)}): ` +
    `completed, ${f.comments.toLocaleString('en')} comments in ${f.seconds.toFixed(1)} s; ` +
    `${gc.scavenges.toLocaleString('en')} scavenges and ${gc.fullCollections} full collections ` +
    `(${gc.pauseSeconds.toFixed(1)} s of pauses), at most ${mib(gc.maxHeapAfterFullBytes)} of heap after ` +
    `a full collection; peak RSS ${mib(f.maxRssBytes)} (heap, the index's array buffers, code, the runtime).`
  );
}

/** The child's figures: its last stdout line that is JSON (V8's trace lines come before); null if none. */
function parseFigures(stdout: string): CappedFigures | null {
  const last =
    stdout
      .trim()
      .split('\n')
      .findLast((line) => line.startsWith('{')) ?? '';
  try {
    const parsed = JSON.parse(last) as Partial<CappedFigures>;
    return typeof parsed.comments === 'number' ? (parsed as CappedFigures) : null;
  } catch {
    return null;
  }
}

/** The child's work: the dry run, then its own figures on stdout. */
async function childMain(): Promise<void> {
  const run = await dryRunGeneratedImport(requestedMegabytes(), (line) => process.stderr.write(`${line}\n`));
  const figures: CappedFigures = {
    bytes: run.bytes,
    comments: run.report.planned,
    seconds: run.seconds,
    heapSizeLimitBytes: getHeapStatistics().heap_size_limit,
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
  };
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  childMain().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
