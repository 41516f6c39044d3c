/**
 * Scenarios of the due-process routes (EU DSA: notices, appeals, suspensions, trusted flaggers, the
 * transparency report) and of the personal-data routes (a reader's export and erasure, a moderator's
 * export, erasure and e-mail look-up). What a request finds is made as production makes it: comments are
 * seeded as the other scenarios seed them, and what only a use case makes (a notice with its token, a
 * human rejection with its statement of reasons, an appeal, a suspension proposal, a trusted flagger) is
 * made by calling that use case, as a client's request would. Where a route changes state once (a
 * decision, an appeal, a revocation), each event has a target of its own, so every request succeeds.
 */
import { checks } from '../../functions/lib/checks';
import { submitAuthorAppeal } from '../../shared/app/appeals';
import { moderateComment } from '../../shared/app/moderate';
import { decide } from '../../shared/app/moderation';
import type { Moderator } from '../../shared/app/moderator';
import { decideNotice, submitNotice } from '../../shared/app/notices';
import { acceptComment } from '../../shared/app/post-comment';
import { registerTrustedFlagger } from '../../shared/app/trusted-flaggers';
import type { NoticeInput } from '../../shared/domain/schemas';
import { dayOf } from '../../shared/domain/transparency';
import { newAuthorToken } from '../../shared/ids';
import { Dynamo } from '../../shared/storage/dynamo';
import {
  decidedCountersKey,
  receivedCountersKey,
  statementDayPartition,
  statementEntryKey,
  transparencyPartition,
} from '../../shared/storage/keys';
import { approvedBody, tokenHash } from './fixtures';
import { batchWrite } from './harness';
import {
  author,
  ev,
  inParallel,
  network,
  pool,
  status,
  tag,
  useCaseDeps,
  type Scenario,
  type ScenarioContext,
} from './scenario-kit';

/**
 * The moderator who took the decisions the scenarios' state holds. The events' moderator is another
 * (`bench-moderator-1`, harness.ts), so an appeal is reviewed by a second person as the four-eyes rule
 * wants, not as an admin's self-review.
 */
const FIRST_MODERATOR: Moderator = {
  id: 'bench-moderator-2',
  name: 'First Moderator',
  groups: ['moderators'],
};
const ADMIN: Moderator = { id: 'bench-admin-2', name: 'Bench Admin', groups: ['admins', 'moderators'] };

/** A named notifier's notice (the costlier path: the notifier's record is read and counted). */
const noticeInput = (i: number): NoticeInput => ({
  category: 'illegal_hate_speech',
  explanation: 'The comment incites hatred against a group of people for their origin.',
  lawOrGround: 'Criminal code, incitement to hatred',
  notifierName: `Notifier ${i}`,
  notifierEmail: `notifier-${tag}-${i}@example.org`,
  goodFaith: true,
});
const APPEAL = { explanation: 'The comment criticises a policy; it attacks nobody. Please look again.' };

/** State made once per run and shared by the capacity measure and the warm run of a scenario. */
function once<T>(make: (ctx: ScenarioContext) => Promise<T>): (ctx: ScenarioContext) => Promise<T> {
  let made: Promise<T> | undefined;
  return (ctx) => (made ??= make(ctx));
}

/** Author tokens as post-comment makes them (the reader routes check their form), kept to seed their hashes. */
const authorTokens = (count: number) => Array.from({ length: count }, newAuthorToken);

/** Notices about `count` published comments, one each, through the use case: ids and notice tokens. */
async function notices(ctx: ScenarioContext, name: string, lane: number, count: number) {
  const comments = await pool(ctx, `bench-${name}${tag}`, count, 'approved');
  return inParallel(count, async (i) => {
    const receipt = await submitNotice(useCaseDeps(), {
      commentId: comments[i]!,
      input: noticeInput(i),
      sourceIp: network(lane, i),
    });
    return { id: receipt.notice.id, token: receipt.noticeToken };
  });
}

