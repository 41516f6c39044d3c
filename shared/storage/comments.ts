/**
 * Comments: the item is the single source of truth (its stream drives moderation). Reads by id, pages of
 * the public listing (GSI1) and of an author's comments (GSI4), new comments, and the erasure of notes
 * kept beside a deleted one. Status changes and retention purges are in `comment-transition.ts`.
 */
import type { AuthorHistoryEntry, CommentsPort, IdempotentAnswer, Page } from '../app/ports';
import type { CommentRecord } from '../domain/comment';
import type { ForgetInput, PurgeInput, TransitionInput } from '../domain/lifecycle';
import { forgetComment, purgeComment, transitionComment, type FirstReplies } from './comment-transition';
import type { Dynamo } from './dynamo';
import { completeClaim } from './idempotency';
import {
  authorPartition,
  commentIdOf,
  commentIndexKeys,
  commentKey,
  repliesPartition,
  threadsPartition,
} from './keys';
import { noteKeys, removeNotes } from './notes';

/**
 * The comments of a page of a keys-only index, read from the table in one `BatchGetItem`, in index
 * order; `keep` drops a comment that has moved on since the index was read.
 */
export async function commentsOfPage(
  db: Dynamo,
  page: Page<unknown> & { ids: string[] },
  keep: (c: CommentRecord) => boolean,
): Promise<Page<CommentRecord>> {
  const found = page.ids.length === 0 ? [] : await db.getMany(page.ids.map((id) => commentKey(id)));
  return {
    items: found
      .filter((c): c is Record<string, unknown> => c !== null)
      .map((c) => c as unknown as CommentRecord)
      .filter(keep),
    lastId: page.lastId,
  };
}

/** One page of the public listing index (GSI1): approved roots of an article or replies of a thread. */
const listingPage = (
  db: Dynamo,
  partition: string,
  opts: { limit: number; forward: boolean; afterId?: string | undefined },
) => db.commentIndexPage<CommentRecord>('GSI1', 'GSI1PK', partition, { ...opts, sortAttr: 'GSI1SK' });

/** One page of an author's comments (GSI4), newest first, as the index holds them. */
const authorPage = <T extends object>(
  db: Dynamo,
  authorId: string,
  opts: { limit: number; afterId?: string | undefined },
) =>
  db.commentIndexPage<T>('GSI4', 'GSI4PK', authorPartition(authorId), {
    ...opts,
    forward: false,
    sortAttr: 'GSI4SK',
  });

export class CommentStore implements CommentsPort {
  constructor(private readonly db: Dynamo) {}

  getComment(id: string, consistent = false): Promise<CommentRecord | null> {
    return this.db.get<CommentRecord>(commentKey(id), { consistent });
  }

  async createComment(comment: CommentRecord, idempotency?: IdempotentAnswer): Promise<void> {
    const item = { ...commentKey(comment.id), ...commentIndexKeys(comment), ...comment, repliesVersion: 0 };
    const isNew = 'attribute_not_exists(PK)';
    if (!idempotency) {
      await this.db.put({ Item: item, ConditionExpression: isNew });
      return;
    }
    await this.db.transact([this.db.putItem(item, isNew), completeClaim(this.db, idempotency)]);
  }

  /** Up to 100 comments in one BatchGetItem (the comments a page of notices names). */
  async getComments(ids: readonly string[]): Promise<Map<string, CommentRecord>> {
    const unique = [...new Set(ids)];
    const page = await commentsOfPage(this.db, { items: [], ids: unique, lastId: null }, () => true);
    return new Map(page.items.map((c) => [c.id, c]));
  }

  /**
   * The current text of up to 100 comments in one BatchGetItem (the parents of a queue page's replies):
   * read where it is needed rather than copied, so an erased comment's text survives nowhere.
   */
  async commentBodies(ids: readonly string[]): Promise<Map<string, string>> {
    const unique = [...new Set(ids)];
    const out = new Map<string, string>();
    if (unique.length === 0) return out;
    const items = await this.db.getMany(
      unique.map((id) => commentKey(id)),
      ['body'],
    );
    unique.forEach((id, i) => {
      const body = items[i]?.body;
      if (typeof body === 'string') out.set(id, body);
    });
    return out;
  }

  listThreads(
    articleId: string,
    opts: { limit: number; newestFirst: boolean; afterId?: string | undefined },
  ) {
    return listingPage(this.db, threadsPartition(articleId), {
      limit: opts.limit,
      forward: !opts.newestFirst,
      afterId: opts.afterId,
    });
  }

  listReplies(rootId: string, opts: { limit: number; afterId?: string | undefined }) {
    return listingPage(this.db, repliesPartition(rootId), {
      limit: opts.limit,
      forward: true,
      afterId: opts.afterId,
    });
  }

  async recentTextsByAuthor(authorId: string, limit: number): Promise<AuthorHistoryEntry[]> {
    return (await authorPage<AuthorHistoryEntry>(this.db, authorId, { limit })).items;
  }

  async commentsByAuthor(
    authorId: string,
    opts: { limit: number; afterId?: string | undefined },
  ): Promise<Page<CommentRecord>> {
    return commentsOfPage(this.db, await authorPage(this.db, authorId, opts), () => true);
  }

  /** A thread's first approved replies (a transition refills the root's inline replies from them). */
  readonly firstReplies: FirstReplies = (rootId, limit) => this.listReplies(rootId, { limit });

  transition(input: TransitionInput): Promise<CommentRecord> {
    return transitionComment(this.db, input, this.firstReplies);
  }

  forget(input: ForgetInput): Promise<CommentRecord | null> {
    return forgetComment(this.db, input);
  }

  /**
   * The comments whose author token hashes to one of `hashes`: one Query of the token index (GSI7, keys
   * only) per hash, then the comments in one BatchGetItem. A token opens one comment.
   */
  async commentsByTokenHash(hashes: readonly string[]): Promise<CommentRecord[]> {
    // One Query per token (up to 100), sent side by side rather than one round trip after another.
    const pages = await Promise.all(
      [...new Set(hashes)].map((hash) =>
        this.db.query({
          IndexName: 'GSI7',
          KeyConditionExpression: 'authorTokenHash = :h',
          ExpressionAttributeValues: { ':h': hash },
          Limit: 1,
        }),
      ),
    );
    const ids = pages.flatMap((out) => (out.Items ?? []).map((entry) => commentIdOf(entry.PK)));
    return (await commentsOfPage(this.db, { items: [], ids, lastId: null }, () => true)).items;
  }

  /**
   * Erases the notes kept beside a deleted comment, in its own partition: moderators' notes on its audit
   * events and readers' notes on its flags (they may quote it). Idempotent; reads only items with a note.
   */
  async eraseNotes(commentId: string): Promise<number> {
    return removeNotes(this.db, await noteKeys(this.db, commentId));
  }

  purge(input: PurgeInput): Promise<void> {
    return purgeComment(this.db, input);
  }
}
