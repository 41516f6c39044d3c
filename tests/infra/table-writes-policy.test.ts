/**
 * The table writes each access level may make (`TABLE_WRITES`, infra/constructs/comments-table.ts) against
 * (1) the IAM policies the construct synthesizes and (2) the key builders. What the handlers really write
 * is checked against the same list in table-writes.test.ts.
 */
import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { routes, triggers } from '../../functions/routes';
import { TABLE_WRITES, type TableAccess } from '../../infra/constructs/comments-table';
import {
  QUEUE_COUNTER_SHARDS,
  appealKey,
  articleKey,
  auditEventKey,
  authorEventKey,
  authorKey,
  commentKey,
  decidedCountersKey,
  decisionStatsKey,
  flagKey,
  idempotencyKey,
  networkBanKey,
  textKey,
  noticeAppealKey,
  noticeKey,
  policyKey,
  queueCounterKey,
  rateWindowKey,
  receivedCountersKey,
  statementEntryKey,
  rejectionAppealKey,
  flaggerTokenKey,
  trustedFlaggerKey,
  authorAbuseKey,
  notifierAbuseKey,
  suspensionKey,
  suspensionEventKey,
} from '../../shared/storage/keys';
import { actionsOf, logicalIdOf, statementsOfRole, synthModeration, type Synthesized } from './support';
import { LEVELS, WRITE_ACTIONS, allows, levelsOf, likePattern } from './table-writes-support';

describe('the synthesized IAM policies', () => {
  let site: Synthesized;
  beforeAll(() => {
    site = synthModeration();
  }, 60_000);

  /** A handler of each writing level, and one that only reads. */
  const SAMPLES: Record<TableAccess, string> = {
    read: 'list-comments',
    review: 'moderation-queue',
    author: 'post-comment',
    consume: triggers.moderateComment,
    purge: triggers.sweeper,
    moderate: 'moderation-decide',
    admin: 'moderation-put-policy',
  };
  const roleOf = (handler: string) => logicalIdOf(site.moderation.functions.get(handler)!.role!);

  it('give each level one statement per write action, limited to exactly the partitions listed for it', () => {
    for (const level of LEVELS) {
      const byAction = new Map<string, string[]>();
      for (const w of TABLE_WRITES[level])
        for (const a of w.actions) byAction.set(a, [...(byAction.get(a) ?? []), w.partition]);
      // The sample's other levels add their own statements, one per action each (the sweeper has
      // `consume` and `purge`, both updating: two UpdateItem statements on their own partitions).
      const granted = levelsOf(SAMPLES[level]).flatMap((l) => [
        ...new Set(TABLE_WRITES[l].flatMap((w) => w.actions)),
      ]);
      for (const [action, partitions] of byAction) {
        site.template.hasResourceProperties('AWS::IAM::Policy', {
          Roles: [{ Ref: roleOf(SAMPLES[level]) }],
          PolicyDocument: {
            Statement: Match.arrayWith([
              Match.objectLike({
                Effect: 'Allow',
                Action: action,
                Condition: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': partitions } },
              }),
            ]),
          },
        });
      }
      const writes = statementsOfRole(site.template, roleOf(SAMPLES[level])).filter((s) =>
        actionsOf(s).some((a) => WRITE_ACTIONS.includes(a)),
      );
      expect(
        writes
          .map((s) => actionsOf(s))
          .flat()
          .sort(),
        level,
      ).toEqual(granted.sort());
    }
  });

  it('leave readers without writes, moderators and the consumer without unneeded deletes, and nobody BatchWriteItem', () => {
    const actions = (level: TableAccess) =>
      statementsOfRole(site.template, roleOf(SAMPLES[level])).flatMap(actionsOf);
    expect(actions('read').filter((a) => WRITE_ACTIONS.includes(a))).toEqual([]);
    // Moderator and admin routes that only look (GET without `writes`) write nothing either.
    for (const route of routes.filter((r) => r.auth !== 'public' && r.method === 'GET' && !r.writes)) {
      const granted = statementsOfRole(site.template, roleOf(route.handler)).flatMap(actionsOf);
      expect(
        granted.filter((a) => WRITE_ACTIONS.includes(a)),
        route.handler,
      ).toEqual([]);
      expect(granted, route.handler).toContain('dynamodb:Query');
    }
    expect(actions('consume')).not.toContain('dynamodb:DeleteItem');
    expect(
      TABLE_WRITES.moderate.filter((w) => w.actions.includes('dynamodb:DeleteItem')).map((w) => w.partition),
    ).toEqual(['NETWORK#*']);
    const all = Object.values(site.template.findResources('AWS::IAM::Policy')).flatMap((p) =>
      (p['Properties'].PolicyDocument.Statement as { Action: string | string[] }[]).flatMap((s) =>
        Array.isArray(s.Action) ? s.Action : [s.Action],
      ),
    );
    expect(all).not.toContain('dynamodb:BatchWriteItem');
    expect(all).not.toContain('dynamodb:ConditionCheckItem');
    // A Scan only for the e-mail look-up of an erasure request (tests/infra/personal-data.test.ts).
    expect(all.filter((a) => a === 'dynamodb:Scan')).toHaveLength(1);
  });
});

