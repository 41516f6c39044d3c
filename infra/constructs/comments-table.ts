import { RemovalPolicy } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { ENV } from '../../shared/runtime-contract';
import { tableDefinition, type IndexDefinition, type IndexName } from '../../shared/storage/table';
import { writeStatements, type TableAccess } from './table-writes';

export { TABLE_WRITES, type TableAccess, type TableWrite, type WritingAccess } from './table-writes';

export interface CommentsTableProps {
  /**
   * What happens to the table when it leaves the stack.
   * @default RemovalPolicy.RETAIN
   */
  readonly removalPolicy?: RemovalPolicy;
  /**
   * Refuse DeleteTable while this is on.
   * @default true unless `removalPolicy` is DESTROY
   */
  readonly deletionProtection?: boolean;
  /**
   * On-demand ceiling on read request units per second, for the table and each index: a runaway client or
   * a scraping bot meets throttling instead of an unbounded bill.
   * @default 1000
   */
  readonly maxReadRequestUnits?: number;
  /**
   * On-demand ceiling on write request units per second, for the table and each index.
   * @default 500
   */
  readonly maxWriteRequestUnits?: number;
}

/**
 * Indexes within reach of public functions, typed by the table definition (a renamed index fails
 * type-checking here): readers list approved threads and replies (GSI1); authors' actions may also look at
 * the poster's own recent comments (GSI4, flood and repeat checks) and find the comments their author
 * tokens open (GSI7, `GET /me/export`, `DELETE /me`). The moderation queues (GSI2, GSI3) are for
 * moderators and the consumer only.
 */
const READER_INDEXES: readonly IndexName[] = ['GSI1'];
const AUTHOR_INDEXES: readonly IndexName[] = ['GSI1', 'GSI4', 'GSI7'];

const READ_ACTIONS = ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query'];

/**
 * Parley's single table, built from `shared/storage/table.ts` (the definition the local runtime uses too),
 * with intent methods that set `TABLE_NAME` and the matching IAM grant together.
 */
export class CommentsTable extends Construct {
  /** The underlying table. */
  public readonly table: dynamodb.Table;
  /** The on-demand ceilings (per second, for the table and each index). */
  public readonly maxReadRequestUnits: number;
  public readonly maxWriteRequestUnits: number;

  constructor(scope: Construct, id: string, props: CommentsTableProps = {}) {
    super(scope, id);
    const removalPolicy = props.removalPolicy ?? RemovalPolicy.RETAIN;
    const maxReadRequestUnits = (this.maxReadRequestUnits = props.maxReadRequestUnits ?? 1000);
    const maxWriteRequestUnits = (this.maxWriteRequestUnits = props.maxWriteRequestUnits ?? 500);
    const str = (name: string): dynamodb.Attribute => ({ name, type: dynamodb.AttributeType.STRING });

    this.table = new dynamodb.Table(this, 'Table', {
      partitionKey: str(tableDefinition.partitionKey),
      sortKey: str(tableDefinition.sortKey),
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      maxReadRequestUnits,
      maxWriteRequestUnits,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      timeToLiveAttribute: tableDefinition.timeToLiveAttribute,
      stream: dynamodb.StreamViewType[tableDefinition.streamViewType],
      deletionProtection: props.deletionProtection ?? removalPolicy !== RemovalPolicy.DESTROY,
      removalPolicy,
    });
    const indexes: readonly IndexDefinition[] = tableDefinition.globalSecondaryIndexes;
    for (const index of indexes) {
      this.table.addGlobalSecondaryIndex({
        indexName: index.indexName,
        partitionKey: str(index.partitionKey),
        ...(index.sortKey === undefined ? {} : { sortKey: str(index.sortKey) }),
        ...(index.projection.type === 'INCLUDE'
          ? {
              projectionType: dynamodb.ProjectionType.INCLUDE,
              nonKeyAttributes: [...index.projection.attributes],
            }
          : { projectionType: dynamodb.ProjectionType.KEYS_ONLY }),
        maxReadRequestUnits,
        maxWriteRequestUnits,
      });
    }
  }

