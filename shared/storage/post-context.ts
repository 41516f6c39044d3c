/**
 * What accepting a post needs to read, across aggregates, in one round trip (one `BatchGetItem`,
 * eventually consistent): the article's settings, the author's record (bans) and repeat-abuse record
 * (a running suspension, EU DSA Art. 23), the network bucket's ban,
 * the current minute's rate windows, the Idempotency-Key's record and, for a reply, the parent comment.
 * Every refusal is decided from these reads, so a refused request writes nothing. An author's edit reads
 * the article, the author's two records and the network's ban the same way (`getStanding`).
 */
import type { PostContext, PostContextPort, Standing } from '../app/ports';
import type { CommentRecord } from '../domain/comment';
import { abuseRecordOf } from '../domain/repeat-abuse';
import type { Dynamo, Item } from './dynamo';
import {
  abuseKey,
  articleKey,
  authorKey,
  commentKey,
  idempotencyKey,
  networkBanKey,
  rateWindowKey,
  type ItemKey,
} from './keys';
import {
  articleOf,
  authorOf,
  liveRecord,
  type ArticleRecord,
  type AuthorRecord,
  type IdempotencyRecord,
} from './records';

export class PostContextReader implements PostContextPort {
  constructor(private readonly db: Dynamo) {}

  async getPostContext(q: Parameters<PostContextPort['getPostContext']>[0]): Promise<PostContext> {
    const minute = Math.floor(q.now.getTime() / 60_000);
    const keys = [
      ...standingKeys(q),
      rateWindowKey('author', q.authorId, minute),
      rateWindowKey('network', q.networkHash, minute),
      q.idempotencyKey !== undefined ? idempotencyKey(q.idempotencyKey) : null,
      q.parentId !== null ? commentKey(q.parentId) : null,
    ];
    const found = await this.db.getMany(keys.filter((k): k is ItemKey => k !== null));
    const [authorWindow, networkWindow] = found.slice(STANDING_ITEMS);
    let i = STANDING_ITEMS + 2;
    const idem = q.idempotencyKey !== undefined ? (found[i++] as IdempotencyRecord | null) : null;
    const parent = q.parentId !== null ? ((found[i] as CommentRecord | null) ?? null) : null;
    return {
      ...standingOf(q, found),
      requests: {
        author: Number(authorWindow?.requests ?? 0),
        network: Number(networkWindow?.requests ?? 0),
      },
      idempotency: liveRecord(idem, q.now),
      parent,
    };
  }

  async getStanding(q: Parameters<PostContextPort['getStanding']>[0]): Promise<Standing> {
    return standingOf(q, await this.db.getMany(standingKeys(q)));
  }
}

/** An item `getMany` read, or none (the destructuring of a fixed-length answer types each as possibly absent). */
type Found = Item | null | undefined;

/** The items a standing is read from, first in both reads: the article, the author, the network's ban, the abuse record. */
const standingKeys = (q: { articleId: string; authorId: string; networkHash: string }): ItemKey[] => [
  articleKey(q.articleId),
  authorKey(q.authorId),
  networkBanKey(q.networkHash),
  abuseKey({ kind: 'author', id: q.authorId }),
];
const STANDING_ITEMS = 4;

/** The standing read from the first `STANDING_ITEMS` items `getMany` answered for `standingKeys`. */
function standingOf(
  q: { articleId: string; authorId: string; now: Date },
  found: readonly Found[],
): Standing {
  const [article, author, networkBan, abuse] = found;
  return {
    article: articleOf(q.articleId, article as Partial<ArticleRecord> | null),
    author: authorOf(q.authorId, author as Partial<AuthorRecord> | null),
    networkBanned: Number(networkBan?.until ?? 0) > q.now.getTime() / 1000,
    authorAbuse: abuseRecordOf({ kind: 'author', id: q.authorId }, abuse ?? null),
  };
}