/** Notices decided `keep` by the first moderator: what a notifier may appeal. */
async function keptNotices(ctx: ScenarioContext, name: string, lane: number, count: number) {
  const made = await notices(ctx, name, lane, count);
  await inParallel(count, (i) =>
    decideNotice(useCaseDeps(), FIRST_MODERATOR, made[i]!.id, {
      action: 'keep',
      ground: 'Lawful criticism of a public figure.',
    }),
  );
  return made;
}

/**
 * Comments rejected by the first moderator (pending, as the automatic checks held them, then rejected
 * with a statement of reasons), each with its author token: what an author may appeal.
 */
async function rejected(ctx: ScenarioContext, name: string, count: number) {
  const tokens = authorTokens(count);
  const ids = await pool(ctx, `bench-${name}${tag}`, count, 'pending', (i) => ({
    authorTokenHash: tokenHash(tokens[i]!),
  }));
  await inParallel(count, (i) =>
    decide(useCaseDeps(), FIRST_MODERATOR, ids[i]!, { action: 'reject', reason: 'abuse' }),
  );
  return ids.map((id, i) => ({ id, token: tokens[i]! }));
}

/** Removals on notices that count against an author (EU DSA Art. 23): at the threshold, a proposal. */
const REMOVALS_TO_PROPOSAL = 3;

/**
 * Suspension proposals, each opened as production opens one: an author's three published comments
 * noticed and removed (the default `repeatAbuse.illegalRemovals`), the third removal opening it.
 */
async function proposals(ctx: ScenarioContext, name: string, lane: number, count: number) {
  const per = REMOVALS_TO_PROPOSAL;
  const comments = await pool(ctx, `bench-${name}${tag}`, count * per, 'approved', (i) => ({
    authorId: author(name, Math.floor(i / per)),
  }));
  const deps = useCaseDeps();
  return inParallel(count, async (a) => {
    // One author's removals one after another: each reads and writes the author's record.
    for (let k = 0; k < per; k++) {
      const i = a * per + k;
      const receipt = await submitNotice(deps, {
        commentId: comments[i]!,
        input: noticeInput(i),
        sourceIp: network(lane, i),
      });
      await decideNotice(deps, FIRST_MODERATOR, receipt.notice.id, {
        action: 'remove',
        ground: 'Incitement to hatred, criminal code.',
      });
    }
    const record = await deps.repo.getAbuseRecord({ kind: 'author', id: author(name, a) }, true);
    if (!record.openProposalId) throw new Error(`no suspension proposal opened for ${author(name, a)}`);
    return record.openProposalId;
  });
}

/**
 * A reader who posted a few comments with an e-mail address, through the post and the automatic
 * moderation use cases (each comment approved, with its trail): their tokens, author id and address.
 */
const reader = once(async () => {
  const deps = useCaseDeps();
  const email = `reader-${tag}@example.org`;
  const posted = [];
  for (let k = 0; k < 4; k++) {
    const out = await acceptComment(deps, {
      articleId: `bench-reader${tag}`,
      input: { authorName: `Reader ${tag}`, body: await approvedBody(600_000 + 10 * k), authorEmail: email },
      sourceIp: network(15, 0),
    });
    const stored = await deps.repo.getComment(out.comment.id, true);
    const moderated = stored && (await moderateComment(deps, stored, checks()));
    if (moderated?.result !== 'decided' || moderated.comment.status !== 'approved')
      throw new Error(`the reader's comment ${out.comment.id} was not approved`);
    posted.push({ token: out.authorToken, authorId: moderated.comment.authorId });
  }
  return { tokens: posted.map((p) => p.token), authorId: posted[0]!.authorId, email };
});

/** Comments by `count` authors, `per` each, with author tokens (seeded as the delete scenario seeds them). */
async function authorsWithComments(ctx: ScenarioContext, name: string, count: number, per: number) {
  const tokens = authorTokens(count * per);
  await pool(ctx, `bench-${name}${tag}`, count * per, 'approved', (i) => ({
    authorId: author(name, Math.floor(i / per)),
    authorTokenHash: tokenHash(tokens[i]!),
  }));
  return Array.from({ length: count }, (_, a) => ({
    authorId: author(name, a),
    tokens: tokens.slice(a * per, (a + 1) * per),
  }));
}

