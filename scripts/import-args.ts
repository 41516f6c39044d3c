/**
 * The command line of `npm run import` (scripts/import.ts): its options as an ImportCommand, where the
 * comments go, and the secret that keys author ids and e-mail hashes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_DATA_DIR } from '../local/defaults';
import type { ImportPlannerOptions } from '../shared/import/plan';
import { parseArticleMap } from '../shared/import/plan-articles';
import { parseStatusMap } from '../shared/import/plan-status';
import { parseTarget, TARGET_OPTIONS, UsageError, type Target } from './target';

const USAGE =
  'Usage: npm run import -- --format disqus|wordpress FILE [--dry-run] [--site-url URL] [--map FILE] ' +
  '[--status-map SPEC] [--moderate] [--orphans root] [--table NAME] [--endpoint URL] [--region R]; ' +
  'npm run import -- --format parley FILE [--dry-run] [--force] [--table NAME] [--endpoint URL] [--region R]';

/** A bad command line or environment: printed as one line, exit 1. */
export class ImportUsageError extends UsageError {}

/** The formats of other platforms, read by a parser and the planner. */
export type ImportFormat = 'disqus' | 'wordpress';

/** Where the comments go (scripts/target.ts). */
export type ImportTarget = Target;

export interface ImportCommand {
  /** `parley`: a file of `npm run export`, restored item by item (shared/storage/site-export.ts). */
  format: ImportFormat | 'parley';
  file: string;
  dryRun: boolean;
  /** `parley` only: write into a table that is not empty. */
  force: boolean;
  planner: Omit<ImportPlannerOptions, 'hash' | 'importedAt'>;
  target: ImportTarget;
}

/** The command line as an ImportCommand; ImportUsageError (or ImportOptionError for the planner's options). */
export function parseImportArgs(
  argv: readonly string[],
  readText: (path: string) => string = (p) => readFileSync(p, 'utf8'),
): ImportCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        'site-url': { type: 'string' },
        map: { type: 'string' },
        'status-map': { type: 'string' },
        moderate: { type: 'boolean', default: false },
        orphans: { type: 'string' },
        force: { type: 'boolean', default: false },
        ...TARGET_OPTIONS,
      },
    });
  } catch (error) {
    throw new ImportUsageError(`${error instanceof Error ? error.message : String(error)}. ${USAGE}`);
  }
  const { values, positionals } = parsed;
  const format = values.format;
  if (format !== 'disqus' && format !== 'wordpress' && format !== 'parley')
    throw new ImportUsageError(`--format must be disqus or wordpress (or parley, an export). ${USAGE}`);
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0)
    throw new ImportUsageError(`Give exactly one export file. ${USAGE}`);
  if (values.orphans !== undefined && values.orphans !== 'root' && values.orphans !== 'skip')
    throw new ImportUsageError(`--orphans must be root (or skip, the default). ${USAGE}`);
  const target = parseTarget(values, (message) => new ImportUsageError(`${message} ${USAGE}`));
  const plannerOptions = ['site-url', 'map', 'status-map', 'moderate', 'orphans'] as const;
  if (format === 'parley') {
    const given = plannerOptions.filter((o) => values[o] !== undefined && values[o] !== false);
    if (given.length > 0)
      throw new ImportUsageError(`--${given.join(', --')}: not for --format parley. ${USAGE}`);
  } else if (values.force) {
    throw new ImportUsageError(`--force is for --format parley only. ${USAGE}`);
  }

  let map: ReadonlyMap<string, string> | undefined;
  if (values.map !== undefined) {
    let text: string;
    try {
      text = readText(values.map);
    } catch (error) {
      throw new ImportUsageError(`Cannot read the map file ${values.map}: ${(error as Error).message}`);
    }
    map = parseArticleMap(text);
  }
  const planner: ImportCommand['planner'] = {
    ...(values['site-url'] !== undefined ? { siteUrl: values['site-url'] } : {}),
    ...(map !== undefined ? { map } : {}),
    ...(values['status-map'] !== undefined ? { statusMap: parseStatusMap(values['status-map']) } : {}),
    ...(values.moderate ? { moderate: true } : {}),
    ...(values.orphans === 'root' ? { orphans: 'root' as const } : {}),
  };
  return { format, file, dryRun: values['dry-run'], force: values.force, planner, target };
}

/**
 * The deployment's PARLEY_SECRET, which keys the author ids and e-mail hashes: for a local target the
 * local stack's `.data/secret`, else the PARLEY_SECRET environment variable; ImportUsageError when
 * neither is there.
 */
export function resolveSecret(
  target: ImportTarget,
  env: NodeJS.ProcessEnv,
  dataDir: string = DEFAULT_DATA_DIR,
): string {
  if (target.kind !== 'aws') {
    const file = join(dataDir, 'secret');
    const local = existsSync(file) ? readFileSync(file, 'utf8').trim() : '';
    if (local.length >= 32) return local;
  }
  const fromEnv = env.PARLEY_SECRET?.trim() ?? '';
  if (fromEnv !== '') return fromEnv;
  throw new ImportUsageError(
    target.kind === 'aws'
      ? 'No PARLEY_SECRET: set it to the deployment secret (see docs/deploy.md), or author ids and e-mail hashes would not match the ones Parley makes.'
      : `No PARLEY_SECRET: neither ${join(dataDir, 'secret')} (run \`npm start\` once) nor the PARLEY_SECRET variable is there.`,
  );
}
