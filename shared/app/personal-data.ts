/**
 * A person's data on request. Readers prove their comments with the author tokens they were given
 * (`GET /me/export`, `DELETE /me`), rate limited as the author's other actions; moderators act on an
 * author id for a request made by other means, or first find the author ids by e-mail address. Every
 * erasure goes through `eraseComment` (the author's delete), and every moderator action leaves an audit
 * fact; the e-mail address is hashed on arrival and never stored.
 */
import type { CommentRecord } from '../domain/comment';
import type { AuthorRecord } from '../storage/records';
import type { AuditEvent } from '../domain/lifecycle';
import type { AuthorEraseInput, AuthorExportQuery, EmailLookupInput } from '../domain/moderation-schemas';
import {
  ERASURE_RETAINED,
  EXPORT_ABOUT,
  authorTokensSchema,
  toExportedComment,
  type AuthorFact,
} from '../domain/personal-data';
import type { EmailLookupResponse, ErasureResponse, PersonalDataExport } from '../domain/responses';
import {
  AuthorNotFoundError,
  AuthorTokenRequiredError,
  InvalidAuthorTokenError,
  ValidationError,
} from '../errors';
import { authorTokenMatches, newId, sha256 } from '../ids';
import { authorActionBudget } from './author-actions';
import { hasHistory, publicAuthor } from './bans';
import type { DepsWith } from './deps';
import { eraseComment, type Erasure } from './erasure';
import { actorOf, type Moderator } from './moderator';
import { emailHashFor } from './post-comment';
import type {
  AppealsPort,
  AuditPort,
  AuthorsPort,
  CommentSearchPort,
  CommentsPort,
  RateLimitsPort,
} from './ports';

type ReaderDeps = DepsWith<CommentsPort & RateLimitsPort & AuditPort & AppealsPort>;
type ModeratorDeps = DepsWith<CommentsPort & AuthorsPort & AuditPort & AppealsPort>;

/** Comments of one author a moderator's export or erasure reaches per request (a cursor continues). */
export const AUTHOR_PAGE = 50;
/**
 * Pages of the table (1 MB each on DynamoDB, 128 read units) one e-mail look-up reads at most (a cursor
 * continues). Small, so that one call cannot take the table's read ceiling from the public routes; the
 * route is throttled from the same figure (infra/constructs/api-throttling.ts).
 */
export const LOOKUP_PAGES = 4;
/** The reason the audit events of a moderator's erasure give. */
export const ERASURE_REASON = 'erasure_request';

/** A reader's request: the `X-Author-Token` header as sent, and where it came from (the rate limit). */
export interface TokensRequest {
  tokens: string | undefined;
  sourceIp: string;
}

/** Everything stored about the comments the reader's tokens open. */
export async function exportMyData(deps: ReaderDeps, req: TokensRequest): Promise<PersonalDataExport> {
  const comments = await withBudget(deps, req);
  return exportOf(deps, comments);
}

/** Erases every comment the reader's tokens open, as the author's delete does, and the network hash. */
export async function eraseMyData(deps: ReaderDeps, req: TokensRequest): Promise<ErasureResponse> {
  const comments = await withBudget(deps, req);
  return eraseAll(deps, comments, (c) => ({
    actor: { type: 'author', id: c.authorId },
    action: 'erase',
    reason: null,
    person: true,
  }));
}

/**
 * An export or erasure of an id that names nobody (no comment on its first page, no author record with
 * anything in it: a mistyped id) is a 404, not an empty answer that looks done.
 */
async function refuseNobody(
  cursor: string | undefined,
  firstItems: readonly unknown[],
  author: () => AuthorRecord | Promise<AuthorRecord>,
): Promise<void> {
  if (cursor === undefined && firstItems.length === 0 && !hasHistory(await author()))
    throw new AuthorNotFoundError();
}

/** A page of an author's comments as their export shows them, the author record, and an audit fact. */
export async function exportAuthor(
  deps: ModeratorDeps,
  moderator: Moderator,
  authorId: string,
  query: AuthorExportQuery,
) {
  const page = await authorPage(deps, `author-export:${authorId}`, authorId, query.cursor);
  const [data, author] = await Promise.all([exportOf(deps, page.items), deps.repo.getAuthor(authorId)]);
  await refuseNobody(query.cursor, page.items, () => author);
  await deps.repo.appendAuthorFact(fact(deps, moderator, authorId, 'export', page.items.length));
  return { ...data, author: publicAuthor(author), nextCursor: page.nextCursor };
}

/**
 * Erases a page of an author's comments for an erasure request made by other means; each erasure is
 * audited with the moderator as actor, and the request as a whole (with the note) in the author's trail.
 */
export async function eraseAuthor(
  deps: ModeratorDeps,
  moderator: Moderator,
  authorId: string,
  input: AuthorEraseInput,
) {
  const page = await authorPage(deps, `author-erase:${authorId}`, authorId, input.cursor);
  await refuseNobody(input.cursor, page.items, () => deps.repo.getAuthor(authorId, true));
  const result = await eraseAll(deps, page.items, () => ({
    actor: actorOf(moderator),
    action: 'erase',
    reason: ERASURE_REASON,
    person: true,
  }));
  if (result.changed > 0)
    await deps.repo.appendAuthorFact(fact(deps, moderator, authorId, 'erase', result.changed, input.note));
  return { ...result, nextCursor: page.nextCursor };
}

