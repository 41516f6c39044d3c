/**
 * What the use cases need from storage, one port per aggregate. The DynamoDB stores in `shared/storage/`
 * implement them (`Repository` gathers them behind `Deps.repo`), and so does the in-memory storage the
 * use-case tests run on (tests/support/memory/).
 */
import type { TextRecord, TextRejection } from '../domain/copied-text';
import type { CommentRecord, QueueName } from '../domain/comment';
import type { Actor, AuditEvent, ForgetInput, PurgeInput, TransitionInput } from '../domain/lifecycle';
import type { StatementEntry } from '../domain/dsa-statement';
import type { AppealDecision, AppealRecord } from '../domain/appeal';
import type { FlagInputRecord } from '../domain/flagging';
import type { NoticeDecision, NoticeRecord } from '../domain/notice';
import type { TrustedFlaggerRecord } from '../domain/trusted-flagger';
import type { AbuseRecord, AbuseSubject } from '../domain/repeat-abuse';
import type { SuspensionDecision, SuspensionEvent, SuspensionProposal } from '../domain/suspension';
import type { AuthorFact } from '../domain/personal-data';
import type { Policy } from '../moderation/policy';
import type { StoredPolicy } from '../storage/policy-store';
import type { RateKind } from '../storage/keys';
import type { ArticleRecord, AuthorRecord, IdempotencyRecord } from '../storage/records';

export type { RateKind };

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
  /** Bans a network bucket until `until` (epoch seconds), or lifts its ban. */
  setNetworkBan(networkHash: string, until: number | null): Promise<void>;
}

