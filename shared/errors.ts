/**
 * Domain errors carry a stable snake_case `code`; `functions/lib/errors.ts` maps each code to an HTTP
 * status in one table, typed `Record<ErrorCode, number>`, so a code without a status does not compile.
 * Nothing here knows about HTTP.
 */
export const ERROR_CODES = [
  'validation_failed',
  'author_token_required',
  'invalid_author_token',
  'edit_window_closed',
  'comments_closed',
  'author_banned',
  'forbidden',
  'comment_not_found',
  'parent_not_found',
  'author_not_found',
  'idempotency_key_reused',
  'idempotency_in_progress',
  'version_conflict',
  'invalid_transition',
  'already_flagged',
  'notice_not_found',
  'invalid_notice_token',
  'notice_already_decided',
  'notice_exists',
  'appeal_not_found',
  'not_appealable',
  'appeal_window_closed',
  'appeal_exists',
  'appeal_already_decided',
  'same_decider',
  'trusted_flagger_not_found',
  'invalid_flagger_token',
  'author_suspended',
  'notifier_suspended',
  'suspension_not_found',
  'suspension_already_decided',
  'warning_required',
  'payload_too_large',
  'unsupported_media_type',
  'rate_limited',
  'busy',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorDetail {
  path: string;
  message: string;
}

export class DomainError extends Error {
  /** Fields the error body carries beside `code`, `message` and `details` (a suspension's end and statement). */
  extra?: Readonly<Record<string, unknown>>;
  /** When the same request may be sent again, in seconds (answered as `Retry-After`); absent: not so. */
  readonly retryAfterSeconds?: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: ErrorDetail[],
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class ValidationError extends DomainError {
  constructor(details: ErrorDetail[], message = 'The request is not valid.') {
    super('validation_failed', message, details);
  }
}
export class PayloadTooLargeError extends DomainError {
  constructor(limit: number) {
    super('payload_too_large', `The request body is larger than ${limit} bytes.`);
  }
}
export class UnsupportedMediaTypeError extends DomainError {
  constructor(message = 'Send the request body as application/json.') {
    super('unsupported_media_type', message);
  }
}
export class CommentsClosedError extends DomainError {
  constructor() {
    super('comments_closed', 'Comments are closed on this article.');
  }
}
export class AuthorBannedError extends DomainError {
  constructor() {
    super('author_banned', 'This author may not post or edit comments.');
  }
}
export class ParentNotFoundError extends DomainError {
  constructor() {
    super('parent_not_found', 'The comment you are replying to does not exist or is not published.');
  }
}
/** No comment was ever posted under this author id, and no ban or history was recorded for it. */
export class AuthorNotFoundError extends DomainError {
  constructor() {
    super('author_not_found', 'No such author.');
  }
}
export class CommentNotFoundError extends DomainError {
  constructor(message = 'No such comment.') {
    super('comment_not_found', message);
  }
}
export class InvalidAuthorTokenError extends DomainError {
  constructor(message = 'The author token does not match this comment.') {
    super('invalid_author_token', message);
  }
}
export class IdempotencyKeyReusedError extends DomainError {
  constructor() {
    super('idempotency_key_reused', 'This Idempotency-Key was already used with a different request.');
  }
}
export class IdempotencyInProgressError extends DomainError {
  constructor() {
    super('idempotency_in_progress', 'A request with this Idempotency-Key is still being processed; retry.');
  }
}
export class VersionConflictError extends DomainError {
  constructor(message = 'The comment changed since you loaded it.') {
    super('version_conflict', message);
  }
}
/**
 * Many requests changed the same record at once and this one lost every retry of the contention policy
 * (shared/storage/dynamo.ts): nothing was written, and the same request sent again is likely to land.
 */
export class BusyError extends DomainError {
  override readonly retryAfterSeconds = 1;
  constructor() {
    super('busy', 'Many requests changed this record at the same moment; nothing was saved. Try again.');
  }
}
export class RateLimitedError extends DomainError {
  constructor(override readonly retryAfterSeconds: number) {
    super('rate_limited', 'Too many requests; try again later.');
  }
}
export class ForbiddenError extends DomainError {
  constructor(message = 'You are not allowed to do this.') {
    super('forbidden', message);
  }
}
export class InvalidTransitionError extends DomainError {
  constructor(message: string) {
    super('invalid_transition', message);
  }
}
export class AlreadyFlaggedError extends DomainError {
  constructor() {
    super('already_flagged', 'You have already reported this comment.');
  }
}
export class AuthorTokenRequiredError extends DomainError {
  constructor() {
    super(
      'author_token_required',
      'Send the author token you got when posting, in the X-Author-Token header.',
    );
  }
}
export class EditWindowClosedError extends DomainError {
  constructor() {
    super('edit_window_closed', 'The time to edit this comment has passed.');
  }
}
export class NoticeNotFoundError extends DomainError {
  constructor() {
    super('notice_not_found', 'No such notice.');
  }
}
export class TrustedFlaggerNotFoundError extends DomainError {
  constructor() {
    super('trusted_flagger_not_found', 'No such trusted flagger.');
  }
}
/** A flagger token that opens no flagger, or a revoked one's: refused, never taken as an ordinary sender. */
export class InvalidFlaggerTokenError extends DomainError {
  constructor() {
    super(
      'invalid_flagger_token',
      'The X-Flagger-Token is not a registered trusted flagger’s, or the flagger was revoked: leave it out to send as anyone.',
    );
  }
}
export class InvalidNoticeTokenError extends DomainError {
  constructor() {
    super(
      'invalid_notice_token',
      'Send the notice token you got when submitting the notice, in the X-Notice-Token header.',
    );
  }
}
export class NoticeAlreadyDecidedError extends DomainError {
  constructor() {
    super('notice_already_decided', 'This notice has already been decided.');
  }
}
export class AppealNotFoundError extends DomainError {
  constructor() {
    super('appeal_not_found', 'No such appeal.');
  }
}
export class NotAppealableError extends DomainError {
  constructor(message = 'There is no decision here to appeal.') {
    super('not_appealable', message);
  }
}
export class AppealWindowClosedError extends DomainError {
  constructor(until: string) {
    super('appeal_window_closed', `The time to appeal this decision ended on ${until}.`);
  }
}
/** The same notifier (or, for an anonymous notice, the same network) has a notice about this comment open. */
export class NoticeExistsError extends DomainError {
  constructor() {
    super(
      'notice_exists',
      'Your notice about this comment is still being reviewed; its notice token shows how it stands.',
    );
  }
}
export class AppealExistsError extends DomainError {
  constructor() {
    super('appeal_exists', 'This decision has already been appealed; an appeal is heard once.');
  }
}
export class AppealAlreadyDecidedError extends DomainError {
  constructor(withdrawn = false) {
    super(
      'appeal_already_decided',
      withdrawn
        ? 'This appeal was withdrawn: its author deleted the comment.'
        : 'This appeal has already been decided.',
    );
  }
}
export class SameDeciderError extends DomainError {
  constructor() {
    super(
      'same_decider',
      'You took the decision under appeal: another moderator must review it (or an admin, in a team of one).',
    );
  }
}
/** The day a restriction ends, as its refusal says it: `2 September 2026, 14:05 UTC`. */
const endOf = (until: string) => `${until.slice(0, 10)} ${until.slice(11, 16)} UTC`;

/**
 * A suspended author's post (EU DSA Art. 23(1)): refused until `until`; the body carries the date and the
 * statement of reasons.
 */
export class AuthorSuspendedError extends DomainError {
  constructor(until: string, statement: unknown) {
    super(
      'author_suspended',
      `You are suspended from posting comments until ${endOf(until)}: see the statement of reasons.`,
    );
    this.extra = { until, statement };
  }
}
/** A suspended notifier's notice (EU DSA Art. 23(2)): not processed until `until`, nor stored. */
export class NotifierSuspendedError extends DomainError {
  constructor(until: string, statement: unknown) {
    super(
      'notifier_suspended',
      `Your notices are not processed until ${endOf(until)}: see the statement of reasons.`,
    );
    this.extra = { until, statement };
  }
}
export class SuspensionNotFoundError extends DomainError {
  constructor() {
    super('suspension_not_found', 'No such suspension proposal.');
  }
}
export class SuspensionAlreadyDecidedError extends DomainError {
  constructor() {
    super('suspension_already_decided', 'This suspension proposal has already been decided.');
  }
}
/** Art. 23 suspends only after a prior warning: none was given within the counting window. */
export class WarningRequiredError extends DomainError {
  constructor() {
    super(
      'warning_required',
      'No warning was given to this person within the counting window: warn first (or dismiss); a suspension may follow a later proposal.',
    );
  }
}
