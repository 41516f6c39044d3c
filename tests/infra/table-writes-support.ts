/** What the table-writes suites share: the writing levels and what IAM allows each (TABLE_WRITES). */
import { routes, triggers } from '../../functions/routes';
import { accessForRoute } from '../../infra/constructs/comment-moderation';
import { TABLE_WRITES, type TableAccess } from '../../infra/constructs/comments-table';

export type WritingLevel = Exclude<TableAccess, 'read'>;
export const LEVELS = Object.keys(TABLE_WRITES) as WritingLevel[];
export const WRITE_ACTIONS = [
  'PutItem',
  'UpdateItem',
  'DeleteItem',
  'ConditionCheckItem',
  'BatchWriteItem',
].map((a) => `dynamodb:${a}`);

/** A `dynamodb:LeadingKeys` StringLike pattern as IAM reads it: `*` any characters, `?` one. */
export const likePattern = (pattern: string) =>
  new RegExp(
    `^${pattern
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')}$`,
  );
export const allows = (level: WritingLevel, action: string, pk: string) =>
  TABLE_WRITES[level].some(
    (w) => w.actions.includes(`dynamodb:${action}` as never) && likePattern(w.partition).test(pk),
  );

/**
 * The levels a handler's function is granted: the union over the routes it serves, `consume` for triggers,
 * and `purge` for the sweeper (infra/constructs/sweeper.ts).
 */
export function levelsOf(handler: string): WritingLevel[] {
  const levels = new Set<TableAccess>(routes.filter((r) => r.handler === handler).map(accessForRoute));
  if ((Object.values(triggers) as string[]).includes(handler)) levels.add('consume');
  if (handler === triggers.sweeper) levels.add('purge');
  return [...levels].filter((l): l is WritingLevel => l !== 'read');
}
