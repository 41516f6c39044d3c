/**
 * What the use cases need from storage, one port per aggregate. The DynamoDB stores in `shared/storage/`
 * implement them (`Repository` gathers them behind `Deps.repo`), and so does the in-memory storage the
 * use-case tests run on (tests/support/memory/).
 */
import type { TextRecord, TextRejection } from '../domain/copied-text';
import type { CommentRecord, QueueName } from '../domain/comment';
import type { Actor, AuditEvent, ForgetInput, PurgeInput, TransitionInput } from '../domain/lifecycle';
import type { StatementEntry } from '../domain/dsa-statement';
import type { FlagInputRecord } from '../domain/flagging';
import type { AbuseRecord } from '../domain/repeat-abuse';
import type { AuthorFact } from '../domain/personal-data';
import type { Policy } from '../moderation/policy';
import type { StoredPolicy } from '../storage/policy-store';
import type { RateKind } from '../storage/keys';
import type { ArticleRecord, AuthorRecord, IdempotencyRecord } from '../storage/records';

export type { RateKind };
import type { AppealsPort, NoticesPort, SuspensionsPort, TrustedFlaggersPort } from './ports-due-process';

// The due-process ports and their writes, part of `Storage`, in a file of their own.
export type * from './ports-due-process';

/** A page of records and the id of its last item when more follow. */
export interface Page<T> {
  items: T[];
  /** Id of the last item returned, when more items follow. */
  lastId: string | null;
}

/** A page of an item queue (notices, appeals) as asked: site-wide or one article's, by time of receipt. */
export interface OpenItemsQuery {
  articleId?: string | undefined;
  limit: number;
  newestFirst: boolean;
  afterId?: string | undefined;
}

/** What the author index keeps of a comment (AUTHOR_HISTORY_ATTRIBUTES). */
export type AuthorHistoryEntry = Pick<CommentRecord, 'id' | 'body' | 'createdAt'>;

/** The answer to store for a claimed Idempotency-Key, written with the comment it created. */
export interface IdempotentAnswer {
  hashedKey: string;
  requestHash: string;
  statusCode: number;
  responseBody: string;
  expiresAt: number;
}

export interface CommentsPort {
  /** A comment by id, or null. */
  getComment(id: string, consistent?: boolean): Promise<CommentRecord | null>;
  /** Stores a new comment; with a claimed idempotency key, completes the claim in the same write. */
  createComment(comment: CommentRecord, idempotency?: IdempotentAnswer): Promise<void>;
  /** Up to 100 comments by id, in one read (absent ones are left out). */
  getComments(ids: readonly string[]): Promise<Map<string, CommentRecord>>;
  /** The current text of up to 100 comments (absent ones are left out). */
  commentBodies(ids: readonly string[]): Promise<Map<string, string>>;
  /** One page of an article's approved threads (root comments carrying their first replies). */
  listThreads(
    articleId: string,
    opts: { limit: number; newestFirst: boolean; afterId?: string | undefined },
  ): Promise<Page<CommentRecord>>;
  /** One page of a thread's approved replies, oldest first. */
  listReplies(
    rootId: string,
    opts: { limit: number; afterId?: string | undefined },
  ): Promise<Page<CommentRecord>>;
  /** An author's comments, newest first. */
  commentsByAuthor(
    authorId: string,
    opts: { limit: number; afterId?: string | undefined },
  ): Promise<Page<CommentRecord>>;
  /** The texts and times of an author's latest comments, newest first. */
  recentTextsByAuthor(authorId: string, limit: number): Promise<AuthorHistoryEntry[]>;
  /** Moves a comment as lifecycle.ts says, with counters and audit event, in one write (or a conflict). */
  transition(input: TransitionInput): Promise<CommentRecord>;
  /** Erases the moderators' and readers' notes kept beside a deleted comment; how many were erased. */
  eraseNotes(commentId: string): Promise<number>;
  /**
   * Deletes a rejected comment past the retention period (`applyPurge`) with its queue counter and audit
   * event in one write, and erases the notes kept beside it; VersionConflictError when it is no longer at
   * the status and version it was read at (approved on appeal, edited, deleted).
   */
  purge(input: PurgeInput): Promise<void>;
  /**
   * Erases what a deleted comment still keeps of the person (`applyForget`), with its audit event; null
   * when nothing was left. VersionConflictError when the comment changed since it was read.
   */
  forget(input: ForgetInput): Promise<CommentRecord | null>;
  /** The comments whose `authorTokenHash` is one of `hashes` (the token index; eventually consistent). */
  commentsByTokenHash(hashes: readonly string[]): Promise<CommentRecord[]>;
}

