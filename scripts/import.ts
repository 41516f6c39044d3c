/**
 * `npm run import -- --format disqus|wordpress FILE [--dry-run] [--site-url URL] [--map FILE]
 *   [--status-map SPEC] [--moderate] [--orphans root] [--table NAME] [--endpoint URL] [--region R]`
 * `npm run import -- --format parley FILE [--dry-run] [--force] [--table NAME] [--endpoint URL] [--region R]`
 *
 * Streams an export through its parser and the planner (shared/import/) and stores each planned comment
 * with `ImportStore.importComment` (one transaction per comment, a few in flight), reporting progress on
 * stderr (a bar on a terminal, plain lines otherwise: scripts/import-progress.ts) and the summary at the
 * end (docs/import.md, "Storing").
 *
 * `--format parley` restores a file of `npm run export` (scripts/export.ts) item by item into an empty
 * table (`importItems`, shared/storage/site-export.ts), after reading it through once to check it.
 *
 * Where it writes: see scripts/target.ts (`--table`, `--endpoint`, or the local stack's `.data/`).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { randomBytes } from 'node:crypto';
import { JavaMissingError } from '../local/dynamodb-local';
import { keyedHash } from '../shared/ids';
import { parseDisqus } from '../shared/import/disqus';
import { ImportFormatError } from '../shared/import/errors';
import { createImportPlanner, type ImportPlannerOptions, type ImportSummary } from '../shared/import/plan';
import { ImportOptionError } from '../shared/import/plan-status';
import type { ImportInput, ImportRecord } from '../shared/import/records';
import type { CommentRecord } from '../shared/domain/comment';
import { parseWordPress } from '../shared/import/wordpress';
import { Dynamo } from '../shared/storage/dynamo';
import { ImportStore, type ImportOutcome } from '../shared/storage/imports';
import {
  ExportFileError,
  importItems,
  readExportLines,
  TableNotEmptyError,
} from '../shared/storage/site-export';
import { ImportUsageError, parseImportArgs, resolveSecret, type ImportFormat } from './import-args';
import { chooseProgress, lineProgress, type ImportCounts, type ImportProgress } from './import-progress';
import { openTable, UsageError } from './target';

/** Comments written at once: enough to hide the round trips, few enough to keep counter contention low. */
export const CONCURRENCY = 8;
/** Failed comments named in the final report (the rest are counted). */
const FAILURE_EXAMPLES = 5;

/** What an import did. */
export interface ImportReport {
  summary: ImportSummary;
  /** Comments planned (and, unless a dry run, handed to the writer). */
  planned: number;
  written: number;
  /** Already in the table (an earlier run): nothing written. */
  existing: number;
  failed: { count: number; examples: { sourceId: string; id: string; error: string }[] };
}

export interface ImportRun {
  format: ImportFormat;
  input: ImportInput;
  planner: ImportPlannerOptions;
  /** Null for a dry run: nothing is written. */
  store: ImportStore | null;
  concurrency?: number;
  /**
   * Told the counts as they move (scripts/import-progress.ts). A function gets the plain lines instead:
   * one every `progressEvery` comments (default PROGRESS_EVERY) and one at the end.
   */
  progress?: ImportProgress | ((line: string) => void);
  progressEvery?: number;
}

const PARSERS: Record<ImportFormat, (input: ImportInput) => AsyncGenerator<ImportRecord>> = {
  disqus: parseDisqus,
  wordpress: parseWordPress,
};

/**
 * Writes planned comments with at most `limit` in flight. A reply waits for its thread root's write when
 * that is still in flight (its transaction moves the root's counters), and fails at once when the root
 * could not be written. A comment that fails is counted and the import goes on.
 */
class CommentWriter {
  private readonly inFlight = new Set<Promise<void>>();
  /** Roots being written now: their replies wait. */
  private readonly rootWrites = new Map<string, Promise<ImportOutcome | 'failed'>>();
  /** Roots that could not be written (only failures are kept): their replies fail at once. */
  private readonly failedRoots = new Set<string>();

  constructor(
    private readonly store: ImportStore,
    private readonly now: Date,
    private readonly limit: number,
    private readonly report: ImportReport,
    /** After each write, whatever its outcome. */
    private readonly onWritten: () => void,
  ) {}

