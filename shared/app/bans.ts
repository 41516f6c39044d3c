/**
 * Bans: an author's posts are refused at POST, their queued comments rejected by the consumer, and on
 * request what they already have in the queues or published is rejected in bounded batches.
 */
import type { CommentRecord } from '../domain/comment';
import type { BanInput } from '../domain/moderation-schemas';
import { REJECT_REASONS, type RejectReason } from '../domain/reasons';
import { AuthorNotFoundError, VersionConflictError } from '../errors';
import type { Policy } from '../moderation/policy';
import type { AuthorRecord } from '../storage/records';
import type { DepsWith } from './deps';
import { actorOf, signatureOf, type Moderator } from './moderator';
import type { AuthorsPort, CommentsPort } from './ports';

/** How many of a banned author's comments one ban request rejects; the rest follow on a repeat. */
const BAN_BATCH = 100;
/** How many pages of the author's history one ban request reads at most. */
const BAN_SCAN_PAGES = 10;

/** The public reason of a ban's rejections when the moderator named none: its reason, if that is one. */
const banRejectReason = (reason: string): RejectReason => {
  const code = reason.trim().toLowerCase();
  return (REJECT_REASONS as readonly string[]).includes(code) ? (code as RejectReason) : 'other';
};

/**
 * Bans an author: new comments are refused at POST, and queued ones are rejected by the consumer.
 * With `rejectPending`, their pending, received and approved comments are rejected too, in bounded
 * batches: `remaining` says whether repeating the request would find more.
 */
export async function banAuthor(
  deps: DepsWith<AuthorsPort & CommentsPort>,
  moderator: Moderator,
  authorId: string,
  input: BanInput,
) {
  const now = deps.now();
  const latest = await latestComment(deps, authorId);
  // An anonymous author is a name within a network: their network bucket is banned for a while too,
  // so that typing another name does not undo the ban (the bucket is that of their latest comment).
  let networkBan: { hash: string; until: number } | undefined;
  // An erased comment has no network hash left to ban.
  if (input.networkHours > 0 && latest?.networkHash !== undefined) {
    networkBan = {
      hash: latest.networkHash,
      until: Math.floor(now.getTime() / 1000) + input.networkHours * 3600,
    };
    await deps.repo.setNetworkBan(networkBan.hash, networkBan.until);
  }
  const banned = await deps.repo.setBan(authorId, {
    banned: true,
    reason: input.reason,
    by: actorOf(moderator),
    at: now,
    ...(networkBan ? { networkBan } : {}),
  });
  let rejected = 0;
  let remaining = false;
  if (input.rejectPending) {
    const grounds = (await deps.policies.get()).statementGrounds;
    const rejectReason = input.rejectReason ?? banRejectReason(input.reason);
    // Newest first, a page at a time, until BAN_BATCH comments are rejected or BAN_SCAN_PAGES pages are
    // read; a repeat starts from the newest again and passes over what earlier calls rejected.
    let afterId: string | undefined;
    let more = true;
    for (let pages = 0; more && pages < BAN_SCAN_PAGES && rejected < BAN_BATCH; pages++) {
      const page = await deps.repo.commentsByAuthor(authorId, { limit: BAN_BATCH - rejected, afterId });
      for (const c of page.items) {
        if (await rejectForBan(deps, c, { moderator, now, input, rejectReason, grounds })) rejected++;
      }
      more = page.lastId !== null;
      afterId = page.lastId ?? undefined;
    }
    remaining = more;
  }
  // Each rejection moved the author's counters in its own transaction, after the ban was written: the
  // record is read again (strongly consistent) so the answer shows them, as a GET after it would.
  const author = rejected > 0 ? await deps.repo.getAuthor(authorId, true) : banned;
  return { author: publicAuthor(author), rejected, remaining };
}

/**
 * Rejects one of a banned author's comments; false when it is not in a queue or published, or a moderator
 * decided it meanwhile (their decision stands). A comment that only moved otherwise (the automatic checks approved it, a reader flagged it) is
 * read again and rejected: a ban leaves nothing of its author published.
 */
