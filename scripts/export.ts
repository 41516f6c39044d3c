/**
 * `npm run export -- FILE [--table NAME] [--endpoint URL] [--region R]`
 *
 * Writes the whole site (articles, comments with their states, decision records and audit events,
 * flags, authors, counters, settings, the policy) as JSON Lines into FILE: every lasting item of the
 * table as stored, one a line, then a trailer line `{"parley-export":1,"exportedAt":…,"items":N}`
 * (shared/storage/site-export.ts). Streamed: one Scan page in memory at a time. No secret is read or
 * written; e-mail addresses are stored only as keyed hashes, so none is in the file either.
 * `npm run import -- --format parley FILE` restores it into an empty table.
 *
 * Where it reads: the same targets as `npm run import` (scripts/target.ts).
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { JavaMissingError } from '../local/dynamodb-local';
import { Dynamo } from '../shared/storage/dynamo';
import { ExportFileError, exportItems, itemLine, trailerLine } from '../shared/storage/site-export';
import { openTable, parseTarget, TARGET_OPTIONS, UsageError, type Target } from './target';

const USAGE = 'Usage: npm run export -- FILE [--table NAME] [--endpoint URL] [--region R]';

export interface ExportCommand {
  file: string;
  target: Target;
}

/** The command line as an ExportCommand; UsageError when it is wrong. */
export function parseExportArgs(argv: readonly string[]): ExportCommand {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: TARGET_OPTIONS });
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}. ${USAGE}`);
  }
  const [file, ...extra] = parsed.positionals;
  if (file === undefined || extra.length > 0) throw new UsageError(`Give exactly one output file. ${USAGE}`);
  return { file, target: parseTarget(parsed.values, (message) => new UsageError(`${message} ${USAGE}`)) };
}

/** Writes a line, waiting when the stream's buffer is full (so the table is never all in memory). */
async function writeLine(out: WriteStream, line: string): Promise<void> {
  if (!out.write(`${line}\n`)) await once(out, 'drain');
}

/** What stops a file being written, in words. */
function writeProblem(error: NodeJS.ErrnoException): string {
  if (error.code === 'ENOENT') return 'its folder does not exist';
  if (error.code === 'EACCES' || error.code === 'EPERM') return 'permission denied';
  if (error.code === 'EISDIR') return 'it is a folder';
  return error.message;
}

/** Writes every lasting item of `db`'s table and the trailer into `file`; the number of items. */
export async function exportToFile(
  db: Dynamo,
  file: string,
  now: () => Date = () => new Date(),
): Promise<number> {
  // The whole site, readers' names and notices included: readable by its owner alone.
  const out = createWriteStream(file, { flags: 'w', mode: 0o600 });
  // The file cannot be written (no such folder, no permission, a folder of that name): one line, as for
  // every other mistake on the command line, not Node's error object.
  const failed = new Promise<never>((_, reject) =>
    out.once('error', (error: NodeJS.ErrnoException) =>
      reject(new ExportFileError(`Cannot write ${file}: ${error.code ?? 'error'}, ${writeProblem(error)}.`)),
    ),
  );
  failed.catch(() => {});
  let count = 0;
  try {
    const write = async () => {
      for await (const item of exportItems(db)) {
        await writeLine(out, itemLine(item));
        count++;
      }
      await writeLine(out, trailerLine(count, now()));
    };
    await Promise.race([write(), failed]);
  } finally {
    out.end();
  }
  await Promise.race([once(out, 'finish'), failed]);
  return count;
}

async function main(): Promise<void> {
  const command = parseExportArgs(process.argv.slice(2));
  const table = await openTable(command.target);
  try {
    const db = new Dynamo({ client: table.doc, tableName: command.target.tableName });
    const count = await exportToFile(db, command.file);
    console.log(`Exported ${count} items of ${command.target.tableName} to ${command.file}`);
  } finally {
    await table.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    const known =
      error instanceof UsageError || error instanceof ExportFileError || error instanceof JavaMissingError;
    console.error(known ? error.message : error);
    process.exit(1);
  });
}
