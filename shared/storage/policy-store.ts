/**
 * Reads the site policy item and keeps it for a short time, so a busy consumer reads it once per
 * cache period rather than once per record.
 *
 * A stored policy that fails validation (written by hand, by a newer or broken version) is never silently
 * replaced by the defaults: the store keeps serving the last valid policy it read in this container and
 * reports the problem through `onInvalid` (the functions log an error and publish a metric the construct
 * alarms on). Only a container that has never seen a valid policy falls back to the defaults, and says so.
 */
import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { defaultPolicy, policySchema, type Policy } from '../moderation/policy';
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

/** What the store tells its owner when the stored policy fails validation. */
export interface InvalidPolicyReport {
  /** The version number of the invalid stored item. */
  storedVersion: number;
  /** Where validation failed: field paths and messages (no values). */
  issues: string[];
  /** What is served instead: the last valid policy this store read, or the defaults when it read none. */
  fallback: 'last-valid' | 'defaults';
  /** The version of the policy served instead (0 for the defaults). */
  servedVersion: number;
}

export interface PolicyStoreOptions {
  client: DynamoDBDocumentClient;
  tableName: string;
  ttlMs?: number;
  now?: () => number;
  /** Called each time a read finds an invalid stored policy (so at most once per cache period in `get`). */
  onInvalid?: (report: InvalidPolicyReport) => void;
}

export class CachedPolicyStore implements PolicySource {
  private cached: { policy: Policy; until: number } | null = null;
  /** The last policy that passed validation (read or written here), with its stored version. */
  private lastValid: Policy | null = null;

  constructor(private readonly opts: PolicyStoreOptions) {}

  /** The policy, from the cache when it is fresh enough. */
  async get(): Promise<Policy> {
    const now = (this.opts.now ?? Date.now)();
    if (this.cached && this.cached.until > now) return this.cached.policy;
    const { served: policy } = await this.load();
    this.cached = { policy, until: now + (this.opts.ttlMs ?? 30_000) };
    return policy;
  }

  /**
   * The stored policy, read now (for the admin API). When the stored item is invalid, the fields are the
   * fallback's but `version` stays the stored item's, so an admin's PUT replaces the broken item.
   */
  async read(): Promise<StoredPolicy> {
    const { served, storedVersion, updatedAt, updatedBy } = await this.load();
    return { policy: { ...served, version: storedVersion }, updatedAt, updatedBy };
  }

  /** Reads the item and decides what to serve: the stored policy when valid, else the fallback. */
  private async load(): Promise<{ served: Policy; storedVersion: number } & Omit<StoredPolicy, 'policy'>> {
    const out = await this.opts.client.send(
      new GetCommand({ TableName: this.opts.tableName, Key: policyKey(), ConsistentRead: true }),
    );
    const storedVersion = Number(out.Item?.version ?? 0);
    // A stored policy written by an older version may lack newer fields: defaults fill them in.
    const parsed = policySchema.safeParse(out.Item?.policy ?? {});
    let served: Policy;
    if (parsed.success) {
      served = { ...parsed.data, version: storedVersion };
      this.lastValid = served;
    } else {
      served = this.lastValid ?? defaultPolicy();
      this.opts.onInvalid?.({
        storedVersion,
        issues: parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`),
        fallback: this.lastValid ? 'last-valid' : 'defaults',
        servedVersion: served.version,
      });
    }
    return {
      served,
      storedVersion,
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
    this.lastValid = policy;
    return { policy, updatedAt, updatedBy: by };
  }
}
