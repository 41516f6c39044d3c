/**
 * All DynamoDB access. Status changes are conditional on the expected status and version; items that
 * change together (comment, counters, audit event) change in one TransactWriteItems.
 */
import {
  BatchGetCommand,
  DeleteCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import type { QueryCommandInput, TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import {
  INLINE_REPLIES,
  toInlineReply,
  FLAGS_KEPT_INLINE,
  type CommentRecord,
  type CommentStatus,
  type FlagReason,
  type FlagSummary,
  type QueueName,
  type HumanDecision,
  type InlineReply,
} from '../domain/comment';
import type { DecisionRecord } from '../moderation/types';
import { CommentNotFoundError, VersionConflictError } from '../errors';
import { newId } from '../ids';
import {
  COMMENT_INDEX_ATTRIBUTES,
  INDEX_ATTRIBUTES,
  articleKey,
  articleQueuePartition,
  flagKey,
  queuePartition,
  reportedIndexKeys,
  auditEventKey,
  authorKey,
  authorPartition,
  commentIndexKeys,
  commentIdOf,
  commentKey,
  idempotencyKey,
  rateWindowKey,
  networkBanKey,
  EVENT_PREFIX,
  type RateKind,
  QUEUE_COUNTER_SHARDS,
  SHARD_PREFIX,
  REPORTED_INDEX_ATTRIBUTES,
  decisionStatsKey,
  queueCounterKey,
  repliesPartition,
  threadsPartition,
  type ItemKey,
} from './keys';
import type { Actor, ArticleRecord, AuditEvent, AuthorRecord, IdempotencyRecord } from './records';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

export interface RepositoryOptions {
  client: DynamoDBDocumentClient;
  tableName: string;
}

/** What the author index keeps of a comment (AUTHOR_HISTORY_ATTRIBUTES). */
export type AuthorHistoryEntry = Pick<CommentRecord, 'id' | 'body' | 'createdAt'>;

/** Everything a POST is accepted or refused on; see `Repository.getPostContext`. */
export interface PostContext {
  article: ArticleRecord;
  author: AuthorRecord;
  /** The poster's network bucket is under a time-limited ban. */
  networkBanned: boolean;
  /** Requests already counted this minute for the author and the network bucket. */
  requests: { author: number; network: number };
  /** The Idempotency-Key's live record, when one was asked for and exists. */
  idempotency: IdempotencyRecord | null;
  parent: CommentRecord | null;
}

export interface Page<T> {
  items: T[];
  /** Id of the last item returned, when more items follow. */
  lastId: string | null;
}

export interface TransitionInput {
  /** The comment as read: the write is conditional on its status and version. */
  comment: CommentRecord;
  to: CommentStatus;
  now: Date;
  actor: Actor;
  action: string;
  reason: string | null;
  note?: string;
  decision?: DecisionRecord;
  publicReason?: string;
  humanDecision?: HumanDecision;
  /** Take the comment out of the `reported` queue (a moderator resolved the flags). */
  clearReport?: boolean;
  /** The author's edit: the new text (the comment re-enters moderation). */
  edit?: { body: string };
  /** The author's deletion: erase the text, name and e-mail, keep only what counters need. */
  erase?: boolean;
}

/** Log-scale buckets of time to decision: bucket i holds durations in [2^(i/4), 2^((i+1)/4)) seconds. */
export const ttdBucket = (seconds: number): number =>
  Math.max(0, Math.floor(4 * Math.log2(Math.max(1, seconds))));
/** Upper bound in seconds of a time-to-decision bucket (how stats report percentiles). */
export const ttdBucketUpper = (bucket: number): number => Math.round(2 ** ((bucket + 1) / 4));
const DECISION_STATS_TTL_SECONDS = 8 * 24 * 3600;

/** Thrown when another writer changed an item a transaction was conditional on (not the comment). */
class ContentionError extends Error {}

const MAX_CONTENTION_RETRIES = 6;

/** How a transition moves the approved / rejected counters. */
const delta = (from: CommentStatus, to: CommentStatus, status: CommentStatus): number =>
  (to === status ? 1 : 0) - (from === status ? 1 : 0);

/** Table and index key attributes: storage details, never part of a record. */
const KEY_ATTRIBUTES = new Set<string>(['PK', 'SK', ...INDEX_ATTRIBUTES]);

/** An item without its key attributes (copied once; no deletes, which leave objects slow to read). */
const stripKeys = <T>(item: Record<string, unknown>): T => {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(item)) if (!KEY_ATTRIBUTES.has(k)) out[k] = v;
  return out as T;
};

export class Repository {
  private readonly client: DynamoDBDocumentClient;
  private readonly tableName: string;

  constructor(opts: RepositoryOptions) {
    this.client = opts.client;
    this.tableName = opts.tableName;
  }

  private async get<T>(key: ItemKey, consistent = false): Promise<T | null> {
    const out = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: key, ConsistentRead: consistent }),
    );
    return out.Item ? stripKeys<T>(out.Item) : null;
  }

  /**
   * Several items by key with `BatchGetItem` (100 keys a request, eventually consistent, as `get`), in the
   * order asked, with only `attributes` when given; null where there is no item. Keys DynamoDB leaves unprocessed (throttling) are asked
   * again with backoff; still unprocessed after five rounds, the read fails.
   */
  private async getMany(
    keys: readonly ItemKey[],
    attributes?: readonly string[],
  ): Promise<(Record<string, unknown> | null)[]> {
    const id = (k: { PK?: unknown; SK?: unknown }) => `${String(k.PK)}\n${String(k.SK)}`;
    // The keys always come back: answers are matched to the keys asked by them.
    const projection = attributes ? { ProjectionExpression: ['PK', 'SK', ...attributes].join(', ') } : {};
    const found = new Map<string, Record<string, unknown>>();
    let pending: Record<string, unknown>[] = keys.map((k) => ({ ...k }));
    for (let attempt = 0; pending.length > 0 && attempt < 5; attempt++) {
      if (attempt > 0) await sleep(25 * 2 ** attempt);
      const unprocessed: Record<string, unknown>[] = [];
      for (let i = 0; i < pending.length; i += 100) {
        const out = await this.client.send(
          new BatchGetCommand({
            RequestItems: { [this.tableName]: { Keys: pending.slice(i, i + 100), ...projection } },
          }),
        );
        for (const item of out.Responses?.[this.tableName] ?? []) found.set(id(item), item);
        unprocessed.push(...(out.UnprocessedKeys?.[this.tableName]?.Keys ?? []));
      }
      pending = unprocessed;
    }
    if (pending.length > 0) throw new Error('BatchGetItem left keys unprocessed after retries');
    return keys.map((k) => {
      const item = found.get(id(k));
      return item ? stripKeys<Record<string, unknown>>(item) : null;
    });
  }

  /**
   * What accepting a post needs to read, in one round trip (one `BatchGetItem`, eventually consistent):
   * the article's settings, the author's record (bans), the network bucket's ban, the current minute's
   * rate windows, the Idempotency-Key's record and, for a reply, the parent comment. Every refusal is
   * decided from these reads, so a refused request writes nothing.
   */
  async getPostContext(q: {
    articleId: string;
    authorId: string;
    networkHash: string;
    parentId: string | null;
    now: Date;
    idempotencyKey?: string | undefined;
  }): Promise<PostContext> {
    const minute = Math.floor(q.now.getTime() / 60_000);
    const keys = [
      articleKey(q.articleId),
      authorKey(q.authorId),
      networkBanKey(q.networkHash),
      rateWindowKey('author', q.authorId, minute),
      rateWindowKey('network', q.networkHash, minute),
      q.idempotencyKey !== undefined ? idempotencyKey(q.idempotencyKey) : null,
      q.parentId !== null ? commentKey(q.parentId) : null,
    ];
    const found = await this.getMany(keys.filter((k): k is ItemKey => k !== null));
    const [article, author, networkBan, authorWindow, networkWindow] = found;
    let i = 5;
    const idem = q.idempotencyKey !== undefined ? (found[i++] as IdempotencyRecord | null) : null;
    const parent = q.parentId !== null ? ((found[i] as CommentRecord | null) ?? null) : null;
    const nowSeconds = q.now.getTime() / 1000;
    const banUntil = Number(networkBan?.until ?? 0);
    return {
      article: this.articleOf(q.articleId, article as Partial<ArticleRecord> | null),
      author: this.authorOf(q.authorId, author as Partial<AuthorRecord> | null),
      networkBanned: banUntil > nowSeconds,
      requests: {
        author: Number(authorWindow?.requests ?? 0),
        network: Number(networkWindow?.requests ?? 0),
      },
      idempotency: idem && idem.expiresAt > nowSeconds ? idem : null,
      parent,
    };
  }

  /** Requests already counted in a subject's current one-minute window (eventually consistent). */
  async requestsThisMinute(kind: RateKind, subject: string, now: Date): Promise<number> {
    const item = await this.get<{ requests?: number }>(
      rateWindowKey(kind, subject, Math.floor(now.getTime() / 60_000)),
    );
    return Number(item?.requests ?? 0);
  }

  /** Bans a network bucket until `until` (epoch seconds), or lifts its ban. */
  async setNetworkBan(networkHash: string, until: number | null) {
    if (until === null) {
      await this.client.send(
        new DeleteCommand({ TableName: this.tableName, Key: networkBanKey(networkHash) }),
      );
      return;
    }
    await this.client.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { ...networkBanKey(networkHash), entity: 'network-ban', until, expiresAt: until },
      }),
    );
  }

  /** A comment by id, or null. */
  getComment(id: string, consistent = false): Promise<CommentRecord | null> {
    return this.get<CommentRecord>(commentKey(id), consistent);
  }

  /** Article settings and counters; an article nobody has touched yet is open and inherits the site mode. */
  async getArticle(articleId: string): Promise<ArticleRecord> {
    return this.articleOf(articleId, await this.get<Partial<ArticleRecord>>(articleKey(articleId)));
  }

  private articleOf(articleId: string, found: Partial<ArticleRecord> | null): ArticleRecord {
    return {
      entity: 'article',
      articleId,
      totalApproved: found?.totalApproved ?? 0,
      mode: found?.mode ?? null,
      closed: found?.closed ?? false,
    };
  }

  /** Sets an article's moderation mode (null inherits the site policy) and whether it is closed. */
  async putArticleSettings(
    articleId: string,
    settings: { mode?: 'pre' | 'post' | null | undefined; closed?: boolean | undefined },
  ) {
    const sets = ['entity = if_not_exists(entity, :e)', 'articleId = :a'];
    const values: Record<string, unknown> = { ':e': 'article', ':a': articleId };
    if (settings.mode !== undefined) {
      sets.push('#mode = :mode');
      values[':mode'] = settings.mode;
    }
    if (settings.closed !== undefined) {
      sets.push('closed = :closed');
      values[':closed'] = settings.closed;
    }
    await this.client.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: articleKey(articleId),
        UpdateExpression: `SET ${sets.join(', ')}`,
        ExpressionAttributeValues: values,
        ...(settings.mode !== undefined ? { ExpressionAttributeNames: { '#mode': 'mode' } } : {}),
      }),
    );
    return this.getArticle(articleId);
  }

  /** Author history; an unknown author has a clean record. */
  async getAuthor(authorId: string, consistent = false): Promise<AuthorRecord> {
    return this.authorOf(authorId, await this.get<Partial<AuthorRecord>>(authorKey(authorId), consistent));
  }

  private commentPut(comment: CommentRecord) {
    return {
      TableName: this.tableName,
      Item: { ...commentKey(comment.id), ...commentIndexKeys(comment), ...comment, repliesVersion: 0 },
      ConditionExpression: 'attribute_not_exists(PK)',
    };
  }

  /** Stores a new comment; with a claimed idempotency key, completes the claim in the same transaction. */
  async createComment(
    comment: CommentRecord,
    idempotency?: {
      hashedKey: string;
      requestHash: string;
      statusCode: number;
      responseBody: string;
      expiresAt: number;
    },
  ) {
    if (!idempotency) {
      await this.client.send(new PutCommand(this.commentPut(comment)));
      return;
    }
    await this.client.send(
      new TransactWriteCommand({
        TransactItems: [
          { Put: this.commentPut(comment) },
          {
            Update: {
              TableName: this.tableName,
              Key: idempotencyKey(idempotency.hashedKey),
              UpdateExpression:
                'SET #state = :done, statusCode = :code, responseBody = :body, expiresAt = :exp',
              ConditionExpression: '#state = :claimed AND requestHash = :hash',
              ExpressionAttributeNames: { '#state': 'state' },
              ExpressionAttributeValues: {
                ':done': 'completed',
                ':claimed': 'in_progress',
                ':hash': idempotency.requestHash,
                ':code': idempotency.statusCode,
                ':body': idempotency.responseBody,
                ':exp': idempotency.expiresAt,
              },
            },
          },
        ],
      }),
    );
  }

  /**
   * Claims an Idempotency-Key for a request: `claimed` when this request now owns the key, else the
   * record already there (another request's claim or completed response; null if it just vanished).
   */
  async claimIdempotencyKey(
    hashedKey: string,
    record: IdempotencyRecord,
    now: Date,
  ): Promise<{ claimed: true } | { claimed: false; existing: IdempotencyRecord | null }> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...idempotencyKey(hashedKey), ...record },
          // An expired claim (its request crashed) or expired response may be taken over.
          ConditionExpression: 'attribute_not_exists(PK) OR expiresAt < :now',
          ExpressionAttributeValues: { ':now': Math.floor(now.getTime() / 1000) },
        }),
      );
      return { claimed: true };
    } catch (err) {
      if (!(err instanceof Error && err.name === 'ConditionalCheckFailedException')) throw err;
      return { claimed: false, existing: await this.getIdempotencyRecord(hashedKey, now) };
    }
  }

  /** Gives up a claim whose request failed, so a retry is evaluated afresh. */
  async releaseIdempotencyKey(hashedKey: string, requestHash: string) {
    await this.client
      .send(
        new DeleteCommand({
          TableName: this.tableName,
          Key: idempotencyKey(hashedKey),
          ConditionExpression: '#state = :claimed AND requestHash = :hash',
          ExpressionAttributeNames: { '#state': 'state' },
          ExpressionAttributeValues: { ':claimed': 'in_progress', ':hash': requestHash },
        }),
      )
      .catch((err: unknown) => {
        // Already completed or taken over: nothing to release. Anything else is the caller's to see.
        if (!(err instanceof Error && err.name === 'ConditionalCheckFailedException')) throw err;
      });
  }

  /** A stored idempotency record, ignoring one whose TTL has passed but that DynamoDB has not yet deleted. */
  async getIdempotencyRecord(hashedKey: string, now: Date): Promise<IdempotencyRecord | null> {
    const rec = await this.get<IdempotencyRecord>(idempotencyKey(hashedKey), true);
    return rec && rec.expiresAt > now.getTime() / 1000 ? rec : null;
  }

  /**
   * One page of an index partition, as the index holds the items (its projection), and the id of the
   * last comment when more follow. Comment items only: the table key says which comment an entry is.
   */
  private async queryIndex<T extends object = CommentRecord>(
    indexName: string,
    partitionAttr: string,
    partition: string,
    opts: { limit: number; forward: boolean; afterId?: string | undefined; sortAttr: string },
  ): Promise<Page<T> & { ids: string[] }> {
    const out = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: indexName,
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': partitionAttr },
        ExpressionAttributeValues: { ':pk': partition },
        ScanIndexForward: opts.forward,
        // One more than asked tells whether another page exists without an empty last page.
        Limit: opts.limit + 1,
        ...(opts.afterId
          ? {
              ExclusiveStartKey: {
                ...commentKey(opts.afterId),
                [partitionAttr]: partition,
                [opts.sortAttr]: opts.afterId,
              },
            }
          : {}),
      }),
    );
    const found = out.Items ?? [];
    const more = found.length > opts.limit;
    const entries = more ? found.slice(0, opts.limit) : found;
    const ids = entries.map((e) => commentIdOf(e.PK));
    return {
      items: entries.map((i) => stripKeys<T>(i)),
      ids,
      lastId: more ? (ids[ids.length - 1] ?? null) : null,
    };
  }

  /**
   * A page of an index that holds keys only, with the comments read from the table in one
   * `BatchGetItem`, in index order; `keep` drops a comment that has moved on since the index was read.
   */
  private async commentsOf(
    page: Page<unknown> & { ids: string[] },
    keep: (c: CommentRecord) => boolean,
  ): Promise<Page<CommentRecord>> {
    const found = page.ids.length === 0 ? [] : await this.getMany(page.ids.map((id) => commentKey(id)));
    return {
      items: found
        .filter((c): c is Record<string, unknown> => c !== null)
        .map((c) => c as unknown as CommentRecord)
        .filter(keep),
      lastId: page.lastId,
    };
  }

  /** One page of an article's approved threads (root comments carrying their first replies). */
  listThreads(
    articleId: string,
    opts: { limit: number; newestFirst: boolean; afterId?: string | undefined },
  ) {
    return this.queryIndex('GSI1', 'GSI1PK', threadsPartition(articleId), {
      limit: opts.limit,
      forward: !opts.newestFirst,
      afterId: opts.afterId,
      sortAttr: 'GSI1SK',
    });
  }

  /** One page of a thread's approved replies, oldest first. */
  listReplies(rootId: string, opts: { limit: number; afterId?: string | undefined }) {
    return this.queryIndex('GSI1', 'GSI1PK', repliesPartition(rootId), {
      limit: opts.limit,
      forward: true,
      afterId: opts.afterId,
      sortAttr: 'GSI1SK',
    });
  }

  /** The texts and times of an author's most recent comments, newest first (from the author index). */
  async recentTextsByAuthor(authorId: string, limit: number): Promise<AuthorHistoryEntry[]> {
    const page = await this.queryIndex<AuthorHistoryEntry>('GSI4', 'GSI4PK', authorPartition(authorId), {
      limit,
      forward: false,
      sortAttr: 'GSI4SK',
    });
    return page.items;
  }

  /** An author's comments, newest first, a page at a time. */
  async commentsByAuthor(
    authorId: string,
    opts: { limit: number; afterId?: string | undefined },
  ): Promise<Page<CommentRecord>> {
    const page = await this.queryIndex('GSI4', 'GSI4PK', authorPartition(authorId), {
      limit: opts.limit,
      forward: false,
      afterId: opts.afterId,
      sortAttr: 'GSI4SK',
    });
    return this.commentsOf(page, () => true);
  }

  /**
   * Counts one request in the subject's current one-minute window. Returns the seconds until the window
   * ends when the limit is already reached (the request is refused and not counted), else null.
   */
  async hitRateLimit(kind: RateKind, subject: string, limit: number, now: Date): Promise<number | null> {
    const minute = Math.floor(now.getTime() / 60_000);
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: rateWindowKey(kind, subject, minute),
          UpdateExpression: 'ADD #n :one SET expiresAt = if_not_exists(expiresAt, :ttl)',
          ConditionExpression: 'attribute_not_exists(#n) OR #n < :limit',
          ExpressionAttributeNames: { '#n': 'requests' },
          ExpressionAttributeValues: { ':one': 1, ':limit': limit, ':ttl': (minute + 60) * 60 },
        }),
      );
      return null;
    } catch (err) {
      if (err instanceof Error && err.name === 'ConditionalCheckFailedException') {
        return Math.max(1, Math.ceil(((minute + 1) * 60_000 - now.getTime()) / 1000));
      }
      throw err;
    }
  }

  /**
   * Takes back one request that `hitRateLimit` counted at `now` (its request was refused by the other
   * limit after all), deleting the window again when that leaves it empty: a refused request counts
   * nowhere and leaves the table as it was.
   */
  async releaseRateLimit(kind: RateKind, subject: string, now: Date): Promise<void> {
    const key = rateWindowKey(kind, subject, Math.floor(now.getTime() / 60_000));
    const names = { '#n': 'requests' };
    try {
      const out = await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: key,
          UpdateExpression: 'ADD #n :minus',
          ConditionExpression: '#n > :zero',
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: { ':minus': -1, ':zero': 0 },
          ReturnValues: 'UPDATED_NEW',
        }),
      );
      if (Number(out.Attributes?.requests) !== 0) return;
      await this.client.send(
        new DeleteCommand({
          TableName: this.tableName,
          Key: key,
          ConditionExpression: '#n = :zero',
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: { ':zero': 0 },
        }),
      );
    } catch (err) {
      // Counted again meanwhile (the window is in use) or already empty: nothing to take back.
      if (!(err instanceof Error && err.name === 'ConditionalCheckFailedException')) throw err;
    }
  }

  /**
   * Requests counted for a subject over the last `minutes` one-minute windows, the current one included.
   * One range Query over the subject's windows: billed on the few small items that exist, where a
   * `BatchGetItem` of every minute's key would be billed per key, found or not.
   */
  async recentRequests(kind: RateKind, subject: string, minutes: number, now: Date): Promise<number> {
    const current = Math.floor(now.getTime() / 60_000);
    const first = rateWindowKey(kind, subject, current - minutes + 1);
    const items = await this.queryAll({
      KeyConditionExpression: 'PK = :pk AND SK BETWEEN :from AND :to',
      ExpressionAttributeValues: {
        ':pk': first.PK,
        ':from': first.SK,
        ':to': rateWindowKey(kind, subject, current).SK,
      },
      ProjectionExpression: 'requests',
    });
    return items.reduce((sum, item) => sum + Number(item.requests ?? 0), 0);
  }

  /** Every item of a Query on the table (small partitions only: windows, counter shards, hour counters). */
  private async queryAll(
    input: Pick<
      QueryCommandInput,
      'KeyConditionExpression' | 'ExpressionAttributeValues' | 'ProjectionExpression'
    > & {
      ConsistentRead?: boolean;
    },
  ): Promise<Record<string, unknown>[]> {
    const items: Record<string, unknown>[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const out = await this.client.send(
        new QueryCommand({ TableName: this.tableName, ...input, ExclusiveStartKey: startKey }),
      );
      items.push(...(out.Items ?? []));
      startKey = out.LastEvaluatedKey;
    } while (startKey);
    return items;
  }

  /** One page of a moderation queue, site-wide or for one article, by time of posting. */
  async listQueue(
    queue: QueueName,
    opts: {
      articleId?: string | undefined;
      limit: number;
      newestFirst: boolean;
      afterId?: string | undefined;
    },
  ) {
    const reported = queue === 'reported';
    const [index, partitionAttr, sortAttr] = reported
      ? opts.articleId
        ? ['GSI6', 'GSI6PK', 'GSI6SK']
        : ['GSI5', 'GSI5PK', 'GSI5SK']
      : opts.articleId
        ? ['GSI3', 'GSI3PK', 'GSI3SK']
        : ['GSI2', 'GSI2PK', 'GSI2SK'];
    const partition = opts.articleId ? articleQueuePartition(queue, opts.articleId) : queuePartition(queue);
    const page = await this.queryIndex(index, partitionAttr, partition, {
      limit: opts.limit,
      forward: !opts.newestFirst,
      afterId: opts.afterId,
      sortAttr,
    });
    // The index is read a moment before the comments: one decided meanwhile is no longer in this queue.
    return this.commentsOf(page, reported ? (c) => c.reported === true : (c) => c.status === queue);
  }

  /** Author records for up to 100 ids in one BatchGetItem; unknown authors get a clean record. */
  async getAuthors(authorIds: readonly string[]): Promise<Map<string, AuthorRecord>> {
    const ids = [...new Set(authorIds)];
    const found = new Map<string, AuthorRecord>();
    if (ids.length === 0) return found;
    // An author with no record yet simply has a clean history.
    const items = await this.getMany(ids.map((id) => authorKey(id)));
    ids.forEach((id, i) => found.set(id, this.authorOf(id, items[i] ?? null)));
    return found;
  }

  /**
   * The current text of up to 100 comments in one BatchGetItem (the parents of a queue page's replies):
   * read where it is needed rather than copied, so an erased comment's text survives nowhere.
   */
  async commentBodies(ids: readonly string[]): Promise<Map<string, string>> {
    const unique = [...new Set(ids)];
    const out = new Map<string, string>();
    if (unique.length === 0) return out;
    const items = await this.getMany(
      unique.map((id) => commentKey(id)),
      ['body'],
    );
    unique.forEach((id, i) => {
      const body = items[i]?.body;
      if (typeof body === 'string') out.set(id, body);
    });
    return out;
  }

  private authorOf(authorId: string, found: Partial<AuthorRecord> | null): AuthorRecord {
    const author: AuthorRecord = {
      entity: 'author',
      authorId,
      approved: found?.approved ?? 0,
      rejected: found?.rejected ?? 0,
      banned: found?.banned ?? false,
    };
    if (found?.banReason) author.banReason = found.banReason;
    if (found?.networkBan) author.networkBan = found.networkBan;
    return author;
  }

  /** Bans or unbans an author; posting is refused at once, and the consumer rejects what is queued. */
  async setBan(
    authorId: string,
    ban: {
      banned: boolean;
      reason?: string;
      by: Actor;
      at: Date;
      networkBan?: { hash: string; until: number };
    },
  ): Promise<AuthorRecord> {
    const base = 'SET entity = if_not_exists(entity, :e), authorId = :a';
    const out = await this.client.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: authorKey(authorId),
        UpdateExpression: ban.banned
          ? `${base}, banned = :t, banReason = :r, bannedAt = :at, bannedBy = :by${ban.networkBan ? ', networkBan = :nb' : ' REMOVE networkBan'}`
          : `${base}, banned = :f REMOVE banReason, bannedAt, bannedBy, networkBan`,
        ExpressionAttributeValues: ban.banned
          ? {
              ':e': 'author',
              ':a': authorId,
              ':t': true,
              ':r': ban.reason ?? 'other',
              ':at': ban.at.toISOString(),
              ':by': ban.by,
              ...(ban.networkBan ? { ':nb': ban.networkBan } : {}),
            }
          : { ':e': 'author', ':a': authorId, ':f': false },
        ReturnValues: 'ALL_NEW',
      }),
    );
    return this.authorOf(authorId, out.Attributes ? stripKeys<Partial<AuthorRecord>>(out.Attributes) : null);
  }

  /**
   * Records one reader flag (one per reporter per comment) and, when the open flags reach the
   * threshold, puts the comment in the `reported` queue: one transaction, conditional on the flag
   * count read, retried on contention. Returns null when this reporter already flagged the comment.
   */
  async addFlag(
    commentId: string,
    flag: { reporter: string; reason: FlagReason; note?: string; at: Date },
    threshold: number,
  ): Promise<CommentRecord | null> {
    for (let attempt = 0; ; attempt++) {
      const c = await this.getComment(commentId, true);
      if (!c) throw new CommentNotFoundError();
      const at = flag.at.toISOString();
      const open = (c.openFlags ?? 0) + 1;
      const summary: FlagSummary = { reason: flag.reason, at, ...(flag.note ? { note: flag.note } : {}) };
      const recent = [...(c.recentFlags ?? []), summary].slice(-FLAGS_KEPT_INLINE);
      const reasons = { ...(c.flagReasons ?? {}), [flag.reason]: (c.flagReasons?.[flag.reason] ?? 0) + 1 };
      const report = !c.reported && open >= threshold && (c.status === 'approved' || c.status === 'pending');
      const sets = ['openFlags = :open', 'flagReasons = :reasons', 'recentFlags = :recent'];
      const values: Record<string, unknown> = {
        ':open': open,
        ':reasons': reasons,
        ':recent': recent,
        ':seen': c.openFlags ?? 0,
        ':v': c.version,
      };
      if (report) {
        sets.push('reported = :true', 'reportedAt = :at');
        values[':true'] = true;
        values[':at'] = at;
        for (const [k, v] of Object.entries(reportedIndexKeys(c))) {
          sets.push(`${k} = :${k}`);
          values[`:${k}`] = v;
        }
      }
      const items: TransactItem[] = [
        {
          Put: {
            TableName: this.tableName,
            Item: { ...flagKey(commentId, flag.reporter), entity: 'flag', commentId, ...summary },
            ConditionExpression: 'attribute_not_exists(PK)',
          },
        },
        {
          Update: {
            TableName: this.tableName,
            Key: commentKey(commentId),
            UpdateExpression: `SET ${sets.join(', ')}`,
            ConditionExpression: '(openFlags = :seen OR attribute_not_exists(openFlags)) AND #version = :v',
            ExpressionAttributeNames: { '#version': 'version' },
            ExpressionAttributeValues: values,
          },
        },
      ];
      if (report) {
        const counters = this.queueCounters(c.status, c.status, 1);
        if (counters) items.push(counters);
      }
      try {
        await this.client.send(new TransactWriteCommand({ TransactItems: items }));
        return {
          ...c,
          openFlags: open,
          flagReasons: reasons,
          recentFlags: recent,
          ...(report ? { reported: true } : {}),
        };
      } catch (err) {
        const reasonsOut = cancellationReasons(err);
        if (!reasonsOut) throw err;
        if (reasonsOut[0] === 'ConditionalCheckFailed') return null;
        if (attempt >= MAX_CONTENTION_RETRIES) throw err;
        await sleep(10 * 2 ** attempt + Math.random() * 20);
      }
    }
  }

  /** Queue sizes from the sharded counters, with `received` counted by a bounded Query. */
  async queueSizes(): Promise<Record<QueueName, number>> {
    const [shards, received] = await Promise.all([
      // The shards share one partition: a Query reads them all for the size of what exists.
      this.queryAll({
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :shard)',
        ExpressionAttributeValues: { ':pk': queueCounterKey(0).PK, ':shard': SHARD_PREFIX },
        ConsistentRead: true,
      }),
      this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: 'GSI2',
          KeyConditionExpression: 'GSI2PK = :pk',
          ExpressionAttributeValues: { ':pk': queuePartition('received') },
          Select: 'COUNT',
        }),
      ),
    ]);
    const sizes: Record<QueueName, number> = {
      received: received.Count ?? 0,
      pending: 0,
      approved: 0,
      rejected: 0,
      reported: 0,
    };
    for (const item of shards) {
      for (const q of ['pending', 'approved', 'rejected', 'reported'] as const)
        sizes[q] += Number(item[q] ?? 0);
    }
    return sizes;
  }

  /** The oldest comment waiting in a queue, or null when it is empty. */
  async oldestIn(queue: QueueName): Promise<CommentRecord | null> {
    const page = await this.listQueue(queue, { limit: 1, newestFirst: false });
    return page.items[0] ?? null;
  }

  /** Human-decision counters of the hours from `firstHour` to `lastHour` (`yyyy-mm-ddThh`), both included. */
  async decisionStatsBetween(firstHour: string, lastHour: string): Promise<Record<string, number>[]> {
    const items = await this.queryAll({
      KeyConditionExpression: 'PK = :pk AND SK BETWEEN :from AND :to',
      ExpressionAttributeValues: {
        ':pk': decisionStatsKey(firstHour).PK,
        ':from': decisionStatsKey(firstHour).SK,
        ':to': decisionStatsKey(lastHour).SK,
      },
    });
    return items.map(
      (item) =>
        Object.fromEntries(Object.entries(item).filter(([, v]) => typeof v === 'number')) as Record<
          string,
          number
        >,
    );
  }

  /** Approved-comment counts for up to 100 articles in one BatchGetItem (`getMany`). */
  async countApproved(articleIds: readonly string[]): Promise<Record<string, number>> {
    // The most read route: only the counter comes back.
    const items = await this.getMany(
      articleIds.map((id) => articleKey(id)),
      ['totalApproved'],
    );
    return Object.fromEntries(articleIds.map((id, i) => [id, Number(items[i]?.totalApproved ?? 0)]));
  }

  /** Appends an audit event that records no transition (e.g. a refused decision). */
  async appendAudit(event: AuditEvent) {
    await this.client.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { ...auditEventKey(event.commentId, event.at, event.eventId), ...event },
        ConditionExpression: 'attribute_not_exists(PK)',
      }),
    );
  }

  /** A page of a comment's audit events, oldest first, and the sort key to continue after. */
  async history(
    commentId: string,
    opts: { limit: number; afterKey?: string | undefined } = { limit: 100 },
  ): Promise<{ items: AuditEvent[]; lastKey: string | null }> {
    const pk = commentKey(commentId).PK;
    const out = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :event)',
        ExpressionAttributeValues: { ':pk': pk, ':event': EVENT_PREFIX },
        Limit: opts.limit,
        ...(opts.afterKey !== undefined ? { ExclusiveStartKey: { PK: pk, SK: opts.afterKey } } : {}),
      }),
    );
    const last: unknown = out.LastEvaluatedKey?.SK;
    return {
      items: (out.Items ?? []).map((i) => stripKeys<AuditEvent>(i)),
      lastKey: typeof last === 'string' ? last : null,
    };
  }

  /**
   * Erases the notes kept beside a deleted comment, in its own partition: moderators' notes on its audit
   * events and readers' notes on its flags (they may quote it). Idempotent; reads only items with a note.
   */
  async eraseNotes(commentId: string): Promise<number> {
    const pk = commentKey(commentId).PK;
    let erased = 0;
    let startKey: Record<string, unknown> | undefined;
    do {
      const out = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'PK = :pk AND SK > :comment',
          FilterExpression: 'attribute_exists(note)',
          ExpressionAttributeValues: { ':pk': pk, ':comment': 'COMMENT' },
          ProjectionExpression: 'PK, SK',
          ExclusiveStartKey: startKey,
        }),
      );
      for (const item of out.Items ?? []) {
        await this.client.send(
          new UpdateCommand({
            TableName: this.tableName,
            Key: { PK: item.PK as string, SK: item.SK as string },
            UpdateExpression: 'REMOVE note',
          }),
        );
        erased++;
      }
      startKey = out.LastEvaluatedKey;
    } while (startKey);
    return erased;
  }

  /**
   * Moves a comment to a new status in one transaction with everything that depends on it: the
   * article's approved count, the thread's reply count and inline replies, the author's history and an
   * audit event. Throws VersionConflictError when the comment is no longer at the status and version
   * it was read at; contention on the other items is retried.
   */
  async transition(input: TransitionInput): Promise<CommentRecord> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.tryTransition(input);
      } catch (err) {
        if (!(err instanceof ContentionError) || attempt >= MAX_CONTENTION_RETRIES) throw err;
        await sleep(10 * 2 ** attempt + Math.random() * 20);
      }
    }
  }

  private async tryTransition(input: TransitionInput): Promise<CommentRecord> {
    const { comment: c, to, now } = input;
    const at = now.toISOString();
    const next: CommentRecord = {
      ...c,
      status: to,
      version: c.version + 1,
      updatedAt: at,
      previousStatus: c.status,
    };
    if (input.decision) next.decision = input.decision;
    if (input.humanDecision) next.humanDecision = input.humanDecision;
    if (input.edit) {
      next.body = input.edit.body;
      next.editedAt = at;
    }
    if (input.erase) eraseRecord(next);
    const clearReport =
      c.reported === true && (input.clearReport === true || to === 'rejected' || to === 'deleted');
    if (clearReport) {
      next.reported = false;
      next.openFlags = 0;
    }
    if (to === 'rejected') next.publicReason = input.publicReason ?? input.reason ?? 'other';
    else delete next.publicReason;

    const approvedDelta = delta(c.status, to, 'approved');
    // Author history counts every rejection ever made: an author's edit or deletion of a rejected
    // comment takes nothing back; only a moderator overturning the rejection does.
    const rejectedDelta = Math.max(
      delta(c.status, to, 'rejected'),
      input.actor.type === 'moderator' ? -1 : 0,
    );
    const items: TransactItem[] = [
      this.commentUpdate(c, next, input.erase === true),
      this.auditPut(next, input, at),
    ];
    if (approvedDelta !== 0) items.push(this.articleCounter(c.articleId, approvedDelta));
    if (approvedDelta !== 0 || rejectedDelta !== 0)
      items.push(this.authorCounter(c.authorId, approvedDelta, rejectedDelta));
    if (approvedDelta !== 0 && c.parentId !== null)
      items.push(await this.rootRepliesUpdate(next, approvedDelta));
    const counters = this.queueCounters(c.status, to, clearReport ? -1 : 0);
    if (counters) items.push(counters);
    if (input.humanDecision) items.push(this.decisionStatsUpdate(input.now, input.humanDecision.action, c));

    try {
      await this.client.send(new TransactWriteCommand({ TransactItems: items }));
    } catch (err) {
      const reasons = cancellationReasons(err);
      if (!reasons) throw err;
      if (reasons[0] === 'ConditionalCheckFailed') throw new VersionConflictError();
      if (reasons.some((r) => r === 'ConditionalCheckFailed' || r === 'TransactionConflict'))
        throw new ContentionError();
      throw err;
    }
    return next;
  }

  /** Adds a transition to one random shard of the queue-size counters (`received` is counted by Query). */
  private queueCounters(from: CommentStatus, to: CommentStatus, reportedDelta: number): TransactItem | null {
    const values: Record<string, number> = {};
    for (const q of ['pending', 'approved', 'rejected'] as const) {
      const d = delta(from, to, q);
      if (d !== 0) values[q] = d;
    }
    if (reportedDelta !== 0) values.reported = reportedDelta;
    const names = Object.keys(values);
    if (names.length === 0) return null;
    return {
      Update: {
        TableName: this.tableName,
        Key: queueCounterKey(Math.floor(Math.random() * QUEUE_COUNTER_SHARDS)),
        UpdateExpression: `ADD ${names.map((n) => `#${n} :${n}`).join(', ')}`,
        ExpressionAttributeNames: Object.fromEntries(names.map((n) => [`#${n}`, n])),
        ExpressionAttributeValues: Object.fromEntries(names.map((n) => [`:${n}`, values[n]])),
      },
    };
  }

  /** Counts a human decision in its hour, with the time from posting to a first decision. */
  private decisionStatsUpdate(now: Date, action: 'approve' | 'reject', c: CommentRecord): TransactItem {
    const first = c.status === 'pending' || c.status === 'received';
    const seconds = (now.getTime() - Date.parse(c.createdAt)) / 1000;
    const adds = ['decisions :one', `${action === 'approve' ? 'approved' : 'rejected'} :one`];
    if (first) adds.push(`ttd${ttdBucket(seconds)} :one`, 'firstDecisions :one');
    return {
      Update: {
        TableName: this.tableName,
        Key: decisionStatsKey(now.toISOString().slice(0, 13)),
        UpdateExpression: `ADD ${adds.join(', ')} SET expiresAt = if_not_exists(expiresAt, :ttl)`,
        ExpressionAttributeValues: {
          ':one': 1,
          ':ttl': Math.floor(now.getTime() / 1000) + DECISION_STATS_TTL_SECONDS,
        },
      },
    };
  }

  private commentUpdate(c: CommentRecord, next: CommentRecord, erase: boolean): TransactItem {
    const indexKeys = commentIndexKeys(next);
    const names: Record<string, string> = { '#status': 'status', '#version': 'version' };
    const values: Record<string, unknown> = {
      ':from': c.status,
      ':v': c.version,
      ':to': next.status,
      ':nv': next.version,
      ':at': next.updatedAt,
      ':prev': c.status,
    };
    const sets = ['#status = :to', '#version = :nv', 'updatedAt = :at', 'previousStatus = :prev'];
    for (const [attr, value] of Object.entries(indexKeys)) {
      sets.push(`${attr} = :${attr}`);
      values[`:${attr}`] = value;
    }
    if (next.decision) {
      sets.push('decision = :decision');
      values[':decision'] = next.decision;
    }
    if (next.humanDecision) {
      sets.push('humanDecision = :human');
      values[':human'] = next.humanDecision;
    }
    if (next.body !== c.body) {
      sets.push('body = :body');
      values[':body'] = next.body;
    }
    if (next.editedAt !== c.editedAt) {
      sets.push('editedAt = :editedAt');
      values[':editedAt'] = next.editedAt;
    }
    if (next.authorName !== c.authorName) {
      sets.push('authorName = :authorName');
      values[':authorName'] = next.authorName;
    }
    const removes = COMMENT_INDEX_ATTRIBUTES.filter((a) => !(a in indexKeys)) as string[];
    if (erase) {
      removes.push(...ERASED_ATTRIBUTES);
      if (next.recentFlags) {
        sets.push('recentFlags = :recentFlags');
        values[':recentFlags'] = next.recentFlags;
      }
    }
    if (c.reported === true && next.reported === false) {
      sets.push('reported = :false', 'openFlags = :zero');
      values[':false'] = false;
      values[':zero'] = 0;
      removes.push(...REPORTED_INDEX_ATTRIBUTES);
    }
    if (next.publicReason) {
      sets.push('publicReason = :pr');
      values[':pr'] = next.publicReason;
    } else removes.push('publicReason');
    return {
      Update: {
        TableName: this.tableName,
        Key: commentKey(c.id),
        UpdateExpression: `SET ${sets.join(', ')}${removes.length ? ` REMOVE ${removes.join(', ')}` : ''}`,
        ConditionExpression: '#status = :from AND #version = :v',
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      },
    };
  }

  private auditPut(next: CommentRecord, input: TransitionInput, at: string): TransactItem {
    const eventId = newId(input.now.getTime());
    const event: AuditEvent = {
      entity: 'audit',
      eventId,
      commentId: next.id,
      at,
      actor: input.actor,
      action: input.action,
      from: input.comment.status,
      to: next.status,
      reason: input.reason,
      version: next.version,
    };
    if (input.note) event.note = input.note;
    return {
      Put: {
        TableName: this.tableName,
        Item: { ...auditEventKey(next.id, at, eventId), ...event },
        ConditionExpression: 'attribute_not_exists(PK)',
      },
    };
  }

  private articleCounter(articleId: string, d: number): TransactItem {
    return {
      Update: {
        TableName: this.tableName,
        Key: articleKey(articleId),
        UpdateExpression: 'SET entity = if_not_exists(entity, :e), articleId = :a ADD totalApproved :d',
        ExpressionAttributeValues: { ':e': 'article', ':a': articleId, ':d': d },
      },
    };
  }

  private authorCounter(authorId: string, approved: number, rejected: number): TransactItem {
    return {
      Update: {
        TableName: this.tableName,
        Key: authorKey(authorId),
        UpdateExpression:
          'SET entity = if_not_exists(entity, :e), authorId = :a ADD approved :ap, rejected :rj',
        ExpressionAttributeValues: { ':e': 'author', ':a': authorId, ':ap': approved, ':rj': rejected },
      },
    };
  }

  /** Keeps the root's reply count and inline first replies in step with a reply entering or leaving `approved`. */
  private async rootRepliesUpdate(reply: CommentRecord, d: number): Promise<TransactItem> {
    const out = await this.client.send(
      new GetCommand({
        TableName: this.tableName,
        Key: commentKey(reply.rootId),
        ConsistentRead: true,
        ProjectionExpression: 'firstReplies, replyCount, repliesVersion',
      }),
    );
    const root = out.Item ?? {};
    const seen = Number(root.repliesVersion ?? 0);
    const current = ((root.firstReplies as InlineReply[] | undefined) ?? []).filter((r) => r.id !== reply.id);
    let first: InlineReply[];
    if (d > 0) {
      first = [...current, toInlineReply(reply)]
        .sort((a, b) => (a.id < b.id ? -1 : 1))
        .slice(0, INLINE_REPLIES);
    } else {
      first = current;
      const remaining = Number(root.replyCount ?? 0) + d;
      if (first.length < Math.min(INLINE_REPLIES, remaining)) {
        const page = await this.listReplies(reply.rootId, { limit: INLINE_REPLIES + 1 });
        first = page.items
          .filter((r) => r.id !== reply.id)
          .slice(0, INLINE_REPLIES)
          .map(toInlineReply);
      }
    }
    return {
      Update: {
        TableName: this.tableName,
        Key: commentKey(reply.rootId),
        UpdateExpression: 'SET firstReplies = :first, repliesVersion = :next ADD replyCount :d',
        ConditionExpression:
          'attribute_exists(PK) AND (repliesVersion = :seen OR attribute_not_exists(repliesVersion))',
        ExpressionAttributeValues: { ':first': first, ':next': seen + 1, ':seen': seen, ':d': d },
      },
    };
  }
}

