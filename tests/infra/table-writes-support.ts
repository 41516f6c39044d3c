/** What the table-writes suites share: the writing levels and what IAM allows each (TABLE_WRITES). */
import { expect } from 'vitest';
import { routes, triggers } from '../../functions/routes';
import { accessForRoute } from '../../infra/constructs/comment-moderation';
import { TABLE_WRITES, type TableAccess, type WritingAccess } from '../../infra/constructs/comments-table';

export type WritingLevel = WritingAccess;
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
  return [...levels].filter((l): l is WritingLevel => l in TABLE_WRITES);
}

type Call = (
  method: string,
  path: string,
  opts?: { token?: string; body?: unknown; headers?: Record<string, string> },
  expected?: number,
) => Promise<{ json: unknown }>;

/**
 * The trusted flaggers' part of the scenario: an admin registers one (its item and its token's look-up),
 * its flag moves the reported root to the front of the queue, its notice on the reply leads the notices
 * queue, then the admin lists and revokes it.
 */
export async function trustedFlaggerScenario(call: Call, admin: string, rootId: string, replyId: string) {
  const body = { name: 'Hotline', contact: 'desk@hotline.example' };
  const registered = (await call('POST', '/moderation/trusted-flaggers', { token: admin, body }, 201))
    .json as { flagger: { id: string }; flaggerToken: string };
  const headers = { 'x-flagger-token': registered.flaggerToken };
  await call('POST', `/comments/${rootId}/flags`, { body: { reason: 'hate' }, headers }, 202);
  const notice = {
    category: 'defamation',
    explanation: 'A trusted flagger finds it defamatory.',
    goodFaith: true,
  };
  await call('POST', `/comments/${replyId}/notices`, { body: notice, headers }, 202);
  await call('GET', '/moderation/trusted-flaggers', { token: admin }, 200);
  await call('DELETE', `/moderation/trusted-flaggers/${registered.flagger.id}`, { token: admin }, 200);
}

/**
 * The repeat-abuse part of the scenario (EU DSA Art. 23), after a notice removed (a strike against the
 * comment's author) and one kept as manifestly unfounded (a strike against its notifier), with both
 * thresholds at 1: a moderator lists the two proposals, reads one, and warns both.
 */
export async function suspensionScenario(call: Call, mod: string) {
  const page = (await call('GET', '/moderation/queue?queue=suspensions', { token: mod }, 200)).json as {
    items: { proposal: { id: string } }[];
  };
  expect(page.items, 'a proposal about the author and one about the notifier').toHaveLength(2);
  await call('GET', `/moderation/suspensions/${page.items[0]!.proposal.id}`, { token: mod }, 200);
  for (const { proposal } of page.items)
    await call(
      'POST',
      `/moderation/suspensions/${proposal.id}/decision`,
      { token: mod, body: { action: 'warn' } },
      200,
    );
}
