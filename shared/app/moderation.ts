/**
 * The moderators' use cases: the queue, decisions (single and bulk), history, article settings,
 * bans, the site policy and stats. Every status change goes through `Repository.transition`, so it is
 * conditional on the version read and moves counters and the audit trail in the same transaction.
 */
import {
  toPublicComment,
  type CommentRecord,
  type CommentStatus,
  type HumanDecision,
  type PublicComment,
} from '../domain/comment';
import type {
  ArticleSettingsInput,
  BanInput,
  BulkDecisionInput,
  DecisionInput,
  HistoryQuery,
  PolicyPutInput,
  QueueQuery,
} from '../domain/moderation-schemas';
import {
  CommentNotFoundError,
  InvalidTransitionError,
  ValidationError,
  VersionConflictError,
  DomainError,
} from '../errors';
import { isId, newId } from '../ids';
import { applyPolicyUpdate } from '../moderation/policy';
import type { DecisionRecord } from '../moderation/types';
import { ttdBucketUpper } from '../storage/repository';
import type { Actor, AuditEvent, AuthorRecord } from '../storage/records';
import type { Deps } from './deps';
import { ZodError } from 'zod';

/** The signed-in moderator, from the JWT the authorizer verified. */
export interface Moderator {
  id: string;
  name?: string;
  groups: readonly string[];
}

const actorOf = (m: Moderator): Actor => ({
  type: 'moderator',
  id: m.id,
  ...(m.name ? { name: m.name } : {}),
});

/** What moderators see of a comment: the public fields plus its state and who wrote it. */
export interface ModeratorComment extends PublicComment {
  status: CommentStatus;
  version: number;
  authorId: string;
  updatedAt: string;
  publicReason: string | null;
}

export function toModeratorComment(c: CommentRecord): ModeratorComment {
  return {
    ...toPublicComment(c),
    replyCount: c.parentId === null ? c.replyCount : 0,
    status: c.status,
    version: c.version,
    authorId: c.authorId,
    updatedAt: c.updatedAt,
    publicReason: c.publicReason ?? null,
  };
}

export interface QueueItem {
  comment: ModeratorComment;
  status: CommentStatus;
  version: number;
  articleId: string;
  /** The automatic decision with every check's outcome, score and evidence. */
  decision: DecisionRecord | null;
  humanDecision: HumanDecision | null;
  flags: {
    open: number;
    byReason: Record<string, number>;
    recent: CommentRecord['recentFlags'];
    reported: boolean;
  };
  parent: { id: string; excerpt: string | null } | null;
  author: { id: string; approved: number; rejected: number; banned: boolean };
}

const queueScope = (q: QueueQuery) => `queue:${q.queue}:${q.articleId ?? '*'}:${q.sort}`;

/** One page of a queue: one Query, plus BatchGetItems for the authors' histories and the replies' parents. */
export async function listQueue(
  deps: Deps,
  q: QueueQuery,
): Promise<{ items: QueueItem[]; nextCursor: string | null }> {
  const scope = queueScope(q);
  const afterId = q.cursor === undefined ? undefined : deps.cursors.decode(scope, q.cursor);
  const page = await deps.repo.listQueue(q.queue, {
    articleId: q.articleId,
    limit: q.limit,
    newestFirst: q.sort === 'newest',
    afterId,
  });
  const [authors, parents] = await Promise.all([
    deps.repo.getAuthors(page.items.map((c) => c.authorId)),
    deps.repo.commentBodies(page.items.flatMap((c) => (c.parentId === null ? [] : [c.parentId]))),
  ]);
  return {
    items: page.items.map((c) => toQueueItem(c, authors.get(c.authorId), parents)),
    nextCursor: page.lastId ? deps.cursors.encode(scope, page.lastId) : null,
  };
}

/** How much of the replied-to comment moderators see beside a reply. */
const PARENT_EXCERPT_CHARS = 200;
const excerpt = (text: string | undefined) =>
  text ? [...text].slice(0, PARENT_EXCERPT_CHARS).join('') : null;

