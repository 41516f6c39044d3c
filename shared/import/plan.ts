/**
 * The import plan: the parsers' records (shared/import/disqus.ts, wordpress.ts), in order, become the
 * comment items a writer stores, or skips with their reasons. Pure and database-free: ids come from the
 * source (shared/import/plan-ids.ts), so a re-run plans the same items and the writer's conditional
 * puts create nothing twice.
 *
 * Memory: besides the summary (bounded), the planner keeps one entry per thread (its article id) and one
 * per planned comment, source id → { id, rootId, status, articleId }, to resolve replies: a compact index
 * in typed arrays (shared/import/plan-index.ts), about 40 bytes per comment (docs/import.md "Memory").
 */
import type { CommentRecord } from '../domain/comment';
import type { DecisionRecord, Evidence } from '../moderation/types';
import { articleIdFor, checkArticleOptions, type ArticleOptions } from './plan-articles';
import {
  IMPORTED_NETWORK_HASH,
  importTimeMs,
  importedAuthorId,
  importedCommentId,
  importedEmailHash,
} from './plan-ids';
import { PlacedCommentIndex, type PlacedComment } from './plan-index';
import {
  DEFAULT_STATUS_MAP,
  holdReasonFor,
  rejectReasonFor,
  skipReasonFor,
  type ImportTarget,
  type StatusMap,
} from './plan-status';
import { toAuthorName, toBody } from './plan-text';
import type { ImportComment, ImportRecord, ImportSource, ImportThread } from './records';

export interface ImportPlannerOptions extends ArticleOptions {
  /** The deployment's keyed hash, e.g. `(v) => keyedHash(secret, v)`: author ids and e-mail hashes. */
  readonly hash: (value: string) => string;
  /** When the import runs: the `decidedAt` of the decisions it records. */
  readonly importedAt: Date;
  /** Source state → Parley status; DEFAULT_STATUS_MAP when absent (`--status-map`). */
  readonly statusMap?: StatusMap;
  /** Store comments as `received`, without a decision, so the moderation pipeline decides (`--moderate`). */
  readonly moderate?: boolean;
  /** A reply whose parent was not imported: skipped (the default), or made a thread of its own. */
  readonly orphans?: 'skip' | 'root';
}

/** One comment to store, with where it came from. */
export interface PlannedComment {
  readonly kind: 'comment';
  readonly source: ImportSource;
  readonly sourceId: string;
  readonly record: CommentRecord;
}

/** An article the import stores comments on (once, at its thread). */
export interface PlannedArticle {
  readonly kind: 'article';
  readonly articleId: string;
  readonly source: ImportSource;
  readonly sourceId: string;
  readonly link: string | null;
  readonly title: string | null;
}

export const SKIP_CODES = [
  'source-record',
  'unknown-thread',
  'unknown-article',
  'status',
  'date',
  'duplicate',
  'parent-not-imported',
  'empty-body',
  'invalid-body',
] as const;
/** Why something was not imported, as a stable code; the reason says it in words. */
export type SkipCode = (typeof SKIP_CODES)[number];

export interface PlannedSkip {
  readonly kind: 'skip';
  readonly source: ImportSource;
  readonly sourceId: string | null;
  readonly code: SkipCode;
  readonly reason: string;
  /** The export line, for records the parser skipped. */
  readonly line?: number;
}

export type PlannedItem = PlannedComment | PlannedArticle | PlannedSkip;

/** How many source ids each skip code keeps as examples in the summary. */
export const SKIP_EXAMPLES = 5;

export interface ImportSummary {
  threads: number;
  threadsWithoutArticle: { count: number; examples: string[] };
  comments: Record<'approved' | 'pending' | 'rejected' | 'received', number>;
  skipped: Partial<
    Record<SkipCode, { count: number; examples: { sourceId: string | null; reason: string }[] }>
  >;
  /** Bodies cut at the length limit. */
  truncatedBodies: number;
  /** Dates that were the source's local time read as UTC (WordPress without a GMT date). */
  assumedUtcDates: number;
  /** Replies planned under a parent that is not approved: readers see them once it is. */
  repliesToUnpublishedParents: number;
}

export interface ImportPlanner {
  /** The items one record becomes, in order: an article for a mapped thread, a comment, or a skip. */
  plan(record: ImportRecord): PlannedItem[];
  /** The counts so far. */
  summary(): ImportSummary;
}

type ThreadArticle = { articleId: string } | { articleId: null; label: string };

