/**
 * Accepting a comment: the cheap checks whose answer the poster must see at once run here (closed
 * article, banned author or network, parent, rate limits, the honeypot); content checks run later in
 * the stream consumer. The stored item in status `received` is the queue entry: nothing else needs writing.
 * An Idempotency-Key is handled by the protocol in ./idempotency.ts, whose guard the use case calls at
 * its read, before its first write and in that write.
 */
import type * as z from '../zod';
import { toAuthorComment, type AuthorComment, type CommentRecord } from '../domain/comment';
import type { postCommentResponseSchema } from '../domain/responses';
import { honeypotFilled, type PostCommentInput } from '../domain/schemas';
import { networkBucket } from '../domain/network';
import { AuthorBannedError, CommentsClosedError, ParentNotFoundError, RateLimitedError } from '../errors';
import { isId, keyedHash, newAuthorToken, newId, sha256 } from '../ids';
import type { Policy } from '../moderation/policy';
import type { DepsWith } from './deps';
import { idempotentRequest, type IdempotencyGuard, type IdempotentRequest } from './idempotency';
import type { CommentsPort, PostContext, PostContextPort, RateLimitsPort, Standing } from './ports';
import { refuseIfSuspended } from './suspensions';
import { threadShown } from './shown';

export { CLAIM_WAIT_MS, idempotencyRecordId } from './idempotency';

/** What accepting a comment reads and writes. */
type PostDeps = DepsWith<PostContextPort & RateLimitsPort & CommentsPort>;

export interface PostCommentRequest {
  articleId: string;
  input: PostCommentInput;
  sourceIp: string;
}

/** What became of a post: stored in `received`, or (a filled honeypot) answered alike and dropped. */
export type PostOutcome =
  | { kind: 'created'; comment: AuthorComment; authorToken: string }
  | { kind: 'dropped'; reason: 'honeypot'; comment: AuthorComment; authorToken: string };

export type PostCommentResponse = z.infer<typeof postCommentResponseSchema>;

/** The answer to a post, dropped or not: the bot behind a filled honeypot cannot tell. */
export const postCommentResponse = (o: PostOutcome): PostCommentResponse => ({
  comment: o.comment,
  authorToken: o.authorToken,
});

/**
 * The stable anonymous author identity: a keyed hash of the name within the network bucket. An
 * e-mail address is never part of it: it is not verified, so anyone who knows a reader's address could
 * otherwise inherit their reputation or get them banned.
 */
export function authorIdFor(secret: string, authorName: string, bucket: string) {
  return `a_${keyedHash(secret, `name:${authorName.toLowerCase()}|${bucket}`)}`;
}

/** The salted hash of a network bucket, as comments, rate windows and network bans carry it. */
export const networkHashFor = (secret: string, bucket: string) => keyedHash(secret, `net:${bucket}`);
/** The keyed hash an e-mail address is stored as (trimmed, lower-cased); the address itself never is. */
export const emailHashFor = (secret: string, email: string) =>
  keyedHash(secret, `email:${email.trim().toLowerCase()}`);

/**
 * A post's Idempotency-Key: bound to the article and to the caller's network bucket, so a stored answer
 * (which carries the author token) is only ever replayed to the network that made the request, and
 * nobody elsewhere can claim a victim's key first to block their post.
 */
export const postIdempotency = (secret: string, req: PostCommentRequest, key: string): IdempotentRequest =>
  idempotentRequest(secret, {
    scope: req.articleId,
    caller: networkHashFor(secret, networkBucket(req.sourceIp)),
    key,
    request: { articleId: req.articleId, input: withoutEmptyHoneypot(req.input) },
  });

/**
 * The input as a retry is compared: an empty honeypot (left out, null or blank) is the same request whichever
 * way a client sends it, as empty `parentId` and `authorEmail` already are once parsed.
 */
function withoutEmptyHoneypot(input: PostCommentRequest['input']): PostCommentRequest['input'] {
  if (honeypotFilled(input.website)) return input;
  const { website: _empty, ...rest } = input;
  return rest;
}

/**
 * Accepts a comment. Every refusal (closed article, banned or suspended author, banned network, missing
 * parent, rate limit) is decided from one batched read before anything is written, so a refused request costs no
 * table writes. With an Idempotency-Key's `guard`, the same read finds an earlier answer (the guard then
 * ends this request with it), the key is claimed just before the first write, and the answer is stored
 * with the comment.
 */
export async function acceptComment(
  deps: PostDeps,
  req: PostCommentRequest,
  guard?: IdempotencyGuard<PostOutcome>,
): Promise<PostOutcome> {
  const now = deps.now();
  if (honeypotFilled(req.input.website)) return honeypotAnswer(req, now);
  const bucket = networkBucket(req.sourceIp);
  const networkHash = networkHashFor(deps.secret, bucket);
  const authorId = authorIdFor(deps.secret, req.input.authorName, bucket);
  const parentId = req.input.parentId ?? null;
  // A parent id that is not even an id cannot name a comment: it is not looked up.
  const [policy, ctx] = await Promise.all([
    deps.policies.get(),
    deps.repo.getPostContext({
      articleId: req.articleId,
      authorId,
      networkHash,
      parentId: parentId !== null && isId(parentId) ? parentId : null,
      now,
      idempotencyKey: guard?.recordId,
    }),
  ]);
  await guard?.settle(ctx.idempotency);
  // A reply to a reply joins a thread readers must see: its root is read too (one more read, replies only).
  const shown = ctx.parent ? await threadShown(deps, ctx.parent) : true;
  refuseIfNeeded(ctx, parentId, req.articleId, policy, now, shown);
  await guard?.claim(now);
  return accept(deps, req, { ctx, policy, now, authorId, networkHash, guard });
}

