/**
 * POST /articles/{articleId}/comments in process, for suites without an HTTP event (the integration and
 * reliability suites, the in-memory fixtures): `acceptComment` under the Idempotency-Key protocol,
 * answered as the route answers. The handler composes the same parts through functions/lib/idempotent.ts;
 * the use case itself returns a domain result and knows nothing of statuses.
 */
import type { DepsWith } from '../../shared/app/deps';
import { idempotently, type AnswerOf } from '../../shared/app/idempotency';
import type { CommentsPort, IdempotencyPort, PostContextPort, RateLimitsPort } from '../../shared/app/ports';
import {
  acceptComment,
  postCommentResponse,
  postIdempotency,
  type PostCommentRequest,
  type PostOutcome,
} from '../../shared/app/post-comment';

const POST_ANSWER: AnswerOf<PostOutcome> = {
  status: 202,
  text: (o) => JSON.stringify(postCommentResponse(o)),
};

/** The route's answer to a post, in process (see `postComment`). */
export interface PostCommentResult {
  statusCode: 202;
  /** The response body as JSON text: a replay returns the stored text byte for byte. */
  json: string;
  /** True when this is the stored answer to an earlier request with the same Idempotency-Key. */
  replayed: boolean;
  /** Set when the post was answered as if accepted but dropped (a filled honeypot): nothing stored. */
  dropped?: 'honeypot';
}

/**
 * `acceptComment` under the Idempotency-Key protocol, answered as POST /articles/{articleId}/comments
 * answers: the in-process form of the route, for callers without an HTTP event (the integration and
 * reliability suites, the in-memory fixtures). The handler composes the same parts through
 * functions/lib/idempotent.ts.
 */
export async function postComment(
  deps: DepsWith<PostContextPort & RateLimitsPort & CommentsPort & IdempotencyPort>,
  req: PostCommentRequest & { idempotencyKey?: string | undefined },
): Promise<PostCommentResult> {
  const { idempotencyKey, ...request } = req;
  const once = await idempotently(
    deps,
    {
      request: idempotencyKey ? postIdempotency(deps.secret, request, idempotencyKey) : null,
      answer: POST_ANSWER,
    },
    (guard) => acceptComment(deps, request, guard),
  );
  if (once.replayed) return { statusCode: 202, json: once.answer, replayed: true };
  const dropped = once.result.kind === 'dropped' ? { dropped: once.result.reason } : {};
  return { statusCode: 202, json: once.answer, replayed: false, ...dropped };
}
