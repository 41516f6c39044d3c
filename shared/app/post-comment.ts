/**
 * Accepting a comment: the cheap checks whose answer the poster must see at once run here (closed
 * article, banned author or network, parent, rate limits, the honeypot); content checks run later in
 * the stream consumer. The stored item in status `received` is the queue entry: nothing else needs writing.
 */
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
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
import type { Policy } from '../moderation/policy';
import type { IdempotencyRecord } from '../storage/records';
import type { DepsWith } from './deps';
import type { CommentsPort, IdempotencyPort, PostContext, PostContextPort, RateLimitsPort } from './ports';

/** What accepting a comment reads and writes. */
type PostDeps = DepsWith<PostContextPort & IdempotencyPort & RateLimitsPort & CommentsPort>;

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
  /** Set when the post was answered as if accepted but dropped (a filled honeypot): nothing stored. */
  dropped?: 'honeypot';
}

/** Idempotency records live for a day, as long as a client could reasonably retry. */
const IDEMPOTENCY_TTL_SECONDS = 24 * 3600;

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

/**
 * Where an Idempotency-Key's record lives: bound to the article and to the caller's network bucket, so
 * a stored answer (which carries the author token) is only ever replayed to the network that made the
 * request, and nobody elsewhere can claim a victim's key first to block their post.
 */
export const idempotencyRecordId = (articleId: string, networkHash: string, key: string) =>
  sha256(`${articleId}\n${networkHash}\n${key}`);

/**
 * The stored answer carries the author token (shown once; only its hash is kept anywhere else) and the
 * comment's text, so it is sealed (AES-256-GCM) with a key derived from the raw Idempotency-Key, which
 * only the client has (the table keeps a hash of it): the table, its backups and exports never reveal a
 * token, and an erased comment's text is unreadable there too.
 */
const SEALED = 'sealed:v1:';
const sealKeyFor = (secret: string, articleId: string, idempotencyKey: string): Buffer =>
  createHmac('sha256', secret).update(`idempotency-seal\n${articleId}\n${idempotencyKey}`).digest();

function seal(text: string, key: Buffer): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const sealed = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return SEALED + Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64url');
}

/** The stored answer in clear; records written before sealing are returned as they are. */
function unseal(stored: string, key: Buffer): string {
  if (!stored.startsWith(SEALED)) return stored;
  const raw = Buffer.from(stored.slice(SEALED.length), 'base64url');
  const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
}

/** An in-progress claim expires quickly, so a request that crashed cannot lock its key for long. */
const CLAIM_TTL_SECONDS = 30;
/**
 * How long a duplicate waits for the first request with its key to finish: well inside the function's
 * timeout (10 s), so the client gets a 409 `idempotency_in_progress` to retry on, never a 5xx.
 */
export const CLAIM_WAIT_MS = 3_000;

interface Idem {
  recordId: string;
  requestHash: string;
  sealKey: Buffer;
}

/**
 * Accepts a comment. Every refusal (closed article, banned author or network, missing parent, rate
 * limit) is decided from one batched read before anything is written, so a refused request costs no
 * table writes. With an Idempotency-Key, the same read finds an earlier answer to replay; otherwise the
 * key is claimed, and duplicates (sequential or concurrent) wait for and replay the first answer,
 * never running the checks or counting against rate limits. A request that fails after claiming
 * releases its claim so that a retry is evaluated afresh.
 */
export async function postComment(deps: PostDeps, req: PostCommentRequest): Promise<PostCommentResult> {
  // A duplicate whose first request failed and released the key is evaluated afresh (a bounded retry).
  for (let round = 1; ; round++) {
    const result = await postOnce(deps, req);
    if (result !== null) return result;
    if (round >= 3) throw new IdempotencyInProgressError();
  }
}

