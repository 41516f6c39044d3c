/**
 * Accepting a comment: the cheap checks whose answer the poster must see at once run here (closed
 * article, banned author, parent, honeypot via the schema); content checks run later in the stream
 * consumer. The stored item in status `received` is the queue entry: nothing else needs writing.
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
    sealKey: sealKeyFor(deps.secret, req.articleId, req.idempotencyKey),
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
      return { statusCode: 202, json: unseal(existing.responseBody, idem.sealKey), replayed: true };
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
  idem: { hashedKey: string; requestHash: string; sealKey: Buffer } | null,
): Promise<PostCommentResult> {
  const now = deps.now();
  const bucket = networkBucket(req.sourceIp);
  const authorId = authorIdFor(deps.secret, req.input, bucket);
  const parentId = req.input.parentId ?? null;
  // A parent id that is not even an id cannot name a comment: it is not looked up.
  const lookUpParent = parentId !== null && isId(parentId);
  const [policy, { article, author, parent }] = await Promise.all([
    deps.policies.get(),
    deps.repo.getPostContext(req.articleId, authorId, lookUpParent ? parentId : null),
  ]);
  if (article.closed) throw new CommentsClosedError();
  if (author.banned) throw new AuthorBannedError();
  if (parentId !== null && (!parent || parent.status !== 'approved' || parent.articleId !== req.articleId)) {
    throw new ParentNotFoundError();
  }
  const networkHash = keyedHash(deps.secret, `net:${bucket}`);
  const [authorWait, networkWait] = await Promise.all([
    deps.repo.hitRateLimit('author', authorId, policy.rateLimits.authorPerMinute, now),
    deps.repo.hitRateLimit('network', networkHash, policy.rateLimits.networkPerMinute, now),
  ]);
  if (authorWait !== null || networkWait !== null) {
    // A refused request counts nowhere: otherwise one author retrying past their own limit would use up
    // the whole network's. Best effort: at worst a window counts one request too many for a minute.
    await Promise.all([
      authorWait === null ? deps.repo.releaseRateLimit('author', authorId, now) : null,
      networkWait === null ? deps.repo.releaseRateLimit('network', networkHash, now) : null,
    ]).catch(() => undefined);
    throw new RateLimitedError(Math.max(authorWait ?? 0, networkWait ?? 0));
  }

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
          hashedKey: idem.hashedKey,
          requestHash: idem.requestHash,
          statusCode: result.statusCode,
          responseBody: seal(result.json, idem.sealKey),
          expiresAt: Math.floor(now.getTime() / 1000) + IDEMPOTENCY_TTL_SECONDS,
        }
      : undefined,
  );
  return result;
}
