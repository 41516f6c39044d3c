/**
 * One scenario per function the benchmark invokes in-process: the state it needs (seeded with the
 * repository's key builders) and the events that drive it, so that the i-th invocation does the same kind
 * of work as the first (a decision always finds a comment to decide, a delete a comment to delete, a flag
 * a reporter that has not flagged yet).
 */
import { marshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import type { CommentRecord, CommentStatus } from '../../shared/domain/comment';
import { articleKey, auditEventKey } from '../../shared/storage/keys';
import { batchWrite } from './harness';
import { civilBody, commentItem, tokenHash } from './fixtures';
import { dueProcessScenarios } from './scenarios-due-process';
import {
  author,
  ev,
  nextId,
  pool,
  seedComments,
  status,
  tag,
  type Scenario,
  type ScenarioContext,
} from './scenario-kit';

export { nextId, seedComments, type Scenario, type ScenarioContext, type Templates } from './scenario-kit';

/** Approved root comments of one article, each 1 KB (memoised: several scenarios read the same article). */
const seededArticles = new Map<string, Promise<string[]>>();
export function approvedArticle(
  ctx: ScenarioContext,
  articleId: string,
  count: number,
  inlineReplies = 0,
): Promise<string[]> {
  let p = seededArticles.get(articleId);
  if (!p) {
    p = (async () => {
      const roots: (Partial<CommentRecord> & { id: string; status: CommentStatus })[] = [];
      const replies: typeof roots = [];
      for (let i = 0; i < count; i++) {
        const id = nextId();
        const mine: typeof roots = [];
        for (let r = 0; r < inlineReplies; r++) {
          mine.push({
            id: nextId(),
            status: 'approved',
            articleId,
            parentId: id,
            rootId: id,
            body: civilBody(900_000 + i * 10 + r),
            authorId: author('reply', r),
          });
        }
        replies.push(...mine);
        roots.push({
          id,
          status: 'approved',
          articleId,
          body: civilBody(i),
          authorId: author('list', i),
          replyCount: mine.length,
          firstReplies: mine.map((m) => ({
            id: m.id,
            parentId: id,
            authorName: 'Reader',
            body: m.body!,
            createdAt: new Date().toISOString(),
            editedAt: null,
          })),
        });
      }
      await seedComments(ctx, [...roots, ...replies]);
      await batchWrite(ctx.d, ctx.table, [
        {
          ...articleKey(articleId),
          entity: 'article',
          articleId,
          totalApproved: count + replies.length,
          mode: null,
          closed: false,
        },
      ]);
      return roots.map((r) => r.id);
    })();
    seededArticles.set(articleId, p);
  }
  return p;
}

/** A thread: an approved root with `replies` approved replies (the first three inline, as the consumer keeps them). */
async function thread(ctx: ScenarioContext, articleId: string, replies: number): Promise<string> {
  const rootId = nextId();
  const items: (Partial<CommentRecord> & { id: string; status: CommentStatus })[] = [];
  for (let r = 0; r < replies; r++) {
    items.push({
      id: nextId(),
      status: 'approved',
      articleId,
      parentId: rootId,
      rootId,
      body: civilBody(800_000 + r),
      authorId: author('thread', r),
    });
  }
  const now = new Date().toISOString();
  items.unshift({
    id: rootId,
    status: 'approved',
    articleId,
    body: civilBody(799_999),
    authorId: author('thread', 999),
    replyCount: replies,
    firstReplies: items.slice(0, 3).map((m) => ({
      id: m.id,
      parentId: rootId,
      authorName: 'Reader',
      body: m.body!,
      createdAt: now,
      editedAt: null,
    })),
  });
  await seedComments(ctx, items);
  return rootId;
}

/** A DynamoDB stream event with one INSERT record, as the event source mapping delivers it. */
export function streamEvent(item: Record<string, unknown>, seq: number): DynamoDBStreamEvent {
  return {
    Records: [
      {
        eventID: `bench-${seq}`,
        eventName: 'INSERT',
        eventVersion: '1.1',
        eventSource: 'aws:dynamodb',
        awsRegion: 'us-east-1',
        eventSourceARN:
          'arn:aws:dynamodb:us-east-1:000000000000:table/parley-bench/stream/2026-01-01T00:00:00.000',
        dynamodb: {
          ApproximateCreationDateTime: Math.floor(Date.now() / 1000),
          Keys: marshall({ PK: item.PK, SK: item.SK }) as never,
          NewImage: marshall(item, { removeUndefinedValues: true }) as never,
          SequenceNumber: String(1e20 + seq),
          SizeBytes: 2000,
          StreamViewType: 'NEW_AND_OLD_IMAGES',
        },
      },
    ],
  };
}

export const scenarios: Scenario[] = [
  {
    handler: 'post-comment',
    label: 'POST /articles/{articleId}/comments',
    computeTarget: true,
    prepare: (_ctx, n) =>
      Promise.resolve(
        Array.from({ length: n }, (_, i) =>
          ev('post-comment', {
            params: { articleId: 'bench-post' },
            body: { authorName: `Reader ${tag} ${i}`, body: civilBody(i) },
          }),
        ),
      ),
    ok: status(202),
  },
  {
    handler: 'moderate-comment',
    label: 'stream: moderate-comment (1 record per batch)',
    computeTarget: false,
    async prepare(ctx, n) {
      const specs = Array.from({ length: n }, (_, i) => ({
        id: nextId(),
        status: 'received' as const,
        articleId: 'bench-consume',
        body: civilBody(200_000 + i),
        authorId: author('consume', i),
        authorName: `Reader ${i}`,
      }));
      await seedComments(ctx, specs);
      const now = new Date().toISOString();
      return specs.map((s, i) =>
        streamEvent(commentItem(ctx.templates.received, { ...s, createdAt: now, updatedAt: now }), i),
      );
    },
    ok: (r) =>
      Array.isArray((r as { batchItemFailures?: unknown[] })?.batchItemFailures) &&
      (r as { batchItemFailures: unknown[] }).batchItemFailures.length === 0,
  },
  {
    handler: 'list-comments',
    label: 'GET /articles/{articleId}/comments (page of 20)',
    computeTarget: true,
    async prepare(ctx, n) {
      await approvedArticle(ctx, 'bench-list', 60);
      return Array.from({ length: n }, () =>
        ev('list-comments', { params: { articleId: 'bench-list' }, query: { limit: '20' } }),
      );
    },
    ok: status(200),
  },
  {
    handler: 'get-comment',
    label: 'GET /comments/{commentId}',
    computeTarget: false,
    async prepare(ctx, n) {
      const ids = await approvedArticle(ctx, 'bench-list', 60);
      return Array.from({ length: n }, (_, i) =>
        ev('get-comment', { params: { commentId: ids[i % ids.length]! } }, 'GET'),
      );
    },
    ok: status(200),
  },
  {
    handler: 'list-replies',
    label: 'GET /comments/{commentId}/replies (page of 20)',
    computeTarget: false,
    async prepare(ctx, n) {
      const root = await thread(ctx, 'bench-thread', 30);
      return Array.from({ length: n }, () =>
        ev('list-replies', { params: { commentId: root }, query: { limit: '20' } }),
      );
    },
    ok: status(200),
  },
  {
    handler: 'count-comments',
    label: 'GET /counts (50 articles)',
    computeTarget: true,
    async prepare(ctx, n) {
      const ids = Array.from({ length: 50 }, (_, i) => `bench-count-${i}`);
      await batchWrite(
        ctx.d,
        ctx.table,
        ids.map((articleId, i) => ({
          ...articleKey(articleId),
          entity: 'article',
          articleId,
          totalApproved: i,
          mode: null,
          closed: false,
        })),
      );
      return Array.from({ length: n }, () => ev('count-comments', { query: { articleIds: ids.join(',') } }));
    },
    ok: status(200),
  },
  {
    handler: 'flag-comment',
    label: 'POST /comments/{commentId}/flags',
    computeTarget: false,
    async prepare(ctx, n) {
      const ids = await pool(ctx, 'bench-flags', Math.max(1, Math.ceil(n / 10)), 'approved');
      // Each flag from another /24 network: one flag per reporter per comment.
      return Array.from({ length: n }, (_, i) =>
        ev('flag-comment', {
          params: { commentId: ids[i % ids.length]! },
          body: { reason: 'spam' },
          sourceIp: `10.${(i >> 8) & 255}.${i & 255}.7`,
        }),
      );
    },
    ok: status(202),
  },
  {
    handler: 'edit-comment',
    label: 'PATCH /comments/{commentId}',
    computeTarget: false,
    async prepare(ctx, n) {
      const size = Math.max(1, Math.min(100, n));
      const ids = await pool(ctx, 'bench-edit', size, 'approved', (i) => ({
        authorTokenHash: tokenHash(`edit-token-${i}`),
      }));
      return Array.from({ length: n }, (_, i) =>
        ev('edit-comment', {
          params: { commentId: ids[i % size]! },
          body: { body: civilBody(300_000 + i) },
          headers: { 'x-author-token': `edit-token-${i % size}` },
          // Authors on networks of their own: edits are budgeted per network (policy rateLimits).
          sourceIp: `10.${(i >> 8) & 255}.${i & 255}.8`,
        }),
      );
    },
    ok: status(200),
  },
  {
    handler: 'delete-comment',
    label: 'DELETE /comments/{commentId}',
    computeTarget: false,
    async prepare(ctx, n) {
      const ids = await pool(ctx, 'bench-delete', n, 'approved', (i) => ({
        authorTokenHash: tokenHash(`delete-token-${i}`),
      }));
      return ids.map((id, i) =>
        ev('delete-comment', {
          params: { commentId: id },
          headers: { 'x-author-token': `delete-token-${i}` },
          sourceIp: `10.${(i >> 8) & 255}.${i & 255}.9`,
        }),
      );
    },
    ok: status(200),
  },
  {
    handler: 'moderation-queue',
    label: 'GET /moderation/queue (pending, page of 20)',
    computeTarget: false,
    async prepare(ctx, n) {
      await pool(ctx, 'bench-queue', 100, 'pending');
      return Array.from({ length: n }, () =>
        ev('moderation-queue', { query: { queue: 'pending' }, role: 'moderator' }),
      );
    },
    ok: status(200),
  },
  {
    handler: 'moderation-decide',
    label: 'POST /moderation/comments/{commentId}/decision',
    computeTarget: false,
    async prepare(ctx, n) {
      const size = Math.max(1, Math.min(200, n));
      const ids = await pool(ctx, 'bench-decide', size, 'pending');
      // pending → approved, then approved ↔ rejected: every call is a real transition.
      return Array.from({ length: n }, (_, i) =>
        ev('moderation-decide', {
          params: { commentId: ids[i % size]! },
          body: Math.floor(i / size) % 2 === 0 ? { action: 'approve' } : { action: 'reject', reason: 'spam' },
          role: 'moderator',
        }),
      );
    },
    ok: status(200),
  },
  {
    handler: 'moderation-bulk-decide',
    label: 'POST /moderation/decisions (10 items)',
    computeTarget: false,
    async prepare(ctx, n) {
      const size = 200;
      const ids = await pool(ctx, 'bench-bulk', size, 'pending');
      return Array.from({ length: n }, (_, i) => {
        const start = (i * 10) % size;
        const round = Math.floor((i * 10) / size);
        return ev('moderation-bulk-decide', {
          body: {
            action: round % 2 === 0 ? 'approve' : 'reject',
            ...(round % 2 === 0 ? {} : { reason: 'spam' }),
            items: ids.slice(start, start + 10).map((commentId) => ({ commentId })),
          },
          role: 'moderator',
        });
      });
    },
    ok: status(200),
  },
  {
    handler: 'moderation-history',
    label: 'GET /moderation/comments/{commentId}/history',
    computeTarget: false,
    async prepare(ctx, n) {
      const [id] = await pool(ctx, 'bench-history', 1, 'approved');
      const events = ['received', 'pending', 'approved', 'rejected', 'approved'].map((to, k) => {
        const at = new Date(Date.now() - (10 - k) * 60_000).toISOString();
        const eventId = nextId();
        return {
          ...auditEventKey(id!, at, eventId),
          entity: 'audit',
          eventId,
          commentId: id,
          at,
          actor: { type: k === 0 ? 'author' : 'moderator', id: 'bench' },
          action: k === 0 ? 'post' : 'decide',
          from: k === 0 ? null : 'pending',
          to,
          reason: null,
          version: k + 1,
        };
      });
      await batchWrite(ctx.d, ctx.table, events);
      return Array.from({ length: n }, () =>
        ev('moderation-history', { params: { commentId: id! }, role: 'moderator' }),
      );
    },
    ok: status(200),
  },
  {
    handler: 'moderation-get-article-settings',
    label: 'GET /moderation/articles/{articleId}/settings',
    computeTarget: false,
    async prepare(ctx, n) {
      await approvedArticle(ctx, 'bench-list', 60);
      return Array.from({ length: n }, () =>
        ev(
          'moderation-get-article-settings',
          { params: { articleId: 'bench-list' }, role: 'moderator' },
          'GET',
        ),
      );
    },
    ok: status(200),
  },
  {
    handler: 'moderation-put-article-settings',
    label: 'PUT /moderation/articles/{articleId}/settings',
    computeTarget: false,
    prepare: (_ctx, n) =>
      Promise.resolve(
        Array.from({ length: n }, (_, i) =>
          ev(
            'moderation-put-article-settings',
            {
              params: { articleId: 'bench-settings' },
              body: { mode: i % 2 ? 'post' : 'pre' },
              role: 'moderator',
            },
            'PUT',
          ),
        ),
      ),
    ok: status(200),
  },
  {
    handler: 'moderation-ban-author',
    label: 'POST /moderation/authors/{authorId}/ban',
    computeTarget: false,
    prepare: async (ctx, n) => {
      // A ban names an author who has posted (an id naming nobody is a 404): one comment each.
      await seedComments(
        ctx,
        Array.from({ length: Math.min(n, 100) }, (_, i) => ({
          id: nextId(),
          status: 'approved' as const,
          articleId: `bench-ban${tag}`,
          body: civilBody(800_000 + i),
          authorId: author('banned', i),
        })),
      );
      return Array.from({ length: n }, (_, i) =>
        ev(
          'moderation-ban-author',
          {
            params: { authorId: author('banned', i % 100) },
            body: { reason: 'Spam links' },
            role: 'moderator',
          },
          'POST',
        ),
      );
    },
    ok: status(200),
  },
  {
    handler: 'moderation-unban-author',
    label: 'DELETE /moderation/authors/{authorId}/ban',
    computeTarget: false,
    prepare: (_ctx, n) =>
      Promise.resolve(
        Array.from({ length: n }, (_, i) =>
          ev(
            'moderation-unban-author',
            { params: { authorId: author('banned', i % 100) }, role: 'moderator' },
            'DELETE',
          ),
        ),
      ),
    ok: status(200),
  },
  {
    handler: 'moderation-get-policy',
    label: 'GET /moderation/policy',
    computeTarget: false,
    prepare: (_ctx, n) =>
      Promise.resolve(Array.from({ length: n }, () => ev('moderation-get-policy', { role: 'admin' }, 'GET'))),
    ok: status(200),
  },
  {
    handler: 'moderation-stats',
    label: 'GET /moderation/stats',
    computeTarget: false,
    prepare: (_ctx, n) =>
      Promise.resolve(Array.from({ length: n }, () => ev('moderation-stats', { role: 'moderator' }))),
    ok: status(200),
  },
  ...dueProcessScenarios,
  {
    // Last: it changes the policy every other scenario reads (only a field none of them depends on).
    handler: 'moderation-put-policy',
    label: 'PUT /moderation/policy',
    computeTarget: false,
    prepare: (_ctx, n) =>
      Promise.resolve(
        Array.from({ length: n }, (_, i) =>
          ev('moderation-put-policy', { body: { repeatWindowMinutes: 6 + (i % 2) }, role: 'admin' }, 'PUT'),
        ),
      ),
    ok: status(200),
  },
];
