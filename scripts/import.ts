/**
 * `npm run import -- --format disqus|wordpress FILE [--dry-run] [--site-url URL] [--map FILE]
 *   [--status-map SPEC] [--moderate] [--orphans root] [--table NAME] [--endpoint URL] [--region R]`
 *
 * Streams an export through its parser and the planner (shared/import/) and stores each planned comment
 * with `ImportStore.importComment` (one transaction per comment, a few in flight), printing a progress
 * line to stderr every PROGRESS_EVERY comments and the summary at the end (docs/import.md, "Storing").
 *
 * Where it writes: `--table` alone is a deployed table, reached with the usual AWS credential chain;
 * `--endpoint` is a DynamoDB Local (table `parley-local` unless `--table`); neither is the local stack's
 * data in `.data/`: its DynamoDB Local is started here when no `npm start` is running (a running one's
 * endpoint is random and only printed in its log, so then `--endpoint` is asked for).
 */
import { createReadStream, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { randomBytes } from 'node:crypto';
import { localClientConfig } from '../local/aws';
import { DEFAULT_DATA_DIR } from '../local/defaults';
import { JavaMissingError, startDynamoDBLocal, type DynamoDBLocal } from '../local/dynamodb-local';
import { isPortFree } from '../local/net';
import { ensureTable } from '../local/table';
import { keyedHash } from '../shared/ids';
import { parseDisqus } from '../shared/import/disqus';
import { ImportFormatError } from '../shared/import/errors';
import { createImportPlanner, type ImportPlannerOptions, type ImportSummary } from '../shared/import/plan';
import { ImportOptionError } from '../shared/import/plan-status';
import type { ImportInput, ImportRecord } from '../shared/import/records';
import { parseWordPress } from '../shared/import/wordpress';
import { Dynamo } from '../shared/storage/dynamo';
import { ImportStore, type ImportOutcome } from '../shared/storage/imports';
import {
  ImportUsageError,
  parseImportArgs,
  resolveSecret,
  type ImportFormat,
  type ImportTarget,
} from './import-args';

/** Comments written at once: enough to hide the round trips, few enough to keep counter contention low. */
export const CONCURRENCY = 8;
export const PROGRESS_EVERY = 1_000;
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
  progressEvery?: number;
  /** Progress lines (stderr in the CLI). */
  progress?: (line: string) => void;
}

const PARSERS: Record<ImportFormat, (input: ImportInput) => AsyncGenerator<ImportRecord>> = {
  disqus: parseDisqus,
  wordpress: parseWordPress,
};

/**
 * Parses, plans and (unless a dry run) writes, with at most `concurrency` comments in flight: the parser
 * is only read on when a slot frees, so memory stays bounded whatever the export's size. A reply waits
 * for its thread root's write when that is still in flight (its transaction moves the root's counters).
 * A comment that fails is counted and the import goes on; running it again retries it.
 */