/**
 * New text is refused on a closed article (403 `comments_closed`), from a banned author or anyone on a
 * banned network bucket (403 `author_banned`) and from an author under a running suspension for repeat
 * abuse (403 `author_suspended`, EU DSA Art. 23(1); it ends by itself): a post, and an author's edit
 * (shared/app/author-actions.ts), which would otherwise put their text back in the queue.
 */
export function refuseIfNotOpen(standing: Standing, now: Date): void {
  if (standing.article.closed) throw new CommentsClosedError();
  if (standing.author.banned || standing.networkBanned) throw new AuthorBannedError();
  refuseIfSuspended(standing.authorAbuse, now);
}

/** The refusals a poster must see at once, decided on reads alone. */
function refuseIfNeeded(
  ctx: PostContext,
  parentId: string | null,
  articleId: string,
  policy: Policy,
  now: Date,
  parentThreadShown: boolean,
) {
  refuseIfNotOpen(ctx, now);
  const parent = ctx.parent;
  // The parent must be published, on this article, in a thread readers see (a reply to the reply of a
  // rejected comment would be published where nobody can read it).
  if (
    parentId !== null &&
    (!parent || parent.status !== 'approved' || parent.articleId !== articleId || !parentThreadShown)
  ) {
    throw new ParentNotFoundError();
  }
  if (
    ctx.requests.author >= policy.rateLimits.authorPerMinute ||
    ctx.requests.network >= policy.rateLimits.networkPerMinute
  ) {
    throw new RateLimitedError(secondsToNextMinute(now));
  }
}

const secondsToNextMinute = (now: Date) =>
  Math.max(1, Math.ceil((Math.ceil((now.getTime() + 1) / 60_000) * 60_000 - now.getTime()) / 1000));

/**
 * A filled honeypot (the hidden `website` field) is a bot. It is answered exactly like an accepted
 * post, so the bot learns nothing, and dropped: nothing is stored or counted in the table (a bot
 * flood must not become write load); the handler counts it in a metric.
 */
function honeypotAnswer(req: PostCommentRequest, now: Date): PostOutcome {
  const authorToken = newAuthorToken();
  const comment = newRecord(req, now, { authorId: '', networkHash: '', authorToken, parent: null });
  return { kind: 'dropped', reason: 'honeypot', comment: toAuthorComment(comment), authorToken };
}

/** A new comment in `received`, as posted. */
function newRecord(
  req: PostCommentRequest,
  now: Date,
  who: { authorId: string; networkHash: string; authorToken: string; parent: CommentRecord | null },
): CommentRecord {
  const id = newId(now.getTime());
  const at = now.toISOString();
  return {
    entity: 'comment',
    id,
    articleId: req.articleId,
    parentId: req.input.parentId ?? null,
    rootId: who.parent ? who.parent.rootId : id,
    authorId: who.authorId,
    authorName: req.input.authorName,
    authorTokenHash: sha256(who.authorToken),
    networkHash: who.networkHash,
    body: req.input.body,
    status: 'received',
    version: 1,
    createdAt: at,
    updatedAt: at,
    editedAt: null,
    replyCount: 0,
    firstReplies: [],
  };
}

async function accept(
  deps: PostDeps,
  req: PostCommentRequest,
  a: {
    ctx: PostContext;
    policy: Policy;
    now: Date;
    authorId: string;
    networkHash: string;
    guard: IdempotencyGuard<PostOutcome> | undefined;
  },
): Promise<PostOutcome> {
  const { now, authorId, networkHash, policy } = a;
  const [authorWait, networkWait] = await Promise.all([
    deps.repo.hitRateLimit('author', authorId, policy.rateLimits.authorPerMinute, now),
    deps.repo.hitRateLimit('network', networkHash, policy.rateLimits.networkPerMinute, now),
  ]);
  if (authorWait !== null || networkWait !== null) {
    // Only a race with another request of the same author or network gets here (the read said there
    // was room). A refused request counts nowhere: give back the window that did count it.
    await Promise.all([
      authorWait === null ? deps.repo.releaseRateLimit('author', authorId, now) : null,
      networkWait === null ? deps.repo.releaseRateLimit('network', networkHash, now) : null,
    ]);
    throw new RateLimitedError(Math.max(authorWait ?? 0, networkWait ?? 0));
  }

  const authorToken = newAuthorToken();
  const comment = newRecord(req, now, { authorId, networkHash, authorToken, parent: a.ctx.parent });
  // Only a keyed hash of the e-mail address is kept; nothing in Parley needs the address itself.
  if (req.input.authorEmail) {
    comment.authorEmailHash = emailHashFor(deps.secret, req.input.authorEmail);
  }
  const outcome: PostOutcome = { kind: 'created', comment: toAuthorComment(comment), authorToken };
  await deps.repo.createComment(comment, a.guard?.completion(outcome, now));
  return outcome;
}

/** How the route answers a post: 202 with the response as JSON text (stored and replayed as is). */