/** A planner over one export; throws an ImportOptionError when the options cannot be used. */
export function createImportPlanner(options: ImportPlannerOptions): ImportPlanner {
  checkArticleOptions(options);
  const threads = new Map<string, ThreadArticle>();
  const placed = new PlacedCommentIndex();
  const summary = emptySummary();

  const skip = (item: Omit<PlannedSkip, 'kind'>): PlannedItem[] => {
    countSkip(summary, item);
    return [{ kind: 'skip', ...item }];
  };
  const skipComment = (comment: ImportComment, code: SkipCode, reason: string): PlannedItem[] =>
    skip({ source: comment.source, sourceId: comment.sourceId, code, reason });

  const planThread = (thread: ImportThread): PlannedItem[] => {
    summary.threads++;
    const articleId = articleIdFor(thread, options);
    if (articleId === null) {
      const label = thread.link ?? `${thread.source} thread ${thread.sourceId}`;
      threads.set(thread.sourceId, { articleId: null, label });
      summary.threadsWithoutArticle.count++;
      if (summary.threadsWithoutArticle.examples.length < SKIP_EXAMPLES) {
        summary.threadsWithoutArticle.examples.push(label);
      }
      return [];
    }
    threads.set(thread.sourceId, { articleId });
    const { source, sourceId, link, title } = thread;
    return [{ kind: 'article', articleId, source, sourceId, link, title }];
  };

  const planComment = (comment: ImportComment): PlannedItem[] => {
    const admitted = admit(comment, { threads, placed, statusMap: options.statusMap ?? DEFAULT_STATUS_MAP });
    if (!admitted.ok) return skipComment(comment, admitted.code, admitted.reason);
    const { articleId, target } = admitted;
    const parent = comment.parentSourceId === null ? null : placed.get(comment.parentSourceId);
    const orphan = comment.parentSourceId !== null && (!parent || parent.articleId !== articleId);
    const placedUnder = orphan ? null : (parent ?? null);
    if (orphan && options.orphans !== 'root') {
      return skipComment(comment, 'parent-not-imported', `parent ${comment.parentSourceId} not imported`);
    }
    const body = toBody(comment.body);
    if (!body.ok) {
      return body.empty
        ? skipComment(comment, 'empty-body', 'empty body after conversion')
        : skipComment(comment, 'invalid-body', body.problem);
    }
    const record = buildRecord(comment, {
      options,
      articleId,
      target,
      parent: placedUnder,
      body: body.body,
      notes: notesFor(comment, body.truncatedFrom, orphan),
    });
    placed.add(comment.sourceId, { id: record.id, status: record.status, articleId }, placedUnder);
    countPlanned(summary, record, { truncated: body.truncatedFrom !== null, comment, parent });
    return [{ kind: 'comment', source: comment.source, sourceId: comment.sourceId, record }];
  };

  return {
    plan(record) {
      if (record.kind === 'thread') return planThread(record);
      if (record.kind === 'comment') return planComment(record);
      const { source, sourceId, line, reason } = record;
      return skip({ source, sourceId, code: 'source-record', reason, line });
    },
    summary: () => structuredClone(summary),
  };
}

type Admission =
  | { ok: true; articleId: string; target: Exclude<ImportTarget, 'skip'> }
  | { ok: false; code: SkipCode; reason: string };

/** A comment's article and status, or the first reason not to import it (checked before any work on its body). */
function admit(
  comment: ImportComment,
  known: {
    threads: ReadonlyMap<string, ThreadArticle>;
    placed: Pick<PlacedCommentIndex, 'has'>;
    statusMap: StatusMap;
  },
): Admission {
  const refuse = (code: SkipCode, reason: string): Admission => ({ ok: false, code, reason });
  const thread = known.threads.get(comment.threadSourceId);
  if (thread === undefined)
    return refuse('unknown-thread', `thread ${comment.threadSourceId} not in the export`);
  if (thread.articleId === null) return refuse('unknown-article', `unknown article (${thread.label})`);
  if (known.placed.has(comment.sourceId))
    return refuse('duplicate', `source id ${comment.sourceId} seen twice`);
  const target = known.statusMap[comment.state];
  if (target === 'skip') return refuse('status', skipReasonFor(comment.state));
  if (importTimeMs(comment.createdAt) === null)
    return refuse('date', `date ${comment.createdAt} is before 1970`);
  return { ok: true, articleId: thread.articleId, target };
}

