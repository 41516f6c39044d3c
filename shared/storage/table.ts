/**
 * The one definition of Parley's single DynamoDB table. The CDK stack and the local runtime both build
 * the table from this object, so the key schema, indexes, TTL attribute and stream can never disagree.
 */
/**
 * What the public listing index carries of a comment: exactly what `toPublicThread` and `toPublicComment`
 * read (shared/domain/comment.ts; tests/unit/keys.test.ts holds the two together). Nothing a moderator
 * sees (decision records, flags, hashes) is copied into it, which keeps a page of threads small.
 */
export const PUBLIC_LISTING_ATTRIBUTES = [
  'id',
  'articleId',
  'parentId',
  'authorName',
  'body',
  'createdAt',
  'editedAt',
  'status',
  'replyCount',
  'firstReplies',
] as const;

/** What the author index carries: the repeat-post and flood checks compare recent texts and times. */
export const AUTHOR_HISTORY_ATTRIBUTES = ['id', 'body', 'createdAt'] as const;

/**
 * Which attributes an index copies from the item. Every copy is billed again on each write that changes
 * it, so only the public listing and the author history carry attributes; the queue indexes hold keys
 * only and their pages read the comments themselves in one `BatchGetItem`.
 */
export type IndexProjection = { type: 'KEYS_ONLY' } | { type: 'INCLUDE'; attributes: readonly string[] };
const KEYS_ONLY: IndexProjection = { type: 'KEYS_ONLY' };

/** One global secondary index; an index without `sortKey` is keyed on its partition key alone. */
export interface IndexDefinition {
  readonly indexName: string;
  readonly partitionKey: string;
  readonly sortKey?: string;
  readonly projection: IndexProjection;
}

export const tableDefinition = {
  partitionKey: 'PK',
  sortKey: 'SK',
  /** Epoch seconds; items with this attribute (idempotency records, rate windows) expire by TTL. */
  timeToLiveAttribute: 'expiresAt',
  streamViewType: 'NEW_AND_OLD_IMAGES',
  globalSecondaryIndexes: [
    /** Public listing: approved root comments of an article, approved replies of a thread. Sparse. */
    {
      indexName: 'GSI1',
      partitionKey: 'GSI1PK',
      sortKey: 'GSI1SK',
      projection: { type: 'INCLUDE', attributes: PUBLIC_LISTING_ATTRIBUTES },
    },
    /** Moderation queue by status, site-wide. Sparse. */
    { indexName: 'GSI2', partitionKey: 'GSI2PK', sortKey: 'GSI2SK', projection: KEYS_ONLY },
    /** Moderation queue by status within one article. Sparse. */
    { indexName: 'GSI3', partitionKey: 'GSI3PK', sortKey: 'GSI3SK', projection: KEYS_ONLY },
    /** An author's comments, newest last: repeat-post and flood checks, bans. */
    {
      indexName: 'GSI4',
      partitionKey: 'GSI4PK',
      sortKey: 'GSI4SK',
      projection: { type: 'INCLUDE', attributes: AUTHOR_HISTORY_ATTRIBUTES },
    },
    /** The `reported` queue (comments flagged by readers up to the threshold), site-wide. Sparse. */
    { indexName: 'GSI5', partitionKey: 'GSI5PK', sortKey: 'GSI5SK', projection: KEYS_ONLY },
    /** The `reported` queue within one article. Sparse. */
    { indexName: 'GSI6', partitionKey: 'GSI6PK', sortKey: 'GSI6SK', projection: KEYS_ONLY },
    /**
     * A comment by its author token's hash (`GET /me/export`, `DELETE /me`). Keyed on the comment's own
     * `authorTokenHash`, so DynamoDB back-fills it for comments written before it existed; sparse, since
     * imported comments carry no token hash (one shared value would make one huge partition).
     */
    { indexName: 'GSI7', partitionKey: 'authorTokenHash', projection: KEYS_ONLY },
  ],
} as const satisfies {
  globalSecondaryIndexes: readonly IndexDefinition[];
  [key: string]: unknown;
};

export type IndexName = (typeof tableDefinition.globalSecondaryIndexes)[number]['indexName'];

/** The key attributes of one index: its partition key, and its sort key when it has one. */
export const indexKeyAttributes = (index: IndexDefinition): string[] =>
  index.sortKey === undefined ? [index.partitionKey] : [index.partitionKey, index.sortKey];

/** Every key attribute is a string; listed once (no repeats) for CreateTable and CfnTable alike. */
export const keyAttributes: readonly string[] = [
  ...new Set([
    tableDefinition.partitionKey,
    tableDefinition.sortKey,
    ...tableDefinition.globalSecondaryIndexes.flatMap(indexKeyAttributes),
  ]),
];
