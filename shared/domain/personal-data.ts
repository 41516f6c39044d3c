/**
 * A person's data as Parley hands it back: the author tokens a reader proves their comments with, the
 * export view of a comment (what concerns its author, never a moderator's identity or note, nor who
 * reported it), and the plain-language notes that travel with an export and an erasure.
 */
import * as z from '../zod';
import { toAppealView, type AppealRecord } from './appeal';
import type { CommentRecord } from './comment';
import type { Actor, AuditEvent } from './lifecycle';
import type { ExportedComment, PersonalDataExport } from './responses';

/** How many author tokens one request may carry. */
export const MAX_AUTHOR_TOKENS = 100;
/** An author token as POST hands it out: 32 random bytes, base64url (`newAuthorToken`). */
const AUTHOR_TOKEN = /^[A-Za-z0-9_-]{43}$/;

/**
 * The `X-Author-Token` header of the `/me` routes: one or more tokens, comma separated (API Gateway joins
 * a repeated header with commas), at most MAX_AUTHOR_TOKENS of them counted as sent, then repeats dropped.
 */
export const authorTokensSchema = z.pipe(
  z.pipe(
    z.pipe(
      z.string(),
      z.transform((s: string) =>
        s
          .split(',')
          .map((t) => t.trim())
          .filter((t) => t !== ''),
      ),
    ),
    z
      .array(z.string().check(z.regex(AUTHOR_TOKEN, 'Not an author token.')))
      .check(
        z.minLength(1, 'Give at least one author token.'),
        z.maxLength(MAX_AUTHOR_TOKENS, `At most ${MAX_AUTHOR_TOKENS} author tokens.`),
      ),
  ),
  z.transform((tokens: string[]) => [...new Set(tokens)]),
);

/** What each stored identifier is, in plain language (the `about` of an export). */
export const EXPORT_ABOUT: PersonalDataExport['about'] = {
  authorId:
    'A pseudonym made from the name you gave and the network you posted from; it links your comments for ' +
    'moderation history and bans.',
  networkHash:
    'A keyed hash of your network (the first three parts of an IPv4 address, or the first three groups of ' +
    'an IPv6 address), used against floods; your IP address itself is never stored.',
  authorEmailHash:
    'A keyed hash of the e-mail address you gave, if you gave one; the address itself is never stored, so ' +
    'it cannot be returned.',
  notIncluded:
    'Moderators’ identities and notes, and who reported a comment and why in their own words, are those ' +
    'people’s data and are not part of this export.',
};

/** What an erasure cannot reach: copies that expire on their own (docs/privacy.md, section 5). */
export const ERASURE_RETAINED =
  'Copies outside the comments expire on their own: the table’s change stream after 24 hours, ' +
  'point-in-time backups after 35 days, a repeated-post record after 24 hours, a copied-text record (a ' +
  'hash of the text, no text) after 7 days, or 90 after a moderator rejected the text, rate-limit ' +
  'counters after an hour, and the answer kept for a post sent with an Idempotency-Key (sealed, replayed ' +
  'only to a retry of that post with the same key from the same network) after 24 hours.';

/** An audit fact about an author's data as a whole, kept in the author's partition. */
export interface AuthorFact {
  entity: 'author-audit';
  eventId: string;
  authorId: string;
  at: string;
  actor: Actor;
  action: 'export' | 'lookup' | 'erase';
  /** How many comments the action reached. */
  comments: number;
  note?: string;
}

/** One comment as its author's export shows it, with its audit events (oldest first). */
export function toExportedComment(
  c: CommentRecord,
  events: readonly AuditEvent[],
  appeals: readonly AppealRecord[] = [],
): ExportedComment {
  return {
    id: c.id,
    articleId: c.articleId,
    parentId: c.parentId,
    authorName: c.authorName,
    body: c.body,
    status: c.status,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    editedAt: c.editedAt,
    publicReason: c.publicReason ?? null,
    automaticDecision: c.decision
      ? {
          outcome: c.decision.outcome,
          reason: c.decision.reason,
          checks: c.decision.checks,
          decidedAt: c.decision.decidedAt,
        }
      : null,
    humanDecision: c.humanDecision
      ? { action: c.humanDecision.action, reason: c.humanDecision.reason, at: c.humanDecision.at }
      : null,
    flags: {
      total: Object.values(c.flagReasons ?? {}).reduce((sum, n) => sum + n, 0),
      open: c.openFlags ?? 0,
      byReason: { ...c.flagReasons },
    },
    events: events.map((e) => ({
      at: e.at,
      actor: e.actor.type,
      action: e.action,
      from: e.from,
      to: e.to,
      reason: e.reason,
    })),
    appeals: appeals.map((a) => ({ ...toAppealView(a), explanation: a.explanation })),
    authorId: c.authorId,
    networkHash: c.networkHash ?? null,
    authorEmailHash: c.authorEmailHash ?? null,
  };
}
