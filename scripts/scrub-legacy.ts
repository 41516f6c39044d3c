/**
 * `npm run scrub-legacy -- [--dry-run] [--table NAME] [--endpoint URL] [--region R]`
 *
 * The one-off migration of docs/privacy.md, finding 3: rewrites every comment item that versions before
 * issue 11 left with an e-mail address in clear (`authorEmail`) or a copy of the parent's text
 * (`parentExcerpt`), as the current code writes them (shared/storage/legacy-scrub.ts). Needs the
 * deployment's `PARLEY_SECRET` (locally, `.data/secret`) so the e-mail hashes match the ones Parley makes.
 * `--dry-run` counts what it would rewrite. Where it works: the same targets as `npm run import`.
 */
import { parseArgs } from 'node:util';
import { JavaMissingError } from '../local/dynamodb-local';
import { emailHashFor } from '../shared/app/post-comment';
import { Dynamo } from '../shared/storage/dynamo';
import { scrubLegacyPersonalData, type ScrubReport } from '../shared/storage/legacy-scrub';
import { resolveSecret } from './import-args';
import { openTable, parseTarget, TARGET_OPTIONS, UsageError, type Target } from './target';

const USAGE = 'Usage: npm run scrub-legacy -- [--dry-run] [--table NAME] [--endpoint URL] [--region R]';

export interface ScrubCommand {
  dryRun: boolean;
  target: Target;
}

/** The command line as a ScrubCommand; UsageError when it is wrong. */
export function parseScrubArgs(argv: readonly string[]): ScrubCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      strict: true,
      options: { ...TARGET_OPTIONS, 'dry-run': { type: 'boolean', default: false } },
    });
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}. ${USAGE}`);
  }
  return {
    dryRun: parsed.values['dry-run'] === true,
    target: parseTarget(parsed.values, (message) => new UsageError(`${message} ${USAGE}`)),
  };
}

export const formatScrubReport = (r: ScrubReport, dryRun: boolean): string =>
  dryRun
    ? `Comments holding an e-mail address or a parent excerpt: ${r.found} (dry run: nothing written)`
    : `Comments scrubbed: ${r.scrubbed} of ${r.found} found` +
      (r.skipped > 0 ? `; ${r.skipped} changed meanwhile, run again to take them` : '');

async function main(): Promise<void> {
  const command = parseScrubArgs(process.argv.slice(2));
  const secret = resolveSecret(command.target, process.env);
  const table = await openTable(command.target);
  try {
    const db = new Dynamo({ client: table.doc, tableName: command.target.tableName });
    const report = await scrubLegacyPersonalData(db, {
      emailHash: (email) => emailHashFor(secret, email),
      dryRun: command.dryRun,
    });
    console.log(formatScrubReport(report, command.dryRun));
  } finally {
    await table.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    const known = error instanceof UsageError || error instanceof JavaMissingError;
    console.error(known ? error.message : error);
    process.exit(1);
  });
}
