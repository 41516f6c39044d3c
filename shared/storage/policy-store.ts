/**
 * Reads the site policy item and keeps it for a short time, so a busy consumer reads it once per
 * cache period rather than once per record.
 */
import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { policySchema, type Policy } from '../moderation/policy';
import { VersionConflictError } from '../errors';
import { policyKey } from './keys';

export interface PolicySource {
  get(): Promise<Policy>;
}

/** The stored policy with who changed it and when. */
export interface StoredPolicy {
  policy: Policy;
  updatedAt: string | null;
  updatedBy: { id: string; name?: string } | null;
}

export class CachedPolicyStore implements PolicySource {
  private cached: { policy: Policy; until: number } | null = null;

  constructor(
    private readonly opts: {
      client: DynamoDBDocumentClient;
      tableName: string;
      ttlMs?: number;
      now?: () => number;
    },
  ) {}

  /** The policy, from the cache when it is fresh enough. */
  async get(): Promise<Policy> {
    const now = (this.opts.now ?? Date.now)();
    if (this.cached && this.cached.until > now) return this.cached.policy;
    const { policy } = await this.read();
    this.cached = { policy, until: now + (this.opts.ttlMs ?? 30_000) };
    return policy;
  }

  /** The stored policy, read now (for the admin API). */
  async read(): Promise<StoredPolicy> {
    const out = await this.opts.client.send(
      new GetCommand({ TableName: this.opts.tableName, Key: policyKey(), ConsistentRead: true }),
    );
    // A stored policy written by an older version may lack newer fields: defaults fill them in.
    const parsed = policySchema.safeParse(out.Item?.policy ?? {});
    return {
      policy: {
        ...(parsed.success ? parsed.data : policySchema.parse({})),
        version: Number(out.Item?.version ?? 0),
      },
      updatedAt: typeof out.Item?.updatedAt === 'string' ? out.Item.updatedAt : null,
      updatedBy: (out.Item?.updatedBy as StoredPolicy['updatedBy']) ?? null,
    };
  }

  /** Stores a new policy version, conditional on the version it was based on. */
  async write(policy: Policy, by: { id: string; name?: string }, now: Date): Promise<StoredPolicy> {
    const { version, ...fields } = policy;
    const updatedAt = now.toISOString();
    try {
      await this.opts.client.send(
        new PutCommand({
          TableName: this.opts.tableName,
          Item: { ...policyKey(), entity: 'policy', policy: fields, version, updatedAt, updatedBy: by },
          ConditionExpression: 'attribute_not_exists(PK) OR version = :prev',
          ExpressionAttributeValues: { ':prev': version - 1 },
        }),
      );
    } catch (err) {
      if (err instanceof Error && err.name === 'ConditionalCheckFailedException') {
        throw new VersionConflictError('The policy changed since you loaded it.');
      }
      throw err;
    }
    this.cached = null;
    return { policy, updatedAt, updatedBy: by };
  }
}