describe('the key builders', () => {
  const id = '01JD3Z4Y5X6W7V8T9S0R1Q2P3N';
  /** Every PK each builder can produce (one per variant). */
  const BUILDERS: Record<string, string[]> = {
    commentKey: [commentKey(id).PK],
    auditEventKey: [auditEventKey(id, '2026-11-26T20:00:00.000Z', id).PK],
    flagKey: [flagKey(id, 'net:abc').PK],
    articleKey: [articleKey('sahel-security-2026').PK],
    authorKey: [authorKey('a_abcdefghij').PK],
    authorEventKey: [authorEventKey('a_abcdefghij', '2026-11-26T20:00:00.000Z', id).PK],
    queueCounterKey: Array.from({ length: QUEUE_COUNTER_SHARDS }, (_, i) => queueCounterKey(i).PK),
    decisionStatsKey: [decisionStatsKey('2026-11-26T20').PK],
    idempotencyKey: [idempotencyKey('hash').PK],
    rateWindowKey: (['author', 'network', 'author-action'] as const).map(
      (k) => rateWindowKey(k, 'subject', 29_000_000).PK,
    ),
    networkBanKey: [networkBanKey('hash').PK],
    textKey: [textKey('fingerprint').PK],
    noticeKey: [noticeKey(id).PK],
    trustedFlaggerKey: [trustedFlaggerKey(id).PK],
    flaggerTokenKey: [flaggerTokenKey('hash').PK],
    appealKey: [appealKey(id).PK],
    rejectionAppealKey: [rejectionAppealKey(id, id).PK],
    noticeAppealKey: [noticeAppealKey(id).PK],
    policyKey: [policyKey().PK],
    receivedCountersKey: [receivedCountersKey('2026-11-26', 0).PK],
    decidedCountersKey: [decidedCountersKey('2026-11-26', 9).PK],
    statementEntryKey: [statementEntryKey('2026-11-26T20:00:00.000Z', id).PK],
    authorAbuseKey: [authorAbuseKey('a_abcdefghij').PK],
    notifierAbuseKey: [notifierAbuseKey('email:abc').PK, notifierAbuseKey(`flagger:${id}`).PK],
    suspensionKey: [suspensionKey(id).PK],
    suspensionEventKey: [suspensionEventKey(id, '2026-11-26T20:00:00.000Z', id).PK],
  };

  it('that each listed write names produce partition keys inside that write’s pattern', () => {
    for (const level of LEVELS) {
      for (const write of TABLE_WRITES[level]) {
        const named = [...new Set([...write.by.join(' ').matchAll(/\(([a-z]\w*Key)\)/g)].map((m) => m[1]!))];
        expect(named.length, `${level} ${write.partition}: name the key builder in "by"`).toBeGreaterThan(0);
        for (const builder of named) {
          expect(BUILDERS[builder], `unknown key builder ${builder}`).toBeDefined();
          for (const pk of BUILDERS[builder]!)
            expect(pk, `${level}: ${builder}`).toMatch(likePattern(write.partition));
        }
      }
    }
  });

  it('keep the policy, decision statistics and network bans out of reach of public and automatic writers', () => {
    for (const level of ['author', 'consume', 'purge'] as const) {
      for (const pk of [policyKey().PK, decisionStatsKey('2026-11-26T20').PK, networkBanKey('h').PK]) {
        for (const action of ['PutItem', 'UpdateItem', 'DeleteItem'])
          expect(allows(level, action, pk), `${level} ${action} ${pk}`).toBe(false);
      }
    }
    for (const level of ['author', 'consume', 'purge', 'moderate'] as const) {
      expect(allows(level, 'PutItem', policyKey().PK)).toBe(false);
      expect(allows(level, 'UpdateItem', policyKey().PK)).toBe(false);
    }
    // The transparency report's decisions and the statements' entries: never a public writer's.
    for (const pk of [
      decidedCountersKey('2026-11-26', 0).PK,
      statementEntryKey('2026-11-26T20:00:00.000Z', id).PK,
    ])
      for (const action of ['PutItem', 'UpdateItem', 'DeleteItem'])
        expect(allows('author', action, pk), `author ${action} ${pk}`).toBe(false);
    // Suspension proposals (Art. 23) are moderators' alone.
    for (const action of ['PutItem', 'UpdateItem', 'DeleteItem'])
      expect(allows('author', action, suspensionKey(id).PK), `author ${action} a proposal`).toBe(false);
    // Authors delete only their own claims and emptied rate windows, never a comment or a counter.
    for (const pk of [commentKey(id).PK, articleKey('a').PK, authorKey('a').PK, queueCounterKey(0).PK])
      expect(allows('author', 'DeleteItem', pk), pk).toBe(false);
  });
});