  /** Waits for a free slot, then starts writing `comment`. */
  async submit(sourceId: string, comment: CommentRecord): Promise<void> {
    while (this.inFlight.size >= this.limit) await Promise.race(this.inFlight);
    const isRoot = comment.rootId === comment.id;
    const write = this.write(sourceId, comment, isRoot);
    const tracked = write.then(() => {
      this.onWritten();
      this.inFlight.delete(tracked);
      if (isRoot) this.rootWrites.delete(comment.id);
    });
    this.inFlight.add(tracked);
    if (isRoot) this.rootWrites.set(comment.id, write);
  }

  /** Waits for the writes in flight. */
  async drain(): Promise<void> {
    await Promise.all(this.inFlight);
  }

  private async write(
    sourceId: string,
    comment: CommentRecord,
    isRoot: boolean,
  ): Promise<ImportOutcome | 'failed'> {
    const root = isRoot ? undefined : this.rootWrites.get(comment.rootId);
    if (root) await root;
    if (!isRoot && this.failedRoots.has(comment.rootId)) {
      this.fail(sourceId, comment.id, 'its thread root was not stored');
      return 'failed';
    }
    try {
      const outcome = await this.store.importComment(comment, this.now);
      if (outcome === 'written') this.report.written++;
      else this.report.existing++;
      return outcome;
    } catch (error) {
      if (isRoot) this.failedRoots.add(comment.id);
      this.fail(sourceId, comment.id, error instanceof Error ? error.message : String(error));
      return 'failed';
    }
  }

  private fail(sourceId: string, id: string, error: string): void {
    const { failed } = this.report;
    failed.count++;
    if (failed.examples.length < FAILURE_EXAMPLES) failed.examples.push({ sourceId, id, error });
  }
}

/** The counts a progress reporter is shown. */
const countsOf = (report: ImportReport, dryRun: boolean): ImportCounts => ({
  planned: report.planned,
  written: report.written,
  existing: report.existing,
  failed: report.failed.count,
  dryRun,
});

/**
 * Parses, plans and (unless a dry run) writes, with at most `concurrency` comments in flight: the parser
 * is only read on when a slot frees, so memory stays bounded whatever the export's size (CommentWriter).
 * A comment that fails is counted and the import goes on; running it again retries it.
 */
export async function runImport(run: ImportRun): Promise<ImportReport> {
  const planner = createImportPlanner(run.planner);
  const reporter =
    typeof run.progress === 'function' ? lineProgress(run.progress, run.progressEvery) : run.progress;
  const report: ImportReport = {
    summary: planner.summary(),
    planned: 0,
    written: 0,
    existing: 0,
    failed: { count: 0, examples: [] },
  };
  const progress = () => reporter?.update(countsOf(report, !run.store));
  const writer =
    run.store &&
    new CommentWriter(run.store, run.planner.importedAt, run.concurrency ?? CONCURRENCY, report, progress);
  try {
    for await (const record of PARSERS[run.format](run.input)) {
      for (const item of planner.plan(record)) {
        if (item.kind !== 'comment') continue;
        report.planned++;
        progress();
        await writer?.submit(item.sourceId, item.record);
      }
    }
    await writer?.drain();
  } finally {
    reporter?.finish(countsOf(report, !run.store));
  }
  report.summary = planner.summary();
  return report;
}

/** The report in words, for the terminal. */
export function formatReport(report: ImportReport, dryRun: boolean): string {
  const { summary: s } = report;
  const lines = [
    `Threads: ${s.threads}` +
      (s.threadsWithoutArticle.count > 0
        ? ` (${s.threadsWithoutArticle.count} without an article, e.g. ${s.threadsWithoutArticle.examples.join(', ')})`
        : ''),
    `Comments planned: ${report.planned} (approved ${s.comments.approved}, pending ${s.comments.pending}, ` +
      `rejected ${s.comments.rejected}, received ${s.comments.received})`,
  ];
  const skipped = Object.entries(s.skipped);
  lines.push(`Skipped: ${skipped.reduce((n, [, v]) => n + v.count, 0)}`);
  for (const [code, { count, examples }] of skipped) {
    const named = examples.map((e) => (e.sourceId === null ? e.reason : `${e.sourceId}: ${e.reason}`));
    lines.push(`  ${code}: ${count} (${named.join('; ')}${count > examples.length ? '; …' : ''})`);
  }
  lines.push(
    `Bodies cut: ${s.truncatedBodies}; dates read as UTC: ${s.assumedUtcDates}; ` +
      `replies under unpublished parents: ${s.repliesToUnpublishedParents}`,
  );
  if (dryRun) {
    lines.push('Dry run: nothing written.');
  } else {
    lines.push(
      `Written: ${report.written}; already there: ${report.existing}; failed: ${report.failed.count}`,
    );
    for (const f of report.failed.examples) lines.push(`  ${f.sourceId} (${f.id}): ${f.error}`);
    if (report.failed.count > 0)
      lines.push('Run the same import again to retry them: nothing is written twice.');
  }
  return lines.join('\n');
}