/** Evidence for the decision beyond the source id: what the import changed or assumed. */
function notesFor(comment: ImportComment, truncatedFrom: number | null, orphan: boolean): Evidence[] {
  const notes: Evidence[] = [];
  if (truncatedFrom !== null) {
    notes.push({ kind: 'import', value: 'truncated', detail: `body cut from ${truncatedFrom} characters` });
  }
  if (comment.createdAtAssumedUtc) {
    notes.push({ kind: 'import', value: 'date', detail: 'local time in the source, read as UTC' });
  }
  if (orphan) {
    notes.push({
      kind: 'import',
      value: 'orphan',
      detail: `parent ${comment.parentSourceId} not imported: made a thread`,
    });
  }
  return notes;
}

function buildRecord(
  comment: ImportComment,
  c: {
    options: ImportPlannerOptions;
    articleId: string;
    target: Exclude<ImportTarget, 'skip'>;
    parent: PlacedComment | null;
    body: string;
    notes: Evidence[];
  },
): CommentRecord {
  const id = importedCommentId(comment.source, comment.sourceId, comment.createdAt);
  const { target } = c;
  const record: CommentRecord = {
    entity: 'comment',
    id,
    articleId: c.articleId,
    // A reply keeps its direct parent; its thread is the parent's thread (as a posted reply's is).
    parentId: c.parent?.id ?? null,
    rootId: c.parent?.rootId ?? id,
    authorId: importedAuthorId(c.options.hash, comment.source, {
      email: comment.authorEmail,
      name: comment.authorName,
    }),
    authorName: toAuthorName(comment.authorName),
    networkHash: IMPORTED_NETWORK_HASH,
    body: c.body,
    status: c.options.moderate ? 'received' : target,
    version: 1,
    createdAt: comment.createdAt,
    updatedAt: comment.createdAt,
    editedAt: null,
    replyCount: 0,
    firstReplies: [],
  };
  if (comment.authorEmail !== null) {
    record.authorEmailHash = importedEmailHash(c.options.hash, comment.authorEmail);
  }
  if (!c.options.moderate) {
    record.decision = importDecision(comment, target, c.notes, c.options.importedAt);
    if (target === 'rejected') record.publicReason = rejectReasonFor(comment.state);
  }
  return record;
}

/**
 * The decision an imported comment carries: decided by `import`, one `import` check whose outcome
 * matches the status and whose evidence names the source record, tagged `imported`. No Parley policy
 * decided it: policy version 0.
 */
export function importDecision(
  comment: ImportComment,
  target: Exclude<ImportTarget, 'skip'>,
  notes: readonly Evidence[],
  importedAt: Date,
): DecisionRecord {
  const evidence: Evidence[] = [
    {
      kind: 'import',
      value: comment.source,
      detail: `source id ${comment.sourceId}, ${comment.state} in the source`,
    },
    ...notes,
  ];
  const reason =
    target === 'rejected'
      ? rejectReasonFor(comment.state)
      : target === 'pending'
        ? holdReasonFor(comment.state)
        : null;
  const check: DecisionRecord['checks'][number] =
    reason === null
      ? { check: 'import', outcome: 'pass', evidence }
      : { check: 'import', outcome: target === 'rejected' ? 'reject' : 'hold', reason, evidence };
  return {
    outcome: target,
    decidedBy: 'import',
    reason,
    checks: [check],
    tags: ['imported'],
    decidedAt: importedAt.toISOString(),
    policyVersion: 0,
  };
}

function emptySummary(): ImportSummary {
  return {
    threads: 0,
    threadsWithoutArticle: { count: 0, examples: [] },
    comments: { approved: 0, pending: 0, rejected: 0, received: 0 },
    skipped: {},
    truncatedBodies: 0,
    assumedUtcDates: 0,
    repliesToUnpublishedParents: 0,
  };
}

function countSkip(summary: ImportSummary, skip: Omit<PlannedSkip, 'kind'>): void {
  const entry = (summary.skipped[skip.code] ??= { count: 0, examples: [] });
  entry.count++;
  if (entry.examples.length < SKIP_EXAMPLES)
    entry.examples.push({ sourceId: skip.sourceId, reason: skip.reason });
}

function countPlanned(
  summary: ImportSummary,
  record: CommentRecord,
  c: { truncated: boolean; comment: ImportComment; parent: PlacedComment | null | undefined },
): void {
  const status = record.status as keyof ImportSummary['comments'];
  summary.comments[status]++;
  if (c.truncated) summary.truncatedBodies++;
  if (c.comment.createdAtAssumedUtc) summary.assumedUtcDates++;
  if (record.parentId !== null && c.parent && c.parent.status !== 'approved')
    summary.repliesToUnpublishedParents++;
}
