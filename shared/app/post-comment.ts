/**
 * Accepting a comment: the cheap checks whose answer the poster must see at once run here (closed
 * article, banned author, parent, honeypot via the schema); content checks run later in the stream
 * consumer. The stored item in status `received` is the queue entry: nothing else needs writing.
 */
import { toAuthorComment, type AuthorComment, type CommentRecord } from '../domain/comment';
import type { PostCommentInput } from '../domain/schemas';
import { networkBucket } from '../domain/network';
import {
  AuthorBannedError,
  CommentsClosedError,
  IdempotencyInProgressError,
  IdempotencyKeyReusedError,
  ParentNotFoundError,
  RateLimitedError,
} from '../errors';
import { isId, keyedHash, newAuthorToken, newId, sha256 } from '../ids';
import type { Deps } from './deps';

export interface PostCommentRequest {
  articleId: string;
  input: PostCommentInput;
  sourceIp: string;
  idempotencyKey?: string | undefined;
}

export interface PostCommentResponse {
  comment: AuthorComment;
  authorToken: string;
}

export interface PostCommentResult {
  statusCode: 202;
  /** The response body as JSON text: a replay returns the stored text byte for byte. */
  json: string;
  /** True when this is the stored answer to an earlier request with the same Idempotency-Key. */
  replayed: boolean;
}

/** How much of the replied-to comment moderators see beside a reply. */
const PARENT_EXCERPT_CHARS = 200;

/** Idempotency records live for a day, as long as a client could reasonably retry. */
const IDEMPOTENCY_TTL_SECONDS = 24 * 3600;

/** The stable author identity: a keyed hash of the e-mail if given, else of the name within the network. */
export function authorIdFor(
  secret: string,
  input: Pick<PostCommentInput, 'authorEmail' | 'authorName'>,
  bucket: string,
) {
  const basis = input.authorEmail
    ? `email:${input.authorEmail.trim().toLowerCase()}`
    : `name:${input.authorName.toLowerCase()}|${bucket}`;
  return `a_${keyedHash(secret, basis)}`;
}

/** An in-progress claim expires quickly, so a request that crashed cannot lock its key for long. */
const CLAIM_TTL_SECONDS = 30;
/** How long a duplicate waits for the first request with its key to finish. */
const CLAIM_WAIT_MS = 10_000;

/**
 * Accepts a comment. With an Idempotency-Key, the key is claimed first: duplicates (sequential or
 * concurrent) never run the checks or count against rate limits; they wait for and replay the first
 * request's answer. A request that fails releases its claim so that a retry is evaluated afresh.
 */
export async function postComment(deps: Deps, req: PostCommentRequest): Promise<PostCommentResult> {
  if (!req.idempotencyKey) return accept(deps, req, null);
  const now = deps.now();
  const idem = {
    hashedKey: sha256(`${req.articleId}\n${req.idempotencyKey}`),
    requestHash: sha256(JSON.stringify({ articleId: req.articleId, input: req.input })),
  };
  const deadline = Date.now() + CLAIM_WAIT_MS;
  for (let attempt = 0; ; attempt++) {
    const claim = await deps.repo.claimIdempotencyKey(
      idem.hashedKey,
      {
        entity: 'idempotency',
        state: 'in_progress',
        requestHash: idem.requestHash,
        createdAt: now.toISOString(),
        expiresAt: Math.floor(now.getTime() / 1000) + CLAIM_TTL_SECONDS,
      },
      now,
    );
    if (claim.claimed) break;
    const existing = claim.existing;
    if (existing && existing.requestHash !== idem.requestHash) throw new IdempotencyKeyReusedError();
    if (existing?.state === 'completed' && existing.responseBody !== undefined) {
      return { statusCode: 202, json: existing.responseBody, replayed: true };
    }
    if (Date.now() > deadline) throw new IdempotencyInProgressError();
    await new Promise((r) => setTimeout(r, Math.min(25 * 2 ** attempt, 250)));
  }
  try {
    return await accept(deps, req, idem);
  } catch (err) {
    await deps.repo.releaseIdempotencyKey(idem.hashedKey, idem.requestHash);
    throw err;
  }
}

async function accept(
  deps: Deps,
  req: PostCommentRequest,
  idem: { hashedKey: string; requestHash: string } | null,
): Promise<PostCommentResult> {
  const now = deps.now();
  const bucket = networkBucket(req.sourceIp);
  const authorId = authorIdFor(deps.secret, req.input, bucket);
  const parentId = req.input.parentId ?? null;
  const [policy, article, author, parent] = await Promise.all([
    deps.policies.get(),
    deps.repo.getArticle(req.articleId),
    deps.repo.getAuthor(authorId),
    parentId === null
      ? Promise.resolve(null)
      : isId(parentId)
        ? deps.repo.getComment(parentId)
        : Promise.resolve(null),
  ]);
  if (article.closed) throw new CommentsClosedError();
  if (author.banned) throw new AuthorBannedError();
  if (parentId !== null && (!parent || parent.status !== 'approved' || parent.articleId !== req.articleId)) {
    throw new ParentNotFoundError();
  }
  const networkHash = keyedHash(deps.secret, `net:${bucket}`);
  const waits = await Promise.all([
    deps.repo.hitRateLimit('author', authorId, policy.rateLimits.authorPerMinute, now),
    deps.repo.hitRateLimit('network', networkHash, policy.rateLimits.networkPerMinute, now),
  ]);
  const wait = Math.max(...waits.map((w) => w ?? 0));
  if (wait > 0) throw new RateLimitedError(wait);

  const id = newId(now.getTime());
  const authorToken = newAuthorToken();
  const at = now.toISOString();
  const comment: CommentRecord = {
    entity: 'comment',
    id,
    articleId: req.articleId,
    parentId,
    rootId: parent ? parent.rootId : id,
    authorId,
    authorName: req.input.authorName,
    authorTokenHash: sha256(authorToken),
    networkHash,
    body: req.input.body,
    status: 'received',
    version: 1,
    createdAt: at,
    updatedAt: at,
    editedAt: null,
    replyCount: 0,
    firstReplies: [],
  };
  if (req.input.authorEmail) comment.authorEmail = req.input.authorEmail;
  if (parent) comment.parentExcerpt = [...parent.body].slice(0, PARENT_EXCERPT_CHARS).join('');
  const response: PostCommentResponse = { comment: toAuthorComment(comment), authorToken };
  const result: PostCommentResult = { statusCode: 202, json: JSON.stringify(response), replayed: false };

  await deps.repo.createComment(
    comment,
    idem
      ? {
          ...idem,
          statusCode: result.statusCode,
          responseBody: result.json,
          expiresAt: Math.floor(now.getTime() / 1000) + IDEMPOTENCY_TTL_SECONDS,
        }
      : undefined,
  );
  return result;
}
