/** Authors: their history counters and bans, and the time-limited bans of their network buckets. */
import type { AuthorsPort, BanChange } from '../app/ports';
import { banCounters, dayOf } from '../domain/transparency';
import { retryOnContention, stripKeys, type Dynamo, type TransactItem } from './dynamo';
import { authorKey, networkBanKey } from './keys';
import { authorOf, type AuthorRecord } from './records';
import { transparencyUpdate } from './transparency';

/** Moves an author's history counters, in a transition's transaction. */
export const authorCounter = (
  db: Dynamo,
  authorId: string,
  approved: number,
  rejected: number,
): TransactItem =>
  db.updateItem({
    Key: authorKey(authorId),
    UpdateExpression: 'SET entity = if_not_exists(entity, :e), authorId = :a ADD approved :ap, rejected :rj',
    ExpressionAttributeValues: { ':e': 'author', ':a': authorId, ':ap': approved, ':rj': rejected },
  });

/** The author is not banned (never was, or was unbanned). */
const NOT_BANNED = 'attribute_not_exists(banned) OR banned = :f';

/** The author item's update of a ban or an unban; `first`: only if the author is not banned yet. */
function banUpdate(authorId: string, ban: BanChange, first = false) {
  const base = 'SET entity = if_not_exists(entity, :e), authorId = :a';
  return {
    Key: authorKey(authorId),
    UpdateExpression: ban.banned
      ? `${base}, banned = :t, banReason = :r, bannedAt = :at, bannedBy = :by${ban.networkBan ? ', networkBan = :nb' : ' REMOVE networkBan'}`
      : `${base}, banned = :f REMOVE banReason, bannedAt, bannedBy, networkBan`,
    ...(first ? { ConditionExpression: NOT_BANNED } : {}),
    // DynamoDB refuses a value no expression uses: `:f` only where the unban or the condition reads it.
    ExpressionAttributeValues: {
      ':e': 'author',
      ':a': authorId,
      ...(first || !ban.banned ? { ':f': false } : {}),
      ...(ban.banned
        ? {
            ':t': true,
            ':r': ban.reason ?? 'other',
            ':at': ban.at.toISOString(),
            ':by': ban.by,
            ...(ban.networkBan ? { ':nb': ban.networkBan } : {}),
          }
        : {}),
    },
  };
}

export class AuthorStore implements AuthorsPort {
  constructor(private readonly db: Dynamo) {}

  async getAuthor(authorId: string, consistent = false): Promise<AuthorRecord> {
    return authorOf(authorId, await this.db.get<Partial<AuthorRecord>>(authorKey(authorId), { consistent }));
  }

  /** Author records for up to 100 ids in one BatchGetItem; unknown authors get a clean record. */
  async getAuthors(authorIds: readonly string[]): Promise<Map<string, AuthorRecord>> {
    const ids = [...new Set(authorIds)];
    const found = new Map<string, AuthorRecord>();
    if (ids.length === 0) return found;
    const items = await this.db.getMany(ids.map((id) => authorKey(id)));
    ids.forEach((id, i) => found.set(id, authorOf(id, items[i] ?? null)));
    return found;
  }

  /**
   * Bans or unbans an author; posting is refused at once, and the consumer rejects what is queued. A ban of an author not banned counts in the day's transparency counters, in the same
   * transaction as the ban (conditional on the author not being banned yet); banning a banned author
   * again only rewrites the ban's reason and time, and counts nothing.
   */
  async setBan(authorId: string, ban: BanChange): Promise<AuthorRecord> {
    const counter = ban.banned ? transparencyUpdate(this.db, 'decided', dayOf(ban.at), banCounters()) : null;
    if (counter) {
      const first = await retryOnContention(async () => {
        const update = this.db.updateItem(banUpdate(authorId, ban, true));
        return (await this.db.transactGuarded([update, counter])) === 'written';
      });
      if (first) return this.getAuthor(authorId, true);
    }
    const out = await this.db.update({ ...banUpdate(authorId, ban), ReturnValues: 'ALL_NEW' });
    return authorOf(authorId, out.Attributes ? stripKeys<Partial<AuthorRecord>>(out.Attributes) : null);
  }

  async liftBan(authorId: string, change: Omit<BanChange, 'banned'>) {
    const out = await this.db.update({
      ...banUpdate(authorId, { ...change, banned: false }),
      ReturnValues: 'ALL_OLD',
    });
    const {
      networkBan,
      banReason: _reason,
      ...author
    } = authorOf(authorId, out.Attributes ? stripKeys<Partial<AuthorRecord>>(out.Attributes) : null);
    return { author: { ...author, banned: false }, networkBan };
  }

  async setNetworkBan(networkHash: string, until: number | null): Promise<void> {
    if (until === null) {
      await this.db.delete({ Key: networkBanKey(networkHash) });
      return;
    }
    await this.db.put({
      Item: { ...networkBanKey(networkHash), entity: 'network-ban', until, expiresAt: until },
    });
  }
}