async function rejectForBan(
  deps: DepsWith<AuthorsPort & CommentsPort>,
  comment: CommentRecord,
  ban: {
    moderator: Moderator;
    now: Date;
    input: BanInput;
    rejectReason: RejectReason;
    grounds: Policy['statementGrounds'];
  },
): Promise<boolean> {
  const note = `Author banned: ${ban.input.reason}`;
  let c: CommentRecord | null = comment;
  for (
    let attempt = 1;
    c && REJECTABLE.has(c.status) && c.humanDecision?.at === comment.humanDecision?.at;
    attempt++
  ) {
    try {
      await deps.repo.transition({
        comment: c,
        to: 'rejected',
        now: ban.now,
        actor: actorOf(ban.moderator),
        action: 'reject',
        reason: ban.rejectReason,
        note,
        // A moderator's decision, as the console shows it on the card and the four-eyes rule reads it.
        humanDecision: {
          action: 'reject',
          by: signatureOf(ban.moderator),
          at: ban.now.toISOString(),
          reason: ban.rejectReason,
          note,
        },
        publicReason: ban.rejectReason,
        grounds: ban.grounds,
        authorBanned: true,
      });
      return true;
    } catch (err) {
      if (!(err instanceof VersionConflictError) || attempt >= 3) throw err;
      c = await deps.repo.getComment(c.id, true);
    }
  }
  return false;
}

const REJECTABLE = new Set(['pending', 'received', 'approved']);

export async function unbanAuthor(
  deps: DepsWith<AuthorsPort & CommentsPort>,
  moderator: Moderator,
  authorId: string,
) {
  const before = await deps.repo.getAuthor(authorId, true);
  // Lifting a ban nobody placed is harmless for a real author, but an id naming nobody is a 404.
  if (!hasHistory(before)) await latestComment(deps, authorId, before);
  if (before.networkBan) await deps.repo.setNetworkBan(before.networkBan.hash, null);
  const { author, networkBan } = await deps.repo.liftBan(authorId, {
    by: actorOf(moderator),
    at: deps.now(),
  });
  // A ban placed between the read and the lift wrote its network ban first: lift that one too, or it would
  // refuse the network with nothing in the record to show it or lift it.
  if (networkBan && networkBan.hash !== before.networkBan?.hash)
    await deps.repo.setNetworkBan(networkBan.hash, null);
  return { author: publicAuthor(author) };
}

/**
 * The author's newest comment; with none, the author must at least have a record (an erased history, a
 * past ban), or the id names nobody: a ban or an unban of a mistyped id is a 404 that writes nothing,
 * not a ban record and a transparency count for an author who does not exist. `record`: the author's
 * record when the caller has read it already (the unban), so it is not read twice.
 */
async function latestComment(
  deps: DepsWith<AuthorsPort & CommentsPort>,
  authorId: string,
  record?: AuthorRecord,
) {
  const latest = (await deps.repo.commentsByAuthor(authorId, { limit: 1 })).items[0];
  if (!latest && !hasHistory(record ?? (await deps.repo.getAuthor(authorId, true))))
    throw new AuthorNotFoundError();
  return latest;
}

/**
 * Whether an author's record holds anything: decisions counted, a ban, or a ban's network bucket. An id
 * with no comment and no such record names nobody (a mistyped id): 404 `author_not_found`.
 */
export const hasHistory = (a: AuthorRecord): boolean =>
  a.approved > 0 || a.rejected > 0 || a.banned || a.banReason !== undefined || a.networkBan !== undefined;

/** An author's record as the moderator API shows it (`authorSchema`). */
export const publicAuthor = (a: AuthorRecord) => ({
  id: a.authorId,
  approved: a.approved,
  rejected: a.rejected,
  banned: a.banned,
  banReason: a.banReason ?? null,
  networkBannedUntil: a.networkBan ? new Date(a.networkBan.until * 1000).toISOString() : null,
});