async function postOnce(deps: PostDeps, req: PostCommentRequest): Promise<PostCommentResult | null> {
  const now = deps.now();
  if (req.input.website !== undefined && req.input.website.trim() !== '') return honeypotAnswer(req, now);
  const bucket = networkBucket(req.sourceIp);
  const networkHash = networkHashFor(deps.secret, bucket);
  const authorId = authorIdFor(deps.secret, req.input.authorName, bucket);
  const idem: Idem | null = req.idempotencyKey
    ? {
        recordId: idempotencyRecordId(req.articleId, networkHash, req.idempotencyKey),
        requestHash: sha256(JSON.stringify({ articleId: req.articleId, input: req.input })),
        sealKey: sealKeyFor(deps.secret, req.articleId, req.idempotencyKey),
      }
    : null;
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
      idempotencyKey: idem?.recordId,
    }),
  ]);
  if (idem && ctx.idempotency) return answerFrom(deps, idem, ctx.idempotency);
  refuseIfNeeded(ctx, parentId, req.articleId, policy, now);
  if (idem) {
    const claim = await deps.repo.claimIdempotencyKey(
      idem.recordId,
      {
        entity: 'idempotency',
        state: 'in_progress',
        requestHash: idem.requestHash,
        createdAt: now.toISOString(),
        expiresAt: Math.floor(now.getTime() / 1000) + CLAIM_TTL_SECONDS,
      },
      now,
    );
    // Another request with this key got there between our read and our claim.
    if (!claim.claimed) return answerFrom(deps, idem, claim.existing);
  }
  try {
    return await accept(deps, req, { ctx, policy, now, authorId, networkHash, idem });
  } catch (err) {
    if (idem) await deps.repo.releaseIdempotencyKey(idem.recordId, idem.requestHash);
    throw err;
  }
}

/** The refusals a poster must see at once, decided on reads alone. */
function refuseIfNeeded(
  ctx: PostContext,
  parentId: string | null,
  articleId: string,
  policy: Policy,
  now: Date,
) {
  if (ctx.article.closed) throw new CommentsClosedError();
  if (ctx.author.banned || ctx.networkBanned) throw new AuthorBannedError();
  const parent = ctx.parent;
  if (parentId !== null && (!parent || parent.status !== 'approved' || parent.articleId !== articleId)) {
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
 * The answer to a request whose key already has a record: the first answer again when it is complete,
 * a 409 when the key came with another request, else (the first request is still running) a short
 * wait for it, re-reading the record; null when the first request failed and gave its key back.
 */
async function answerFrom(
  deps: PostDeps,
  idem: Idem,
  first: IdempotencyRecord | null,
): Promise<PostCommentResult | null> {
  const deadline = deps.now().getTime() + CLAIM_WAIT_MS;
  let record = first;
  if (!record) return null;
  for (let attempt = 0; ; attempt++) {
    if (record && record.requestHash !== idem.requestHash) throw new IdempotencyKeyReusedError();
    if (record?.state === 'completed' && record.responseBody !== undefined) {
      return { statusCode: 202, json: unseal(record.responseBody, idem.sealKey), replayed: true };
    }
    if (deps.now().getTime() >= deadline) throw new IdempotencyInProgressError();
    await new Promise((r) => setTimeout(r, Math.min(25 * 2 ** attempt, 250)));
    record = await deps.repo.getIdempotencyRecord(idem.recordId, deps.now());
    if (!record) return null;
  }
}

/**
 * A filled honeypot (the hidden `website` field) is a bot. It is answered exactly like an accepted
 * post, so the bot learns nothing, and dropped: nothing is stored or counted in the table (a bot
 * flood must not become write load); the handler counts it in a metric.
 */
function honeypotAnswer(req: PostCommentRequest, now: Date): PostCommentResult {
  const authorToken = newAuthorToken();
  const comment = newRecord(req, now, { authorId: '', networkHash: '', authorToken, parent: null });
  const response: PostCommentResponse = { comment: toAuthorComment(comment), authorToken };
  return { statusCode: 202, json: JSON.stringify(response), replayed: false, dropped: 'honeypot' };
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
    idem: Idem | null;
  },
): Promise<PostCommentResult> {
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
    comment.authorEmailHash = keyedHash(deps.secret, `email:${req.input.authorEmail.trim().toLowerCase()}`);
  }
  const response: PostCommentResponse = { comment: toAuthorComment(comment), authorToken };
  const result: PostCommentResult = { statusCode: 202, json: JSON.stringify(response), replayed: false };

  await deps.repo.createComment(
    comment,
    a.idem
      ? {
          hashedKey: a.idem.recordId,
          requestHash: a.idem.requestHash,
          statusCode: result.statusCode,
          responseBody: seal(result.json, a.idem.sealKey),
          expiresAt: Math.floor(now.getTime() / 1000) + IDEMPOTENCY_TTL_SECONDS,
        }
      : undefined,
  );
  return result;
}