export async function runImport(run: ImportRun): Promise<ImportReport> {
  const planner = createImportPlanner(run.planner);
  const limit = run.concurrency ?? CONCURRENCY;
  const every = run.progressEvery ?? PROGRESS_EVERY;
  const now = run.planner.importedAt;
  const report: ImportReport = {
    summary: planner.summary(),
    planned: 0,
    written: 0,
    existing: 0,
    failed: { count: 0, examples: [] },
  };
  const inFlight = new Set<Promise<void>>();
  /** Roots being written now: their replies wait. */
  const rootWrites = new Map<string, Promise<ImportOutcome | 'failed'>>();
  /** Roots that could not be written (only failures are kept): their replies fail at once. */
  const failedRoots = new Set<string>();
  const fail = (sourceId: string, id: string, error: string) => {
    report.failed.count++;
    if (report.failed.examples.length < FAILURE_EXAMPLES)
      report.failed.examples.push({ sourceId, id, error });
  };
  const progress = () =>
    run.progress?.(
      `import: ${report.planned} comments planned` +
        (run.store
          ? `, ${report.written} written, ${report.existing} already there, ${report.failed.count} failed`
          : ' (dry run)'),
    );

  for await (const record of PARSERS[run.format](run.input)) {
    for (const item of planner.plan(record)) {
      if (item.kind !== 'comment') continue;
      report.planned++;
      if (report.planned % every === 0) progress();
      const { store } = run;
      if (!store) continue;
      while (inFlight.size >= limit) await Promise.race(inFlight);
      const comment = item.record;
      const isRoot = comment.rootId === comment.id;
      const root = isRoot ? undefined : rootWrites.get(comment.rootId);
      const write = (async (): Promise<ImportOutcome | 'failed'> => {
        if (root) await root;
        if (!isRoot && failedRoots.has(comment.rootId)) {
          fail(item.sourceId, comment.id, 'its thread root was not stored');
          return 'failed';
        }
        try {
          const outcome = await store.importComment(comment, now);
          if (outcome === 'written') report.written++;
          else report.existing++;
          return outcome;
        } catch (error) {
          if (isRoot) failedRoots.add(comment.id);
          fail(item.sourceId, comment.id, error instanceof Error ? error.message : String(error));
          return 'failed';
        }
      })();
      const tracked = write.then(() => {
        inFlight.delete(tracked);
        if (isRoot) rootWrites.delete(comment.id);
      });
      inFlight.add(tracked);
      if (isRoot) rootWrites.set(comment.id, write);
    }
  }
  await Promise.all(inFlight);
  report.summary = planner.summary();
  progress();
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

/** A running `npm start` on the default data: its token-key file is there and its port is taken. */
async function runningLocalStack(dataDir: string): Promise<number | null> {
  const files = existsSync(dataDir) ? readdirSync(dataDir) : [];
  for (const name of files) {
    const port = /^token-key-(\d+)$/.exec(name)?.[1];
    if (port !== undefined && !(await isPortFree(Number(port)))) return Number(port);
  }
  return null;
}

/** A document client on the target, and how to let it go. */
async function connect(
  target: ImportTarget,
): Promise<{ client: DynamoDBClient; close: () => Promise<void> }> {
  if (target.kind === 'aws') {
    const client = new DynamoDBClient(target.region ? { region: target.region } : {});
    return { client, close: () => Promise.resolve(client.destroy()) };
  }
  if (target.kind === 'endpoint') {
    const client = new DynamoDBClient(localClientConfig(target.endpoint, target.region));
    return { client, close: () => Promise.resolve(client.destroy()) };
  }
  const port = await runningLocalStack(DEFAULT_DATA_DIR);
  if (port !== null)
    throw new ImportUsageError(
      `The local stack runs on port ${port}: pass --endpoint with the address its log gives ("DynamoDB Local … listening at http://127.0.0.1:…"), or stop it.`,
    );
  const ddb: DynamoDBLocal = await startDynamoDBLocal({ dataDir: join(DEFAULT_DATA_DIR, 'dynamodb') });
  const client = new DynamoDBClient(localClientConfig(ddb.endpoint, target.region));
  try {
    await ensureTable(client, target.tableName);
  } catch (error) {
    client.destroy();
    await ddb.stop();
    throw error;
  }
  return {
    client,
    close: async () => {
      client.destroy();
      await ddb.stop();
    },
  };
}

async function main(): Promise<void> {
  const command = parseImportArgs(process.argv.slice(2));
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

  let connection: Awaited<ReturnType<typeof connect>> | null = null;
  try {
    let store: ImportStore | null = null;
    if (!command.dryRun) {
      connection = await connect(command.target);
      const { tableName } = command.target;
      try {
        await connection.client.send(new DescribeTableCommand({ TableName: tableName }));
      } catch (error) {
        throw new ImportUsageError(
          `Cannot use table ${tableName}: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`,
        );
      }
      const doc = DynamoDBDocumentClient.from(connection.client, {
        marshallOptions: { removeUndefinedValues: true },
      });
      store = new ImportStore(new Dynamo({ client: doc, tableName }));
    }
    const report = await runImport({
      format: command.format,
      input: createReadStream(command.file),
      planner,
      store,
      progress: (line) => console.error(line),
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
      error instanceof ImportUsageError ||
      error instanceof ImportOptionError ||
      error instanceof ImportFormatError ||
      error instanceof JavaMissingError;
    console.error(known ? (error as Error).message : error);
    process.exit(1);
  });
}
