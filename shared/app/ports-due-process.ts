/**
 * The due-process ports (EU DSA): notices and their decisions, appeals, trusted flaggers, and repeat abuse
 * with its suspension proposals. Part of `Storage` (`ports.ts` re-exports them), in a file of their own.
 */
import type { CommentRecord } from '../domain/comment';
import type { AuditEvent, TransitionInput } from '../domain/lifecycle';
import type { AppealDecision, AppealRecord } from '../domain/appeal';
import type { NoticeDecision, NoticeRecord } from '../domain/notice';
import type { TrustedFlaggerRecord } from '../domain/trusted-flagger';
import type { AbuseRecord, AbuseSubject } from '../domain/repeat-abuse';
import type { SuspensionDecision, SuspensionEvent, SuspensionProposal } from '../domain/suspension';
import type { OpenItemsQuery, Page } from './ports';

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
  /**
   * Stores a new notice, in the open notices' queue, with the mark that `sender` sent it, in place of the
   * mark of `replaces` (the sender's earlier notice, decided): NoticeExistsError when the mark found is
   * another's.
   */
  createNotice(notice: NoticeRecord, sender: string, replaces?: string): Promise<void>;
  /** The id of the latest notice `sender` sent about the comment; null: none. */
  noticeSentBy(commentId: string, sender: string): Promise<string | null>;
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
