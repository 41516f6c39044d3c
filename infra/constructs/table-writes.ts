/**
 * The table writes of each access level (`TABLE_WRITES`), from which the construct builds each level's
 * IAM policy (`writeStatements`); tests/infra/table-writes*.test.ts hold them against the synthesized
 * policies, the key builders and what the handlers really write.
 */
import * as iam from 'aws-cdk-lib/aws-iam';
import { policyKey } from '../../shared/storage/keys';

/**
 * What a function may do with the table. Each level is one least-privilege grant:
 * - `read`: public readers. Get/Query the table and the public listing index; no writes at all.
 * - `author`: public writers (post, edit, delete, flag). Read as above plus the author index; write the
 *   partitions in `TABLE_WRITES.author` only.
 * - `consume`: the stream consumer and the sweeper. Read every index; write `TABLE_WRITES.consume`.
 * - `purge`: the sweeper alone, on top of `consume`: delete a rejected comment past the retention period.
 * - `review`: moderator and admin routes that change nothing (queues, history, statistics, settings, the
 *   policy, reports). Read every index; no writes at all.
 * - `moderate`: moderator routes that write. Read every index; write `TABLE_WRITES.moderate`. The e-mail
 *   look-up of an erasure request alone may also Scan the table (`grantSearchComments`).
 * - `admin`: admin routes that write. Read every index; write the site moderation policy and the trusted
 *   flaggers, nothing else.
 */
export type TableAccess = 'read' | 'review' | 'author' | 'consume' | 'purge' | 'moderate' | 'admin';

/** The levels that write, each with its list in `TABLE_WRITES`. */
export type WritingAccess = Exclude<TableAccess, 'read' | 'review'>;

type WriteAction = 'dynamodb:PutItem' | 'dynamodb:UpdateItem' | 'dynamodb:DeleteItem';

/** One kind of write a level makes: where it lands, with which actions, and which code makes it. */
export interface TableWrite {
  /** The partition keys written, as a `dynamodb:LeadingKeys` StringLike pattern (`*` = any characters). */
  readonly partition: string;
  readonly actions: readonly WriteAction[];
  /** The `Repository` (or policy store) methods that write there, with the key builder they use. */
  readonly by: readonly string[];
}

const PUT: WriteAction = 'dynamodb:PutItem';
const UPDATE: WriteAction = 'dynamodb:UpdateItem';
const DELETE: WriteAction = 'dynamodb:DeleteItem';

/** What `Repository.transition` writes in its one TransactWriteItems (each item is authorized alone). */
const TRANSITION = {
  comment:
    'transition: the comment (commentKey) and its audit event (auditEventKey), the root of a reply (commentKey)',
  article: 'transition: the article counter totalApproved (articleKey)',
  author: 'transition: the author history counters (authorKey)',
  queues: 'transition: a queue-size counter shard (queueCounterKey)',
  transparency: 'transition into rejected: the day’s transparency counters (decidedCountersKey)',
  statement: 'transition into rejected: the entry of its statement of reasons (statementEntryKey)',
};

/**
 * Every table write each level makes, and nothing more: the IAM policy of each level is built from this
 * list (`dynamodb:LeadingKeys`, `ForAllValues:StringLike`), so a write that is not listed here is denied in
 * production. DynamoDB Local does not enforce IAM, so tests/infra/table-writes.test.ts runs every route,
 * the consumer and the sweeper against DynamoDB Local, records each write (TransactWriteItems item by item)
 * and fails on any write this list does not allow (and on any entry nothing exercises).
 */