  /** Lets `fn` read published comments: the table and the public listing index, nothing else. */
  public grantReadComments(fn: lambda.Function): void {
    this.grant(fn, 'read');
  }

  /** Lets `fn` post, edit, delete and flag comments: the writes listed in `TABLE_WRITES.author`. */
  public grantAuthorActions(fn: lambda.Function): void {
    this.grant(fn, 'author');
  }

  /** Lets `fn` decide comments automatically: read every queue, write `TABLE_WRITES.consume`. */
  public grantConsume(fn: lambda.Function): void {
    this.grant(fn, 'consume');
  }

  /** Lets `fn` read every queue and index, and write nothing: moderator and admin routes that only look. */
  public grantReview(fn: lambda.Function): void {
    this.grant(fn, 'review');
  }

  /** Lets `fn` move comments through moderation and ban: read every queue, write `TABLE_WRITES.moderate`. */
  public grantModerate(fn: lambda.Function): void {
    this.grant(fn, 'moderate');
  }

  /**
   * Lets `fn` read the whole table with `Scan` (no index): only the moderators' look-up of an erasure
   * request by e-mail address, which no index serves (shared/storage/email-search.ts).
   */
  public grantSearchComments(fn: lambda.Function): void {
    fn.addToRolePolicy(
      new iam.PolicyStatement({ actions: ['dynamodb:Scan'], resources: [this.table.tableArn] }),
    );
  }

  /** Lets `fn` read everything and change the site moderation policy (and write nothing else). */
  public grantAdminister(fn: lambda.Function): void {
    this.grant(fn, 'admin');
  }

  /**
   * Sets `TABLE_NAME` on `fn` and adds the IAM statements of one access level. Levels add up, so a
   * handler that serves routes of two levels gets the union.
   */
  public grant(fn: lambda.Function, access: TableAccess): void {
    fn.addEnvironment(ENV.tableName, this.table.tableName);
    const indexes =
      access === 'read'
        ? READER_INDEXES
        : access === 'author'
          ? AUTHOR_INDEXES
          : tableDefinition.globalSecondaryIndexes.map((i) => i.indexName);
    const resources = [this.table.tableArn, ...indexes.map((name) => `${this.table.tableArn}/index/${name}`)];
    fn.addToRolePolicy(new iam.PolicyStatement({ actions: READ_ACTIONS, resources }));
    if (access === 'read' || access === 'review') return;
    for (const statement of writeStatements(access, this.table.tableArn)) fn.addToRolePolicy(statement);
  }

  /**
   * Throttled reads and writes, summed, of the table itself or of one of its indexes: non-zero when the
   * on-demand ceiling (or an account limit) turns requests away.
   */
  public metricThrottleEvents(
    indexName?: IndexName,
    props: cloudwatch.MetricOptions = {},
  ): cloudwatch.MathExpression {
    const metric = (metricName: string): cloudwatch.Metric =>
      new cloudwatch.Metric({
        namespace: 'AWS/DynamoDB',
        metricName,
        dimensionsMap: {
          TableName: this.table.tableName,
          ...(indexName === undefined ? {} : { GlobalSecondaryIndexName: indexName }),
        },
        statistic: cloudwatch.Stats.SUM,
        ...props,
      });
    // Ids unique per scope, so several of these can share one dashboard graph.
    const id = (indexName ?? 'table').toLowerCase().replace(/[^a-z0-9_]/g, '_');
    return new cloudwatch.MathExpression({
      // FILL: throttle metrics are only published when non-zero, and a sum over a gap would be a gap.
      expression: `FILL(r_${id}, 0) + FILL(w_${id}, 0)`,
      usingMetrics: { [`r_${id}`]: metric('ReadThrottleEvents'), [`w_${id}`]: metric('WriteThrottleEvents') },
      label: `throttled requests (${indexName ?? 'table'})`,
      ...(props.period === undefined ? {} : { period: props.period }),
    });
  }
}