/**
 * The items of an export file, read line by line (checked by `readExportLines`). A generator, so the
 * file is opened only when the items are first asked for: lines a readline interface emits before its
 * iterator exists are lost.
 */
async function* exportFileItems(file: string): AsyncGenerator<Record<string, unknown>> {
  yield* readExportLines(createInterface({ input: createReadStream(file), crlfDelay: Infinity }));
}

/**
 * Restores an export file (`--format parley`): reads it through once to check it (a line in memory at a
 * time), then again to write its items into `db`'s table, which must be empty unless `force`
 * (TableNotEmptyError). Null `db`: a dry run, which only checks. The number of items.
 */
export async function restoreExport(file: string, db: Dynamo | null, force = false): Promise<number> {
  let count = 0;
  for await (const item of exportFileItems(file)) if (item) count++;
  if (!db) return count;
  return importItems(db, exportFileItems(file), { force });
}

async function main(): Promise<void> {
  const command = parseImportArgs(process.argv.slice(2));
  if (command.format === 'parley') {
    if (!existsSync(command.file)) throw new ImportUsageError(`No such file: ${command.file}`);
    // No secret: the items carry the hashes the exporting deployment made.
    if (command.dryRun) {
      console.log(`Items: ${await restoreExport(command.file, null)}\nDry run: nothing written.`);
      return;
    }
    const table = await openTable(command.target);
    try {
      const { tableName } = command.target;
      const written = await restoreExport(
        command.file,
        new Dynamo({ client: table.doc, tableName }),
        command.force,
      );
      console.log(`Items written: ${written} into ${tableName}`);
    } finally {
      await table.close();
    }
    return;
  }
  const format: ImportFormat = command.format;
  const secret = command.dryRun
    ? (() => {
        // Nothing is written: any key gives the same counts.
        try {
          return resolveSecret(command.target, process.env);
        } catch {
          return randomBytes(32).toString('base64url');
        }
      })()
    : resolveSecret(command.target, process.env);
  const planner: ImportPlannerOptions = {
    ...command.planner,
    hash: (value) => keyedHash(secret, value),
    importedAt: new Date(),
  };
  // Checked before anything is started or read.
  createImportPlanner(planner);
  if (!existsSync(command.file)) throw new ImportUsageError(`No such file: ${command.file}`);

  let connection: Awaited<ReturnType<typeof openTable>> | null = null;
  try {
    let store: ImportStore | null = null;
    if (!command.dryRun) {
      connection = await openTable(command.target);
      store = new ImportStore(new Dynamo({ client: connection.doc, tableName: command.target.tableName }));
    }
    const input = createReadStream(command.file);
    const report = await runImport({
      format,
      input,
      planner,
      store,
      progress: chooseProgress({
        isTTY: process.stderr.isTTY === true,
        writeLine: (line) => console.error(line),
        stream: process.stderr,
        totalBytes: statSync(command.file).size,
        bytesRead: () => input.bytesRead,
      }),
    });
    console.log(formatReport(report, command.dryRun));
    if (report.failed.count > 0) process.exitCode = 1;
  } finally {
    await connection?.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    const known =
      error instanceof UsageError ||
      error instanceof ExportFileError ||
      error instanceof TableNotEmptyError ||
      error instanceof ImportOptionError ||
      error instanceof ImportFormatError ||
      error instanceof JavaMissingError;
    console.error(known ? (error as Error).message : error);
    process.exit(1);
  });
}