export const TABLE_WRITES: Readonly<Record<WritingAccess, readonly TableWrite[]>> = {
  /**
   * post-comment, edit-comment, delete-comment, flag-comment, notice-submit, appeal-submit,
   * notice-appeal-submit, me-export, me-erase.
   */
  author: [
    {
      partition: 'COMMENT#*',
      actions: [PUT, UPDATE],
      by: [
        'createComment: the new comment (commentKey)',
        TRANSITION.comment,
        'addFlag: the flag (flagKey) and the comment (commentKey)',
        'eraseNotes: notes on audit events and flags (their keys in the comment partition)',
        'createAppeal: the marker of an appealed rejection (rejectionAppealKey) and its event (auditEventKey)',
      ],
    },
    { partition: 'ARTICLE#*', actions: [UPDATE], by: [TRANSITION.article] },
    { partition: 'AUTHOR#*', actions: [UPDATE], by: [TRANSITION.author] },
    {
      partition: 'STATS#QUEUES',
      actions: [UPDATE],
      by: [TRANSITION.queues, 'addFlag: the reported count (queueCounterKey)'],
    },
    {
      partition: 'IDEMPOTENCY#*',
      actions: [PUT, UPDATE, DELETE],
      by: [
        'claimIdempotencyKey: the claim (idempotencyKey)',
        'createComment: completes the claim in its transaction (idempotencyKey)',
        'releaseIdempotencyKey: gives a failed request’s claim back (idempotencyKey)',
      ],
    },
    {
      partition: 'RATE#*',
      actions: [UPDATE, DELETE],
      by: [
        'hitRateLimit: counts a post or an author action (rateWindowKey)',
        'releaseRateLimit: takes the count back, deletes an emptied window (rateWindowKey)',
      ],
    },
    {
      partition: 'NOTICE#*',
      actions: [PUT],
      by: [
        'createNotice: a new notice of illegal content (noticeKey)',
        'createAppeal: the marker of an appealed notice decision (noticeAppealKey)',
      ],
    },
    {
      partition: 'APPEAL#*',
      actions: [PUT, UPDATE],
      by: [
        'createAppeal: a new appeal against a decision (appealKey)',
        'eraseAuthorAppeals: the texts of the author’s appeals of an erased comment (appealKey)',
      ],
    },
    {
      partition: 'STATS#TRANSPARENCY#RECEIVED',
      actions: [UPDATE],
      by: [
        'createNotice: the day’s count of notices received (receivedCountersKey)',
        'createAppeal: the day’s count of appeals received (receivedCountersKey)',
      ],
    },
    {
      partition: 'NOTIFIER#*',
      actions: [UPDATE],
      by: ['createNotice: the notifier’s count of notices sent, an ADD (notifierAbuseKey)'],
    },
  ],
  /** moderate-comment (the stream consumer) and sweep-received: automatic decisions only. */
  consume: [
    {
      partition: 'COMMENT#*',
      actions: [PUT, UPDATE],
      by: [
        TRANSITION.comment,
        'purge: its audit event (auditEventKey) and the notes beside it (their keys in the comment partition)',
      ],
    },
    { partition: 'ARTICLE#*', actions: [UPDATE], by: [TRANSITION.article] },
    { partition: 'AUTHOR#*', actions: [UPDATE], by: [TRANSITION.author] },
    {
      partition: 'STATS#QUEUES',
      actions: [UPDATE],
      by: [TRANSITION.queues, 'purge: the rejected count (queueCounterKey)'],
    },
    { partition: 'STATS#TRANSPARENCY#DECIDED', actions: [UPDATE], by: [TRANSITION.transparency] },
    { partition: 'SOR#*', actions: [PUT], by: [TRANSITION.statement] },
    {
      partition: 'TEXT#*',
      actions: [UPDATE],
      by: ['noteText: who posted the text and on which article, after each decision (textKey)'],
    },
  ],
  /**
   * sweep-received, beside `consume`: a retention purge deletes the comment item and erases the texts of
   * its author's appeals; its audit event, notes and queue counter are writes `consume` already lists. The
   * stream consumer deletes nothing.
   */
  purge: [
    {
      partition: 'COMMENT#*',
      actions: [DELETE],
      by: ['purge: a rejected comment past the retention period (commentKey)'],
    },
    {
      partition: 'APPEAL#*',
      actions: [UPDATE],
      by: ['eraseAuthorAppeals: the texts of the author’s appeals of a purged comment (appealKey)'],
    },
  ],
  /**
   * Moderator routes: decisions (notices, appeals and suspension proposals too), refused-decision events,
   * article settings, bans.
   */
  moderate: [
    {
      partition: 'COMMENT#*',
      actions: [PUT, UPDATE],
      by: [
        TRANSITION.comment,
        'appendAudit: a refused decision (auditEventKey)',
        'decideNotice: the event of a notice kept, or of one whose comment is already gone (auditEventKey)',
        'decideAppeal: the appeal_decided event (auditEventKey)',
      ],
    },
    {
      partition: 'ARTICLE#*',
      actions: [UPDATE],
      by: [TRANSITION.article, 'putArticleSettings: mode and closed (articleKey)'],
    },
    {
      partition: 'AUTHOR#*',
      actions: [PUT, UPDATE],
      by: [
        TRANSITION.author,
        'setBan: ban and unban (authorKey)',
        'appendAuthorFact: an export, look-up or erasure of the author’s data (authorEventKey)',
        'decideNotice, decideAppeal, decideSuspension: the author’s repeat-abuse record (authorAbuseKey)',
      ],
    },
    {
      partition: 'NOTIFIER#*',
      actions: [UPDATE],
      by: [
        'decideNotice, decideAppeal, decideSuspension: a notifier’s repeat-abuse record (notifierAbuseKey)',
      ],
    },
    {
      partition: 'SUSPENSION#*',
      actions: [PUT, UPDATE],
      by: [
        'decideNotice, decideAppeal: a suspension proposal a strike opens (suspensionKey) and its event (suspensionEventKey)',
        'decideSuspension: closes the proposal (suspensionKey) and writes its event (suspensionEventKey)',
      ],
    },
    { partition: 'STATS#QUEUES', actions: [UPDATE], by: [TRANSITION.queues] },
    {
      partition: 'STATS#DECISIONS',
      actions: [UPDATE],
      by: ['transition with a human decision: the hour’s decision counters (decisionStatsKey)'],
    },
    {
      partition: 'STATS#TRANSPARENCY#DECIDED',
      actions: [UPDATE],
      by: [
        TRANSITION.transparency,
        'decideNotice: the day’s count of notices decided (decidedCountersKey)',
        'decideAppeal: the day’s count of appeals decided (decidedCountersKey)',
        'setBan: the day’s count of bans (decidedCountersKey)',
        'decideSuspension: the day’s count of warnings and suspensions (decidedCountersKey)',
      ],
    },
    { partition: 'SOR#*', actions: [PUT], by: [TRANSITION.statement] },
    {
      partition: 'NETWORK#*',
      actions: [PUT, DELETE],
      by: ['setNetworkBan: bans a network bucket (Put) or lifts the ban (Delete) (networkBanKey)'],
    },
    {
      partition: 'NOTICE#*',
      actions: [UPDATE],
      by: [
        'decideNotice: closes the notice with its decision, in the transaction of its move or event (noticeKey)',
      ],
    },
    {
      partition: 'APPEAL#*',
      actions: [UPDATE],
      by: [
        'decideAppeal: closes the appeal with its decision, in the transaction of its events and move (appealKey)',
        'eraseAuthorAppeals: the texts of the author’s appeals, on a moderator’s erasure (appealKey)',
      ],
    },
    {
      partition: 'TEXT#*',
      actions: [UPDATE],
      by: [
        'markText: a moderator’s rejection of the text (a decision, a notice’s removal, an appeal), or its reversal (textKey)',
      ],
    },
  ],
  /** Admin routes: the site moderation policy and the trusted flaggers. */
  admin: [
    { partition: policyKey().PK, actions: [PUT], by: ['CachedPolicyStore.write (policyKey)'] },
    {
      partition: 'FLAGGER#*',
      actions: [PUT, UPDATE],
      by: [
        'createTrustedFlagger: a new trusted flagger (trustedFlaggerKey)',
        'revokeTrustedFlagger: sets revokedAt, erases the contact (trustedFlaggerKey)',
      ],
    },
    {
      partition: 'FLAGGERTOKEN#*',
      actions: [PUT],
      by: ['createTrustedFlagger: its token’s look-up (flaggerTokenKey)'],
    },
  ],
};

/** The IAM statements of a level's writes: one per action, on the partitions listed for it. */
export function writeStatements(access: WritingAccess, tableArn: string): iam.PolicyStatement[] {
  const byAction = new Map<WriteAction, string[]>();
  for (const write of TABLE_WRITES[access]) {
    for (const action of write.actions)
      byAction.set(action, [...(byAction.get(action) ?? []), write.partition]);
  }
  return [...byAction].map(
    ([action, partitions]) =>
      new iam.PolicyStatement({
        actions: [action],
        resources: [tableArn],
        // LeadingKeys is the partition key of each item written, inside TransactWriteItems too.
        conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': partitions } },
      }),
  );
}