/** The report's period: the last seven UTC days, today included. */
const DAYS = 7;
const dayBefore = (today: string, k: number) => dayOf(Date.parse(`${today}T00:00:00.000Z`) - k * 86_400_000);

/** The run's table through the storage layer's own helper (`Dynamo.queryAll`: every page, keys included). */
const tableOf = (ctx: ScenarioContext) => new Dynamo({ client: ctx.d.doc, tableName: ctx.table });

/**
 * A week of transparency records: today, a hundred human rejections through the use case (each writes
 * its statement entry and adds to the day's counters); the six days before, the same records copied
 * under those days' keys, so the report reads a week of counter shards and the export a week of
 * statements (about 700), as a site with a hundred rejections a day would have them.
 */
const statementsWeek = once(async (ctx) => {
  const mine = new Set((await rejected(ctx, 'sor', 100)).map((c) => c.id));
  const today = dayOf(Date.now());
  const entries = (
    await tableOf(ctx).queryAll({
      KeyConditionExpression: 'PK = :pk',
      ExpressionAttributeValues: { ':pk': statementDayPartition(today) },
    })
  ).filter((e) => mine.has(String(e.commentId)));
  const lanes = [
    { lane: 'received' as const, key: receivedCountersKey },
    { lane: 'decided' as const, key: decidedCountersKey },
  ];
  const shards = await Promise.all(
    lanes.map(async ({ lane, key }) => ({
      key,
      items: await tableOf(ctx).queryAll({
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :day)',
        ExpressionAttributeValues: { ':pk': transparencyPartition(lane), ':day': `DAY#${today}#` },
      }),
    })),
  );
  const copies: Record<string, unknown>[] = [];
  for (let k = 1; k < DAYS; k++) {
    const day = dayBefore(today, k);
    for (const { key, items } of shards)
      for (const item of items) copies.push({ ...item, ...key(day, Number(String(item.SK).split('#')[2])) });
    for (const e of entries) {
      const statement = e.statement as { decidedAt: string };
      const decidedAt = day + statement.decidedAt.slice(10);
      copies.push({
        ...e,
        ...statementEntryKey(decidedAt, String(e.commentId)),
        statement: { ...statement, decidedAt },
      });
    }
  }
  await batchWrite(ctx.d, ctx.table, copies);
  return { from: dayBefore(today, DAYS - 1), to: today };
});

/** Trusted flaggers a site has registered (a handful), through the use case. */
const flaggers = (count: number) =>
  inParallel(count, (i) =>
    registerTrustedFlagger(useCaseDeps(), ADMIN, {
      name: `Flagger ${tag} ${i}`,
      organisation: 'Online Hate Watch',
      contact: `flagger-${i}@example.org`,
    }),
  );
const registeredFlaggers = once(() => flaggers(8));

const suspensionsToRead = once((ctx) => proposals(ctx, 'suspread', 4, 4));
const noticesToFollow = once(async (ctx) => {
  // Half decided (the notifier reads the decision and the redress open), half still open.
  const [kept, open] = await Promise.all([
    keptNotices(ctx, 'noticeread', 3, 4),
    notices(ctx, 'noticeopen', 5, 4),
  ]);
  return [...kept, ...open];
});

