/**
 * The command line of `npm run import` (scripts/import.ts): its options as an ImportCommand, where the
 * comments go, and the secret that keys author ids and e-mail hashes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_LOCAL_REGION } from '../local/aws';
import { DEFAULT_DATA_DIR, DEFAULT_TABLE_NAME } from '../local/defaults';
import type { ImportPlannerOptions } from '../shared/import/plan';
import { parseArticleMap } from '../shared/import/plan-articles';
import { parseStatusMap } from '../shared/import/plan-status';

const USAGE =
  'Usage: npm run import -- --format disqus|wordpress FILE [--dry-run] [--site-url URL] [--map FILE] ' +
  '[--status-map SPEC] [--moderate] [--orphans root] [--table NAME] [--endpoint URL] [--region R]';

/** A bad command line or environment: printed as one line, exit 1. */
export class ImportUsageError extends Error {}

export type ImportFormat = 'disqus' | 'wordpress';

/** Where the comments go. */
export type ImportTarget =
  | { kind: 'local-data'; tableName: string; region: string }
  | { kind: 'endpoint'; endpoint: string; tableName: string; region: string }
  | { kind: 'aws'; tableName: string; region: string | undefined };

export interface ImportCommand {
  format: ImportFormat;
  file: string;
  dryRun: boolean;
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
        table: { type: 'string' },
        endpoint: { type: 'string' },
        region: { type: 'string' },
      },
    });
  } catch (error) {
    throw new ImportUsageError(`${error instanceof Error ? error.message : String(error)}. ${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.format !== 'disqus' && values.format !== 'wordpress')
    throw new ImportUsageError(`--format must be disqus or wordpress. ${USAGE}`);
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0)
    throw new ImportUsageError(`Give exactly one export file. ${USAGE}`);
  if (values.orphans !== undefined && values.orphans !== 'root' && values.orphans !== 'skip')
    throw new ImportUsageError(`--orphans must be root (or skip, the default). ${USAGE}`);
  if (values.endpoint !== undefined && !/^https?:\/\//.test(values.endpoint))
    throw new ImportUsageError(`--endpoint must be an http(s) URL. ${USAGE}`);

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

  const target: ImportTarget =
    values.endpoint !== undefined
      ? {
          kind: 'endpoint',
          endpoint: values.endpoint,
          tableName: values.table ?? DEFAULT_TABLE_NAME,
          region: values.region ?? DEFAULT_LOCAL_REGION,
        }
      : values.table !== undefined
        ? { kind: 'aws', tableName: values.table, region: values.region }
        : {
            kind: 'local-data',
            tableName: DEFAULT_TABLE_NAME,
            region: values.region ?? DEFAULT_LOCAL_REGION,
          };
  return { format: values.format, file, dryRun: values['dry-run'], planner, target };
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