/**
 * The author ids whose comments carry this e-mail address's keyed hash, from a bounded part of a full
 * read of the table; `cursor` continues where it stopped. Each author found gets an audit fact.
 */
export async function lookupAuthorsByEmail(
  deps: DepsWith<CommentSearchPort & AuditPort>,
  moderator: Moderator,
  input: EmailLookupInput,
): Promise<EmailLookupResponse> {
  const scope = 'email-lookup';
  const found = await deps.repo.commentsWithEmailHash(emailHashFor(deps.secret, input.email), {
    afterKey: input.cursor === undefined ? undefined : deps.cursors.decodeKey(scope, input.cursor),
    maxPages: LOOKUP_PAGES,
  });
  const byAuthor = new Map<string, string[]>();
  for (const m of found.matches) byAuthor.set(m.authorId, [...(byAuthor.get(m.authorId) ?? []), m.commentId]);
  for (const [authorId, comments] of byAuthor)
    await deps.repo.appendAuthorFact(fact(deps, moderator, authorId, 'lookup', comments.length));
  return {
    authors: [...byAuthor].map(([authorId, comments]) => ({ authorId, comments })),
    cursor: found.nextKey === null ? null : deps.cursors.encodeKey(scope, found.nextKey),
  };
}

/**
 * The comments the tokens open, after the rate limit's read; only a request whose every token opens a
 * comment is counted against it (a refused one writes nothing, as the author's other actions).
 */
async function withBudget(deps: ReaderDeps, req: TokensRequest): Promise<CommentRecord[]> {
  const budget = authorActionBudget(deps, req.sourceIp);
  await budget.check();
  const comments = await provenComments(deps, req.tokens);
  await budget.count();
  return comments;
}

/** Newest first, so that erasing a thread's own replies before its root leaves no empty tombstone. */
const newestFirst = (a: CommentRecord, b: CommentRecord) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/**
 * The comments the `X-Author-Token` header's tokens open; refused as a whole (403, naming no token) when
 * any of them opens none.
 */
async function provenComments(deps: ReaderDeps, header: string | undefined): Promise<CommentRecord[]> {
  if (header === undefined || header.trim() === '') throw new AuthorTokenRequiredError();
  const parsed = authorTokensSchema.safeParse(header);
  if (!parsed.success)
    throw new ValidationError(
      parsed.error.issues.map((i) => ({ path: 'X-Author-Token', message: i.message })),
    );
  const tokens = parsed.data;
  const found = await deps.repo.commentsByTokenHash(tokens.map(sha256));
  const opened = tokens.map((t) => found.find((c) => authorTokenMatches(t, c.authorTokenHash)));
  if (opened.some((c) => c === undefined))
    throw new InvalidAuthorTokenError('An author token opens no comment.');
  return (opened as CommentRecord[]).sort(newestFirst);
}

/** A page of an author's comments (newest first, the author index), and the cursor of the next one. */
async function authorPage(deps: ModeratorDeps, scope: string, authorId: string, cursor: string | undefined) {
  const afterId = cursor === undefined ? undefined : deps.cursors.decode(scope, cursor);
  const page = await deps.repo.commentsByAuthor(authorId, { limit: AUTHOR_PAGE, afterId });
  return {
    items: page.items,
    nextCursor: page.lastId === null ? null : deps.cursors.encode(scope, page.lastId),
  };
}

async function exportOf(deps: DepsWith<AuditPort & AppealsPort>, comments: readonly CommentRecord[]) {
  // Each comment's trail and appeals are its own partition's: read them all side by side, not one after
  // another.
  const exported = await Promise.all(
    comments.map(async (c) => {
      const [events, appeals] = await Promise.all([allEvents(deps, c.id), deps.repo.authorAppeals(c.id)]);
      return toExportedComment(c, events, appeals);
    }),
  );
  return { exportedAt: deps.now().toISOString(), about: EXPORT_ABOUT, comments: exported };
}

/** Every audit event of a comment, oldest first. */
async function allEvents(deps: DepsWith<AuditPort>, commentId: string): Promise<AuditEvent[]> {
  const events: AuditEvent[] = [];
  let afterKey: string | undefined;
  do {
    const page = await deps.repo.history(commentId, { limit: 100, afterKey });
    events.push(...page.items);
    afterKey = page.lastKey ?? undefined;
  } while (afterKey !== undefined);
  return events;
}

async function eraseAll(
  deps: DepsWith<CommentsPort & AppealsPort>,
  comments: readonly CommentRecord[],
  how: (c: CommentRecord) => Erasure,
): Promise<ErasureResponse> {
  const erased: ErasureResponse['erased'] = [];
  let changed = 0;
  for (const c of [...comments].sort(newestFirst)) {
    const out = await eraseComment(deps, c, how(c));
    erased.push({ id: out.comment.id, status: out.comment.status });
    if (out.changed) changed++;
  }
  return { erased, changed, retained: ERASURE_RETAINED };
}

function fact(
  deps: DepsWith<unknown>,
  moderator: Moderator,
  authorId: string,
  action: AuthorFact['action'],
  comments: number,
  note?: string,
): AuthorFact {
  const now = deps.now();
  return {
    entity: 'author-audit',
    eventId: newId(now.getTime()),
    authorId,
    at: now.toISOString(),
    actor: actorOf(moderator),
    action,
    comments,
    ...(note === undefined ? {} : { note }),
  };
}