/** Attributes a deleted comment loses outright (`authorEmail` and `parentExcerpt` from older items). */
const ERASED_ATTRIBUTES = ['authorEmail', 'authorEmailHash', 'parentExcerpt'] as const;

/**
 * A deleted comment keeps only what counters and threads need: its text, name and e-mail hash go, and
 * so does every copy of its words in the decision record's evidence (matched terms, links), the
 * moderator's note and the reader flags' notes.
 */
function eraseRecord(next: CommentRecord) {
  next.body = '';
  next.authorName = '';
  for (const attr of ERASED_ATTRIBUTES) delete (next as unknown as Record<string, unknown>)[attr];
  if (next.decision) {
    next.decision = { ...next.decision, checks: next.decision.checks.map((c) => ({ ...c, evidence: [] })) };
  }
  if (next.humanDecision?.note !== undefined) {
    const { note: _note, ...rest } = next.humanDecision;
    next.humanDecision = rest;
  }
  if (next.recentFlags) next.recentFlags = next.recentFlags.map(({ note: _note, ...flag }) => flag);
}

/** The per-item cancellation codes of a cancelled transaction, or null for any other error. */
function cancellationReasons(err: unknown): string[] | null {
  if (!(err instanceof Error) || err.name !== 'TransactionCanceledException') return null;
  const reasons = (err as { CancellationReasons?: { Code?: string }[] }).CancellationReasons ?? [];
  return reasons.map((r) => r.Code ?? 'None');
}

export const isTransactionCancelled = (err: unknown): boolean => cancellationReasons(err) !== null;
export { cancellationReasons };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
