/**
 * The one table from domain error codes to HTTP statuses, and the middleware that applies it. Anything
 * not a DomainError is a 500 whose body says nothing about the cause; the cause is logged.
 */
import type { MiddlewareObj } from '@middy/core';
import { DomainError, type ErrorCode } from '../../shared/errors';
import { json, type ApiResult } from './http';
import { logUnhandledError } from './logger';

/** Complete by construction: a new ErrorCode without a status here is a type error, not a 500. */
export const STATUS_BY_CODE = {
  validation_failed: 400,
  author_token_required: 401,
  invalid_author_token: 403,
  edit_window_closed: 403,
  comments_closed: 403,
  author_banned: 403,
  forbidden: 403,
  comment_not_found: 404,
  author_not_found: 404,
  parent_not_found: 404,
  idempotency_key_reused: 409,
  idempotency_in_progress: 409,
  version_conflict: 409,
  invalid_transition: 409,
  already_flagged: 409,
  notice_not_found: 404,
  invalid_notice_token: 403,
  notice_already_decided: 409,
  notice_exists: 409,
  appeal_not_found: 404,
  not_appealable: 409,
  appeal_window_closed: 409,
  appeal_exists: 409,
  appeal_already_decided: 409,
  same_decider: 409,
  trusted_flagger_not_found: 404,
  invalid_flagger_token: 403,
  author_suspended: 403,
  notifier_suspended: 403,
  suspension_not_found: 404,
  suspension_already_decided: 409,
  warning_required: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  busy: 503,
} as const satisfies Record<ErrorCode, number>;

/** The HTTP response for an error thrown by a handler or middleware. */
export function errorResponse(error: unknown): ApiResult {
  if (error instanceof DomainError) {
    const body: { code: ErrorCode; message: string; details?: unknown } = {
      code: error.code,
      message: error.message,
    };
    if (error.details?.length) body.details = error.details;
    const full = error.extra ? { ...body, ...error.extra } : body;
    const headers: Record<string, string> =
      error.retryAfterSeconds === undefined ? {} : { 'retry-after': String(error.retryAfterSeconds) };
    return json(STATUS_BY_CODE[error.code], { error: full }, headers);
  }
  logUnhandledError(error);

  return json(500, { error: { code: 'internal_error', message: 'Something went wrong on our side.' } });
}

/** Outermost middleware: turns every error into the contract's error body. */
export const httpErrors = <E>(): MiddlewareObj<E, ApiResult> => ({
  onError: (request) => {
    request.response = errorResponse(request.error);
  },
});