function toQueueItem(
  c: CommentRecord,
  author: AuthorRecord | undefined,
  parents: ReadonlyMap<string, string>,
): QueueItem {
  return {
    comment: toModeratorComment(c),
    status: c.status,
    version: c.version,
    articleId: c.articleId,
    decision: c.decision ?? null,
    humanDecision: c.humanDecision ?? null,
    flags: {
      open: c.openFlags ?? 0,
      byReason: c.flagReasons ?? {},
      recent: c.recentFlags ?? [],
      reported: c.reported === true,
    },
    parent: c.parentId === null ? null : { id: c.parentId, excerpt: excerpt(parents.get(c.parentId)) },
    author: {
      id: c.authorId,
      approved: author?.approved ?? 0,
      rejected: author?.rejected ?? 0,
      banned: author?.banned ?? false,
    },
  };
}

async function loadComment(deps: Deps, commentId: string): Promise<CommentRecord> {
  const c = isId(commentId) ? await deps.repo.getComment(commentId, true) : null;
  if (!c) throw new CommentNotFoundError();
  return c;
}

/**
 * Approves or rejects one comment. With `expectedVersion`, a comment that changed since the moderator
 * loaded it is a 409, and the losing attempt is written to the audit trail too.
 */
export async function decide(
  deps: Deps,
  moderator: Moderator,
  commentId: string,
  input: Omit<DecisionInput, 'note'> & { note?: string | undefined },
): Promise<{ comment: ModeratorComment }> {
  const c = await loadComment(deps, commentId);
  const now = deps.now();
  const to: CommentStatus = input.action === 'approve' ? 'approved' : 'rejected';
  if (input.expectedVersion !== undefined && input.expectedVersion !== c.version) {
    await recordConflict(deps, moderator, c, input, now);
    throw new VersionConflictError(
      `The comment is at version ${c.version}, not ${input.expectedVersion}: another decision came first.`,
    );
  }
  if (c.status === 'deleted') throw new InvalidTransitionError('The author deleted this comment.');
  // Approving an approved comment only makes sense to dismiss reader reports; otherwise nothing changes.
  if (c.status === to && !(to === 'approved' && c.reported)) return { comment: toModeratorComment(c) };

  const reason = input.action === 'reject' ? (input.reason ?? 'other') : (input.reason ?? null);
  const humanDecision: HumanDecision = {
    action: input.action,
    by: { id: moderator.id, ...(moderator.name ? { name: moderator.name } : {}) },
    at: now.toISOString(),
    reason,
    ...(input.note ? { note: input.note } : {}),
  };
  try {
    const next = await deps.repo.transition({
      comment: c,
      to,
      now,
      actor: actorOf(moderator),
      action: c.status === to ? 'dismiss_flags' : input.action,
      reason,
      ...(input.note ? { note: input.note } : {}),
      humanDecision,
      clearReport: input.action === 'approve',
      ...(to === 'rejected' ? { publicReason: reason ?? 'other' } : {}),
    });
    return { comment: toModeratorComment(next) };
  } catch (err) {
    if (err instanceof VersionConflictError) {
      await recordConflict(deps, moderator, c, input, now);
      throw new VersionConflictError(
        'Another decision on this comment came first; reload it and decide again.',
      );
    }
    throw err;
  }
}

async function recordConflict(
  deps: Deps,
  moderator: Moderator,
  c: CommentRecord,
  input: { action: string; reason?: string | undefined; note?: string | undefined },
  now: Date,
) {
  const event: AuditEvent = {
    entity: 'audit',
    eventId: newId(now.getTime()),
    commentId: c.id,
    at: now.toISOString(),
    actor: actorOf(moderator),
    action: `${input.action}_refused`,
    from: c.status,
    to: c.status,
    reason: 'version_conflict',
    version: c.version,
    ...(input.note ? { note: input.note } : {}),
  };
  await deps.repo.appendAudit(event);
}

export interface BulkResult {
  commentId: string;
  status: number;
  comment?: ModeratorComment;
  error?: { code: string; message: string };
}