/** Comments found by a bounded part of a full read, and where the next part starts (null: the end). */
export interface EmailHashMatches {
  matches: { commentId: string; authorId: string }[];
  nextKey: string | null;
}

export interface CommentSearchPort {
  /**
   * Comments whose `authorEmailHash` is `hash`, reading at most `maxPages` pages of the whole table from
   * after `afterKey` (an erasure request that names only an e-mail address; no index serves it).
   */
  commentsWithEmailHash(
    hash: string,
    opts: { afterKey?: string | undefined; maxPages: number },
  ): Promise<EmailHashMatches>;
}

export interface ArticlesPort {
  /** Settings and counters; an article nobody has touched yet is open and inherits the site mode. */
  getArticle(articleId: string): Promise<ArticleRecord>;
  putArticleSettings(
    articleId: string,
    settings: { mode?: 'pre' | 'post' | null | undefined; closed?: boolean | undefined },
  ): Promise<ArticleRecord>;
  /** Approved-comment counts for up to 100 articles. */
  countApproved(articleIds: readonly string[]): Promise<Record<string, number>>;
}

export interface BanChange {
  banned: boolean;
  reason?: string;
  by: Actor;
  at: Date;
  networkBan?: { hash: string; until: number };
}

export interface AuthorsPort {
  /** An author's history and ban; an unknown author has a clean record. */
  getAuthor(authorId: string, consistent?: boolean): Promise<AuthorRecord>;
  getAuthors(authorIds: readonly string[]): Promise<Map<string, AuthorRecord>>;
  setBan(authorId: string, ban: BanChange): Promise<AuthorRecord>;
  /**
   * Lifts an author's ban (`setBan` with `banned: false`) and answers the network ban the record held at
   * that very write, which a ban placed meanwhile may have added since the caller read it.
   */
  liftBan(
    authorId: string,
    change: Omit<BanChange, 'banned'>,
  ): Promise<{ author: AuthorRecord; networkBan: AuthorRecord['networkBan'] }>;
  /** Bans a network bucket until `until` (epoch seconds), or lifts its ban. */
  setNetworkBan(networkHash: string, until: number | null): Promise<void>;
}

/** Which page of a moderation queue to read (`ModerationQueuePort.listQueue`). */
export interface QueuePageQuery {
  articleId?: string | undefined;
  limit: number;
  newestFirst: boolean;
  afterId?: string | undefined;
  postedBefore?: Date | undefined;
}

export interface ModerationQueuePort {
  /**
   * One page of a moderation queue, site-wide or for one article, by time of posting; with
   * `postedBefore`, only comments posted before then (an idle site's retention run reads nothing).
   */
  listQueue(queue: QueueName, opts: QueuePageQuery): Promise<Page<CommentRecord>>;
  oldestIn(queue: QueueName): Promise<CommentRecord | null>;
  queueSizes(): Promise<Record<QueueName, number>>;
}

export type ClaimResult = { claimed: true } | { claimed: false; existing: IdempotencyRecord | null };

export interface IdempotencyPort {
  /** Claims a key: `claimed`, or the live record already there (null if it just vanished). */
  claimIdempotencyKey(hashedKey: string, record: IdempotencyRecord, now: Date): Promise<ClaimResult>;
  /** Gives up a claim whose request failed, so a retry is evaluated afresh. */
  releaseIdempotencyKey(hashedKey: string, requestHash: string): Promise<void>;
  getIdempotencyRecord(hashedKey: string, now: Date): Promise<IdempotencyRecord | null>;
}

export interface RateLimitsPort {
  requestsThisMinute(kind: RateKind, subject: string, now: Date): Promise<number>;
  /** Counts one request; the seconds until the window ends when the limit was already reached, else null. */
  hitRateLimit(kind: RateKind, subject: string, limit: number, now: Date): Promise<number | null>;
  /** Takes back one request `hitRateLimit` counted at `now`. */
  releaseRateLimit(kind: RateKind, subject: string, now: Date): Promise<void>;
  /** Requests over the last `minutes` one-minute windows, the current one included. */
  recentRequests(kind: RateKind, subject: string, minutes: number, now: Date): Promise<number>;
}