export interface ModerationQueuePort {
  /**
   * One page of a moderation queue, site-wide or for one article, by time of posting; with
   * `postedBefore`, only comments posted before then (an idle site's retention run reads nothing).
   */
  listQueue(
    queue: QueueName,
    opts: {
      articleId?: string | undefined;
      limit: number;
      newestFirst: boolean;
      afterId?: string | undefined;
      postedBefore?: Date | undefined;
    },
  ): Promise<Page<CommentRecord>>;
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

/** Trusted flaggers (EU DSA Art. 22) and the look-up of one by its token's hash. */
export interface TrustedFlaggersPort {
  /** Stores a new flagger with its token's look-up. */
  createTrustedFlagger(flagger: TrustedFlaggerRecord): Promise<void>;
  getTrustedFlagger(id: string, consistent?: boolean): Promise<TrustedFlaggerRecord | null>;
  /** Every registered flagger, revoked ones too, by time of registration. */
  listTrustedFlaggers(): Promise<TrustedFlaggerRecord[]>;
  /** The flagger whose token hashes to `tokenHash`, revoked or not; null when none. */
  trustedFlaggerByTokenHash(tokenHash: string): Promise<TrustedFlaggerRecord | null>;
  /** Revokes once (later calls change nothing) and erases the contact details; null when unknown. */
  revokeTrustedFlagger(id: string, at: string): Promise<TrustedFlaggerRecord | null>;
}

/**
 * A person's repeat-abuse record after a decision that counts (`shared/domain/repeat-abuse.ts`), written in
 * that decision's transaction on the version read: VersionConflictError when it changed meanwhile.
 */
export interface AbuseWrite {
  /** The record's version as read (0: none yet). */
  readVersion: number;
  next: AbuseRecord;
  /** The suspension proposal the count opened, with its event. */
  opened?: { proposal: SuspensionProposal; event: SuspensionEvent };
}

/** A notice's decision as one write: the notice closed, and the comment's move or an audit event. */
export interface NoticeDecisionWrite {
  /** The notice as read (still `received`). */
  notice: NoticeRecord;
  decision: NoticeDecision;
  /** `remove` of a comment that can still be rejected: its move (the comment at the version read). */
  transition?: TransitionInput;
  /** Otherwise (`keep`, or a comment already rejected or gone): the event on the comment's trail. */
  audit?: AuditEvent;
  /** The strike the decision counts against the comment's author or the notifier (Art. 23). */
  abuse?: AbuseWrite[];
}

export interface NoticesPort {
  /** Stores a new notice, in the open notices' queue. */
  createNotice(notice: NoticeRecord): Promise<void>;
  getNotice(id: string, consistent?: boolean): Promise<NoticeRecord | null>;
  /** One page of open notices, site-wide or on one article's comments, by time of receipt. */
  listOpenNotices(opts: OpenItemsQuery): Promise<Page<NoticeRecord>>;
  /** How many notices are open, site-wide (the notices queue's size). */
  countOpenNotices(): Promise<number>;
  /**
   * Closes a notice with its decision and, in the same transaction, moves the comment or appends the
   * audit event: NoticeAlreadyDecidedError when the notice is no longer open, VersionConflictError when
   * the comment is no longer at the status and version it was read at.
   */
  decideNotice(write: NoticeDecisionWrite): Promise<{ notice: NoticeRecord; comment: CommentRecord | null }>;
}

/** An appeal's decision as one write: the appeal closed, the comment's move if any, the audit events. */
export interface AppealDecisionWrite {
  /** The appeal as read (still `received`). */
  appeal: AppealRecord;
  decision: AppealDecision;
  /** A reversal that restores or removes the comment: its move (the comment at the version read). */
  transition?: TransitionInput;
  /** `appeal_decided` on the comment's trail (after the move's own event, when there is one). */
  audit: AuditEvent;
  /** A strike the reversal takes back (Art. 23): the decision that counted it is undone. */
  abuse?: AbuseWrite[];
}

/** A proposal's decision as one write: the proposal closed, the person's record, the event and counters. */
export interface SuspensionDecisionWrite {
  /** The proposal as read (still open). */
  proposal: SuspensionProposal;
  decision: SuspensionDecision;
  record: AbuseWrite;
  event: SuspensionEvent;
}

/** Repeat abuse (EU DSA Art. 23): people's records and the suspension proposals about them. */
export interface SuspensionsPort {
  /** A person's record; one never written has no strikes and version 0. */
  getAbuseRecord(subject: AbuseSubject, consistent?: boolean): Promise<AbuseRecord>;
  /** Up to 100 people's records in one read, in the order asked. */
  getAbuseRecords(subjects: readonly AbuseSubject[]): Promise<AbuseRecord[]>;
  getSuspension(id: string, consistent?: boolean): Promise<SuspensionProposal | null>;
  /** One page of open proposals (site-wide), by time of proposal. */
  listOpenSuspensions(opts: OpenItemsQuery): Promise<Page<SuspensionProposal>>;
  /** How many proposals are open (the suspensions queue's size). */
  countOpenSuspensions(): Promise<number>;
  /** A proposal's events, oldest first. */
  suspensionEvents(id: string): Promise<SuspensionEvent[]>;
  /**
   * Closes a proposal with its decision and, in the same transaction, writes the person's record, the
   * event and the day's counters: SuspensionAlreadyDecidedError when it is no longer open,
   * VersionConflictError when the record changed since it was read.
   */
  decideSuspension(write: SuspensionDecisionWrite): Promise<SuspensionProposal>;
}

export interface AppealsPort {
  /**
   * Stores a new appeal, in the open appeals' queue, with the marker of the decision it contests and its
   * `appeal_received` event, in one transaction: AppealExistsError when that decision was appealed before.
   */
  createAppeal(appeal: AppealRecord, received: AuditEvent): Promise<void>;
  getAppeal(id: string, consistent?: boolean): Promise<AppealRecord | null>;
  /** The author's appeals of the comment's rejections, oldest first (one per rejection appealed). */
  authorAppeals(commentId: string): Promise<AppealRecord[]>;
  /** The notifier's appeal of the notice's decision, or null. */
  noticeAppeal(noticeId: string): Promise<AppealRecord | null>;
  /** One page of open appeals, site-wide or on one article's comments, by time of receipt. */
  listOpenAppeals(opts: OpenItemsQuery): Promise<Page<AppealRecord>>;
  /** How many appeals are open, site-wide (the appeals queue's size). */
  countOpenAppeals(): Promise<number>;
  /**
   * Closes an appeal with its decision and, in the same transaction, moves the comment and appends the
   * audit event: AppealAlreadyDecidedError when the appeal is no longer open, VersionConflictError when
   * the comment is no longer at the status and version it was read at.
   */
  decideAppeal(write: AppealDecisionWrite): Promise<{ appeal: AppealRecord; comment: CommentRecord | null }>;
  /** Erases the texts of the author's appeals of a comment (explanation, the reviewer's note); how many. */
  eraseAuthorAppeals(commentId: string, now: Date): Promise<number>;
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
 * refused on (closed article, banned author, banned network bucket).
 */
export interface Standing {
  article: ArticleRecord;
  author: AuthorRecord;
  /** The writer's network bucket (the request's, not the comment's) is under a time-limited ban. */
  networkBanned: boolean;
}

/** Everything a POST is accepted or refused on, read together. */
export interface PostContext extends Standing {
  /** The author's repeat-abuse record (Art. 23): a running suspension refuses the post. */
  authorAbuse: AbuseRecord;
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