/** Up to 50 decisions, each on its own (one failing does not stop the others), with per-item results. */
export async function decideBulk(deps: Deps, moderator: Moderator, input: BulkDecisionInput) {
  const results: BulkResult[] = [];
  for (const item of input.items) {
    try {
      const { comment } = await decide(deps, moderator, item.commentId, {
        action: input.action,
        reason: input.reason,
        note: input.note,
        expectedVersion: item.expectedVersion,
      });
      results.push({ commentId: item.commentId, status: 200, comment });
    } catch (err) {
      if (!(err instanceof DomainError)) throw err;
      const status = err.code === 'comment_not_found' ? 404 : 409;
      results.push({ commentId: item.commentId, status, error: { code: err.code, message: err.message } });
    }
  }
  return {
    results,
    succeeded: results.filter((r) => r.status === 200).length,
    failed: results.filter((r) => r.status !== 200).length,
  };
}

/** A page of a comment's audit trail, oldest first. */
export async function commentHistory(deps: Deps, commentId: string, q: HistoryQuery = { limit: 50 }) {
  const c = await loadComment(deps, commentId);
  const scope = `history:${c.id}`;
  const afterKey = q.cursor === undefined ? undefined : deps.cursors.decodeKey(scope, q.cursor);
  const page = await deps.repo.history(c.id, { limit: q.limit, afterKey });
  return {
    commentId: c.id,
    status: c.status,
    version: c.version,
    events: page.items.map(({ entity: _e, ...e }) => e),
    nextCursor: page.lastKey ? deps.cursors.encodeKey(scope, page.lastKey) : null,
  };
}

export async function getArticleSettings(deps: Deps, articleId: string) {
  const a = await deps.repo.getArticle(articleId);
  return { articleId, mode: a.mode, closed: a.closed, totalApproved: a.totalApproved };
}

export async function putArticleSettings(deps: Deps, articleId: string, input: ArticleSettingsInput) {
  const a = await deps.repo.putArticleSettings(articleId, input);
  return { articleId, mode: a.mode, closed: a.closed, totalApproved: a.totalApproved };
}

/** How many of a banned author's comments one ban request rejects; the rest follow on a repeat. */
const BAN_BATCH = 100;
/** How many pages of the author's history one ban request reads at most. */
const BAN_SCAN_PAGES = 10;

/**
 * Bans an author: new comments are refused at POST, and queued ones are rejected by the consumer.
 * With `rejectPending`, their pending, received and approved comments are rejected too, in bounded
 * batches: `remaining` says whether repeating the request would find more.
 */
export async function banAuthor(deps: Deps, moderator: Moderator, authorId: string, input: BanInput) {
  const now = deps.now();
  // An anonymous author is a name within a network: their network bucket is banned for a while too,
  // so that typing another name does not undo the ban (the bucket is that of their latest comment).
  let networkBan: { hash: string; until: number } | undefined;
  if (input.networkHours > 0) {
    const latest = (await deps.repo.commentsByAuthor(authorId, { limit: 1 })).items[0];
    if (latest) {
      networkBan = {
        hash: latest.networkHash,
        until: Math.floor(now.getTime() / 1000) + input.networkHours * 3600,
      };
      await deps.repo.setNetworkBan(networkBan.hash, networkBan.until);
    }
  }
  const author = await deps.repo.setBan(authorId, {
    banned: true,
    reason: input.reason,
    by: actorOf(moderator),
    at: now,
    ...(networkBan ? { networkBan } : {}),
  });
  let rejected = 0;
  let remaining = false;
  if (input.rejectPending) {
    // Newest first, a page at a time, until BAN_BATCH comments are rejected or BAN_SCAN_PAGES pages are
    // read; a repeat starts from the newest again and passes over what earlier calls rejected.
    let afterId: string | undefined;
    let more = true;
    for (let pages = 0; more && pages < BAN_SCAN_PAGES && rejected < BAN_BATCH; pages++) {
      const page = await deps.repo.commentsByAuthor(authorId, { limit: BAN_BATCH - rejected, afterId });
      for (const c of page.items) {
        if (c.status !== 'pending' && c.status !== 'received' && c.status !== 'approved') continue;
        try {
          await deps.repo.transition({
            comment: c,
            to: 'rejected',
            now,
            actor: actorOf(moderator),
            action: 'reject',
            reason: 'abuse',
            note: `Author banned: ${input.reason}`,
            publicReason: 'abuse',
          });
          rejected++;
        } catch (err) {
          // Decided by someone else meanwhile: the ban still stands, the comment is theirs.
          if (!(err instanceof VersionConflictError)) throw err;
        }
      }
      more = page.lastId !== null;
      afterId = page.lastId ?? undefined;
    }
    remaining = more;
  }
  return { author: publicAuthor(author), rejected, remaining };
}