/** Copied-text records (shared/domain/copied-text.ts): read; a post counted; a rejection marked or cleared. */
export interface TextsPort {
  textRecord(fingerprint: string): Promise<TextRecord | null>;
  noteText(fingerprint: string, post: { authorTag: string; articleId: string; now: Date }): Promise<void>;
  markText(fingerprint: string, rejection: TextRejection | null, now: Date): Promise<void>;
}

export interface FlagsPort {
  /** Records one reader flag; null when this reporter already flagged the comment. */
  addFlag(commentId: string, flag: FlagInputRecord, threshold: number): Promise<CommentRecord | null>;
}

export interface AuditPort {
  /** Appends an audit event that records no transition (e.g. a refused decision). */
  appendAudit(event: AuditEvent): Promise<void>;
  /** Appends an audit fact about an author's data as a whole (exported, looked up, erased). */
  appendAuthorFact(fact: AuthorFact): Promise<void>;
  /** The events written at `at` exactly on a comment's trail (a move and what went with it). */
  eventsAt(commentId: string, at: string): Promise<AuditEvent[]>;
  /** A page of a comment's audit events, oldest first, and the sort key to continue after. */
  history(
    commentId: string,
    opts?: { limit: number; afterKey?: string | undefined },
  ): Promise<{ items: AuditEvent[]; lastKey: string | null }>;
}

export interface DecisionStatsPort {
  /** The counters of the hours from `firstHour` to `lastHour` (`yyyy-mm-ddThh`), both included. */
  decisionStatsBetween(firstHour: string, lastHour: string): Promise<Record<string, number>[]>;
}

export interface TransparencyPort {
  /** Every counter item of the days `from` to `to` (`yyyy-mm-dd`, UTC, both included), in any order. */
  transparencyDays(from: string, to: string): Promise<Record<string, number>[]>;
  /**
   * Up to `limit` entries of the statements of reasons issued on the days `from` to `to`, in the order of
   * decision, after the key `afterKey`; `lastKey` resumes after the page when more follow.
   */
  statementEntries(
    from: string,
    to: string,
    opts: { limit: number; afterKey?: string | undefined },
  ): Promise<{ items: StatementEntry[]; lastKey: string | null }>;
}

/**
 * Whether the article and the writer are open to new text: what a post and an author's edit are both
 * refused on (closed article, banned author, banned network bucket, suspended author).
 */
export interface Standing {
  article: ArticleRecord;
  author: AuthorRecord;
  /** The writer's network bucket (the request's, not the comment's) is under a time-limited ban. */
  networkBanned: boolean;
  /** The author's repeat-abuse record (Art. 23): a running suspension refuses a post and an edit. */
  authorAbuse: AbuseRecord;
}

/** Everything a POST is accepted or refused on, read together. */
export interface PostContext extends Standing {
  /** Requests already counted this minute for the author and the network bucket. */
  requests: { author: number; network: number };
  /** The Idempotency-Key's live record, when one was asked for and exists. */
  idempotency: IdempotencyRecord | null;
  parent: CommentRecord | null;
}

export interface PostContextPort {
  /** Every read a POST's refusals are decided on, in one round trip, before anything is written. */
  getPostContext(q: {
    articleId: string;
    authorId: string;
    networkHash: string;
    parentId: string | null;
    now: Date;
    idempotencyKey?: string | undefined;
  }): Promise<PostContext>;
  /** The standing an author's edit is refused on, in one round trip, before anything is written. */
  getStanding(q: { articleId: string; authorId: string; networkHash: string; now: Date }): Promise<Standing>;
}

/** Every storage port: what `Deps.repo` provides. */
export type Storage = CommentsPort &
  ArticlesPort &
  AuthorsPort &
  ModerationQueuePort &
  IdempotencyPort &
  RateLimitsPort &
  TextsPort &
  FlagsPort &
  NoticesPort &
  TrustedFlaggersPort &
  AppealsPort &
  SuspensionsPort &
  AuditPort &
  DecisionStatsPort &
  TransparencyPort &
  PostContextPort &
  CommentSearchPort;

/** The site policy: cached for checks, read fresh and written (conditionally) by admins. */
export interface PoliciesPort {
  get(): Promise<Policy>;
  read(): Promise<StoredPolicy>;
  write(policy: Policy, by: { id: string; name?: string }, now: Date): Promise<StoredPolicy>;
}
