/**
 * The one definition of Parley's single DynamoDB table. The CDK stack and the local runtime both build
 * the table from this object, so the key schema, indexes, TTL attribute and stream can never disagree.
 */
export const tableDefinition = {
  partitionKey: 'PK',
  sortKey: 'SK',
  /** Epoch seconds; items with this attribute (idempotency records, rate windows) expire by TTL. */
  timeToLiveAttribute: 'expiresAt',
  streamViewType: 'NEW_AND_OLD_IMAGES',
  globalSecondaryIndexes: [
    /** Public listing: approved root comments of an article, approved replies of a thread. Sparse. */
    { indexName: 'GSI1', partitionKey: 'GSI1PK', sortKey: 'GSI1SK' },
    /** Moderation queue by status, site-wide. Sparse. */
    { indexName: 'GSI2', partitionKey: 'GSI2PK', sortKey: 'GSI2SK' },
    /** Moderation queue by status within one article. Sparse. */
    { indexName: 'GSI3', partitionKey: 'GSI3PK', sortKey: 'GSI3SK' },
    /** An author's comments, newest last: repeat-post and flood checks, bans, data export and erasure. */
    { indexName: 'GSI4', partitionKey: 'GSI4PK', sortKey: 'GSI4SK' },
    /** The `reported` queue (comments flagged by readers up to the threshold), site-wide. Sparse. */
    { indexName: 'GSI5', partitionKey: 'GSI5PK', sortKey: 'GSI5SK' },
    /** The `reported` queue within one article. Sparse. */
    { indexName: 'GSI6', partitionKey: 'GSI6PK', sortKey: 'GSI6SK' },
  ],
} as const;

export type IndexName = (typeof tableDefinition.globalSecondaryIndexes)[number]['indexName'];

/** Every key attribute is a string; listed once for CreateTable and CfnTable alike. */
export const keyAttributes: readonly string[] = [
  tableDefinition.partitionKey,
  tableDefinition.sortKey,
  ...tableDefinition.globalSecondaryIndexes.flatMap((g) => [g.partitionKey, g.sortKey]),
];