export async function unbanAuthor(deps: Deps, moderator: Moderator, authorId: string) {
  const before = await deps.repo.getAuthor(authorId, true);
  if (before.networkBan) await deps.repo.setNetworkBan(before.networkBan.hash, null);
  const author = await deps.repo.setBan(authorId, { banned: false, by: actorOf(moderator), at: deps.now() });
  return { author: publicAuthor(author) };
}

const publicAuthor = (a: AuthorRecord) => ({
  id: a.authorId,
  approved: a.approved,
  rejected: a.rejected,
  banned: a.banned,
  banReason: a.banReason ?? null,
  networkBannedUntil: a.networkBan ? new Date(a.networkBan.until * 1000).toISOString() : null,
});

export async function getPolicy(deps: Deps) {
  return deps.policies.read();
}

/** Merges an admin's partial update over the current policy, validates the whole, stores a new version. */
export async function putPolicy(deps: Deps, moderator: Moderator, input: PolicyPutInput) {
  const policies = deps.policies;
  const { expectedVersion, ...update } = input;
  const current = await policies.read();
  if (expectedVersion !== undefined && expectedVersion !== current.policy.version) {
    throw new VersionConflictError(
      `The policy is at version ${current.policy.version}, not ${expectedVersion}.`,
    );
  }
  let next;
  try {
    next = applyPolicyUpdate(current.policy, update);
  } catch (err) {
    if (err instanceof ZodError) {
      throw new ValidationError(
        err.issues.map((i) => ({ path: i.path.join('.') || 'policy', message: i.message })),
      );
    }
    throw err;
  }
  return policies.write(
    next,
    { id: moderator.id, ...(moderator.name ? { name: moderator.name } : {}) },
    deps.now(),
  );
}

/** An hour key (`yyyy-mm-ddThh`), as the decision statistics are kept. */
const hourOf = (t: number) => new Date(t).toISOString().slice(0, 13);

/** Queue sizes, the oldest pending comment's age, and human decisions over the last 24 h. */
export async function moderationStats(deps: Deps) {
  const now = deps.now();
  const [queues, oldest, hours] = await Promise.all([
    deps.repo.queueSizes(),
    deps.repo.oldestIn('pending'),
    // The last 24 hours: the 24 before the current one and the current one so far.
    deps.repo.decisionStatsBetween(hourOf(now.getTime() - 24 * 3600_000), hourOf(now.getTime())),
  ]);
  const histogram = new Map<number, number>();
  let decisions = 0;
  let approved = 0;
  let rejected = 0;
  for (const h of hours) {
    decisions += h.decisions ?? 0;
    approved += h.approved ?? 0;
    rejected += h.rejected ?? 0;
    for (const [k, v] of Object.entries(h)) {
      const m = /^ttd(\d+)$/.exec(k);
      if (m) histogram.set(Number(m[1]), (histogram.get(Number(m[1])) ?? 0) + v);
    }
  }
  const samples = [...histogram.values()].reduce((a, b) => a + b, 0);
  const percentile = (p: number): number | null => {
    if (samples === 0) return null;
    let seen = 0;
    for (const b of [...histogram.keys()].sort((x, y) => x - y)) {
      seen += histogram.get(b) ?? 0;
      if (seen >= p * samples) return ttdBucketUpper(b);
    }
    return null;
  };
  return {
    generatedAt: now.toISOString(),
    queues,
    oldestPendingAgeSeconds: oldest
      ? Math.max(0, Math.round((now.getTime() - Date.parse(oldest.createdAt)) / 1000))
      : null,
    last24h: {
      decisions,
      approved,
      rejected,
      timeToDecision: { samples, p50Seconds: percentile(0.5), p95Seconds: percentile(0.95) },
    },
  };
}