export const dueProcessScenarios: Scenario[] = [
  {
    handler: 'notice-submit',
    label: 'POST /comments/{commentId}/notices (named notifier)',
    computeTarget: false,
    async prepare(ctx, n) {
      const ids = await pool(ctx, `bench-notify${tag}`, Math.max(1, Math.ceil(n / 5)), 'approved');
      return Array.from({ length: n }, (_, i) =>
        ev('notice-submit', {
          params: { commentId: ids[i % ids.length]! },
          body: noticeInput(i),
          sourceIp: network(1, i),
        }),
      );
    },
    ok: status(202),
  },
  {
    handler: 'notice-status',
    label: 'GET /notices/{noticeId}',
    computeTarget: false,
    async prepare(ctx, n) {
      const made = await noticesToFollow(ctx);
      return Array.from({ length: n }, (_, i) => {
        const notice = made[i % made.length]!;
        return ev('notice-status', {
          params: { noticeId: notice.id },
          headers: { 'x-notice-token': notice.token },
        });
      });
    },
    ok: status(200),
  },
  {
    handler: 'moderation-notice-decide',
    label: 'POST /moderation/notices/{noticeId}/decision (remove)',
    computeTarget: false,
    setupMsPerEvent: 15,
    async prepare(ctx, n) {
      // A notice each, on a comment of its own: a removal rejects the comment once.
      const made = await notices(ctx, 'noticedecide', 6, n);
      return made.map((notice) =>
        ev('moderation-notice-decide', {
          params: { noticeId: notice.id },
          body: { action: 'remove', ground: 'Incitement to hatred, criminal code.' },
          role: 'moderator',
        }),
      );
    },
    ok: status(200),
  },
  {
    handler: 'notice-appeal-submit',
    label: 'POST /notices/{noticeId}/appeals',
    computeTarget: false,
    setupMsPerEvent: 25,
    async prepare(ctx, n) {
      // Once per decision: a kept notice each.
      const made = await keptNotices(ctx, 'noticeappeal', 7, n);
      return made.map((notice) =>
        ev('notice-appeal-submit', {
          params: { noticeId: notice.id },
          body: APPEAL,
          headers: { 'x-notice-token': notice.token },
        }),
      );
    },
    ok: status(202),
  },
  {
    handler: 'appeal-submit',
    label: 'POST /comments/{commentId}/appeals',
    computeTarget: false,
    setupMsPerEvent: 10,
    async prepare(ctx, n) {
      // Once per decision: a rejected comment each.
      const made = await rejected(ctx, 'appeal', n);
      return made.map((c) =>
        ev('appeal-submit', {
          params: { commentId: c.id },
          body: APPEAL,
          headers: { 'x-author-token': c.token },
        }),
      );
    },
    ok: status(202),
  },
  {
    handler: 'moderation-appeal-decide',
    label: 'POST /moderation/appeals/{appealId}/decision (reverse: comment restored)',
    computeTarget: false,
    setupMsPerEvent: 20,
    async prepare(ctx, n) {
      const made = await rejected(ctx, 'appealdecide', n);
      const appeals = await inParallel(n, (i) =>
        submitAuthorAppeal(useCaseDeps(), { id: made[i]!.id, token: made[i]!.token, input: APPEAL }),
      );
      return appeals.map((a) =>
        ev('moderation-appeal-decide', {
          params: { appealId: a.appeal.id },
          body: { action: 'reverse', note: 'On review the comment criticises a policy: restored.' },
          role: 'moderator',
        }),
      );
    },
    ok: status(200),
  },
  {
    handler: 'moderation-suspension-get',
    label: 'GET /moderation/suspensions/{suspensionId}',
    computeTarget: false,
    async prepare(ctx, n) {
      const ids = await suspensionsToRead(ctx);
      return Array.from({ length: n }, (_, i) =>
        ev('moderation-suspension-get', {
          params: { suspensionId: ids[i % ids.length]! },
          role: 'moderator',
        }),
      );
    },
    ok: status(200),
  },
  {
    handler: 'moderation-suspension-decide',
    label: 'POST /moderation/suspensions/{suspensionId}/decision (warn)',
    computeTarget: false,
    setupMsPerEvent: 60,
    async prepare(ctx, n) {
      // A proposal each (a proposal is decided once); a first decision is a warning.
      const ids = await proposals(ctx, 'suspdecide', 8, n);
      return ids.map((suspensionId) =>
        ev('moderation-suspension-decide', {
          params: { suspensionId },
          body: { action: 'warn', note: 'Three removals on notices in a month.' },
          role: 'moderator',
        }),
      );
    },
    ok: status(200),
  },
  {
    handler: 'moderation-transparency',
    label: 'GET /moderation/transparency (7 days)',
    computeTarget: false,
    async prepare(ctx, n) {
      const period = await statementsWeek(ctx);
      return Array.from({ length: n }, () => ev('moderation-transparency', { query: period, role: 'admin' }));
    },
    ok: status(200),
  },
  {
    handler: 'moderation-transparency-statements',
    label: 'GET /moderation/transparency/statements (7 days, first page of 500)',
    computeTarget: false,
    async prepare(ctx, n) {
      const period = await statementsWeek(ctx);
      return Array.from({ length: n }, () =>
        ev('moderation-transparency-statements', { query: period, role: 'admin' }),
      );
    },
    ok: status(200),
  },
  {
    // Before the registrations and revocations below: the list holds a site's handful of flaggers.
    handler: 'moderation-trusted-flagger-list',
    label: 'GET /moderation/trusted-flaggers',
    computeTarget: false,
    async prepare(ctx, n) {
      await registeredFlaggers(ctx);
      return Array.from({ length: n }, () => ev('moderation-trusted-flagger-list', { role: 'admin' }, 'GET'));
    },
    ok: status(200),
  },
  {
    handler: 'moderation-trusted-flagger-register',
    label: 'POST /moderation/trusted-flaggers',
    computeTarget: false,
    prepare: (_ctx, n) =>
      Promise.resolve(
        Array.from({ length: n }, (_, i) =>
          ev(
            'moderation-trusted-flagger-register',
            {
              body: {
                name: `Flagger ${tag} r${i}`,
                organisation: 'Online Hate Watch',
                contact: `r${i}@example.org`,
              },
              role: 'admin',
            },
            'POST',
          ),
        ),
      ),
    ok: status(201),
  },
  {
    handler: 'moderation-trusted-flagger-revoke',
    label: 'DELETE /moderation/trusted-flaggers/{flaggerId}',
    computeTarget: false,
    setupMsPerEvent: 3,
    async prepare(_ctx, n) {
      // A flagger each: a second revocation answers the first one's result without writing.
      const made = await flaggers(n);
      return made.map((f) =>
        ev('moderation-trusted-flagger-revoke', { params: { flaggerId: f.flagger.id }, role: 'admin' }),
      );
    },
    ok: status(200),
  },
  {
    handler: 'me-export',
    label: 'GET /me/export (4 comments)',
    computeTarget: false,
    async prepare(ctx, n) {
      const { tokens } = await reader(ctx);
      // Each request from a network of its own: the export is budgeted per network as the author's actions.
      return Array.from({ length: n }, (_, i) =>
        ev('me-export', { headers: { 'x-author-token': tokens.join(',') }, sourceIp: network(9, i) }),
      );
    },
    ok: status(200),
  },
  {
    handler: 'me-erase',
    label: 'DELETE /me (3 comments)',
    computeTarget: false,
    async prepare(ctx, n) {
      const readers = await authorsWithComments(ctx, 'meerase', n, 3);
      return readers.map((r, i) =>
        ev('me-erase', { headers: { 'x-author-token': r.tokens.join(',') }, sourceIp: network(10, i) }),
      );
    },
    ok: status(200),
  },
  {
    handler: 'moderation-author-export',
    label: 'GET /moderation/authors/{authorId}/export (4 comments)',
    computeTarget: false,
    async prepare(ctx, n) {
      const { authorId } = await reader(ctx);
      return Array.from({ length: n }, () =>
        ev('moderation-author-export', { params: { authorId }, role: 'moderator' }),
      );
    },
    ok: status(200),
  },
  {
    handler: 'moderation-author-erase',
    label: 'POST /moderation/authors/{authorId}/erase (3 comments)',
    computeTarget: false,
    async prepare(ctx, n) {
      // An author each: a second erasure of the same author finds nothing left to change.
      const authors = await authorsWithComments(ctx, 'moderase', n, 3);
      return authors.map((a) =>
        ev('moderation-author-erase', {
          params: { authorId: a.authorId },
          body: { note: 'Erasure request received by post.' },
          role: 'moderator',
        }),
      );
    },
    ok: status(200),
  },
  {
    handler: 'moderation-author-lookup',
    label: 'POST /moderation/authors/lookup (bounded Scan of the bench table)',
    computeTarget: false,
    // Seconds a request against DynamoDB Local (it reads the whole table): a few samples say enough.
    samples: 3,
    async prepare(ctx, n) {
      const { email } = await reader(ctx);
      return Array.from({ length: n }, () =>
        ev('moderation-author-lookup', { body: { email }, role: 'moderator' }),
      );
    },
    ok: status(200),
  },
];
