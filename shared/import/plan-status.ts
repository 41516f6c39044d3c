/**
 * How a source state becomes a Parley status (`--status-map`), and the error for import options that
 * cannot be used.
 */
import type { ImportState } from './records';

/** An import option (`--status-map`, a `--map` file, `--site-url`) that cannot be used, with what is wrong. */
export class ImportOptionError extends Error {
  override readonly name = 'ImportOptionError';
}

export const IMPORT_STATES = [
  'approved',
  'pending',
  'spam',
  'deleted',
] as const satisfies readonly ImportState[];
export const IMPORT_TARGETS = ['approved', 'pending', 'rejected', 'skip'] as const;
/** What an imported comment in a given source state becomes: a Parley status, or not imported. */
export type ImportTarget = (typeof IMPORT_TARGETS)[number];
export type StatusMap = Readonly<Record<ImportState, ImportTarget>>;

/** Published stays published, waiting stays waiting, spam is rejected as spam, deleted is not imported. */
export const DEFAULT_STATUS_MAP: StatusMap = {
  approved: 'approved',
  pending: 'pending',
  spam: 'rejected',
  deleted: 'skip',
};

/**
 * `--status-map spam=skip,pending=approved`: comma-separated `state=target` pairs over the default map.
 * Throws an ImportOptionError naming the pair for an unknown state or target, a pair without `=`, or a
 * state given twice.
 */
export function parseStatusMap(text: string): StatusMap {
  const map: Record<ImportState, ImportTarget> = { ...DEFAULT_STATUS_MAP };
  const given = new Set<string>();
  for (const pair of text.split(',').map((p) => p.trim())) {
    if (pair === '') continue;
    const [state = '', target = '', ...rest] = pair.split('=').map((p) => p.trim());
    if (rest.length > 0 || !pair.includes('=')) {
      throw new ImportOptionError(`status map: "${pair}" is not state=target`);
    }
    if (!isOneOf(IMPORT_STATES, state)) {
      throw new ImportOptionError(
        `status map: unknown state "${state}" (states: ${IMPORT_STATES.join(', ')})`,
      );
    }
    if (!isOneOf(IMPORT_TARGETS, target)) {
      throw new ImportOptionError(
        `status map: unknown target "${target}" for ${state} (targets: ${IMPORT_TARGETS.join(', ')})`,
      );
    }
    if (given.has(state)) throw new ImportOptionError(`status map: ${state} is given twice`);
    given.add(state);
    map[state] = target;
  }
  return map;
}

const isOneOf = <T extends string>(values: readonly T[], value: string): value is T =>
  (values as readonly string[]).includes(value);

/**
 * The reason a rejected import carries, shown to its author: `spam` for spam, `other` for any state a
 * status map sends to rejected (REJECT_REASONS has nothing closer).
 */
export const rejectReasonFor = (state: ImportState): string => (state === 'spam' ? 'spam' : 'other');

/** The reason recorded when a status map holds a comment for moderators, e.g. `spam_in_source`. */
export const holdReasonFor = (state: ImportState): string => `${state}_in_source`;

/** Why a comment mapped to `skip` is not imported, e.g. `deleted in the source`. */
export const skipReasonFor = (state: ImportState): string => `${state} in the source`;
