/**
 * Trusted flaggers (EU DSA Art. 22): one item each (`FLAGGER#<id>` / `FLAGGER`), listed through the GSI2
 * partition `FLAGGERS` (keys-only, like the item queues: no index was added), and one item per token hash
 * (`FLAGGERTOKEN#<hash>`) so that a notice or flag finds its flagger by the token it presents with two
 * GetItems and no Scan. Both are written in one transaction at registration; revoking sets `revokedAt`
 * and erases the contact details, and keeps the rest as the record of whom earlier notices came from.
 */
import type { TrustedFlaggersPort } from '../app/ports';
import type { TrustedFlaggerRecord } from '../domain/trusted-flagger';
import { conditionally, retryOnContention, type Dynamo, type Item } from './dynamo';
import { TRUSTED_FLAGGERS_PARTITION, flaggerTokenKey, trustedFlaggerIdOf, trustedFlaggerKey } from './keys';

export class TrustedFlaggerStore implements TrustedFlaggersPort {
  constructor(private readonly db: Dynamo) {}

  async createTrustedFlagger(f: TrustedFlaggerRecord): Promise<void> {
    const items = [
      this.db.putItem(
        {
          ...trustedFlaggerKey(f.id),
          GSI2PK: TRUSTED_FLAGGERS_PARTITION,
          GSI2SK: f.id,
          ...f,
        },
        'attribute_not_exists(PK)',
      ),
      this.db.putItem(
        { ...flaggerTokenKey(f.tokenHash), entity: 'flagger_token', flaggerId: f.id },
        'attribute_not_exists(PK)',
      ),
    ];
    await retryOnContention(async () => {
      if ((await this.db.transactGuarded(items)) === 'guard-failed')
        throw new Error(`The conditional request failed: trusted flagger ${f.id} exists already.`);
    });
  }

  getTrustedFlagger(id: string, consistent = false): Promise<TrustedFlaggerRecord | null> {
    return this.db.get<TrustedFlaggerRecord>(trustedFlaggerKey(id), { consistent });
  }

  /** Every flagger, oldest first: one Query of the keys-only index (page after page), one BatchGetItem. */
  async listTrustedFlaggers(): Promise<TrustedFlaggerRecord[]> {
    const entries = await this.db.queryAll({
      IndexName: 'GSI2',
      KeyConditionExpression: 'GSI2PK = :pk',
      ExpressionAttributeValues: { ':pk': TRUSTED_FLAGGERS_PARTITION },
    });
    const ids = entries.map((e) => trustedFlaggerIdOf(e.PK));
    const found = ids.length === 0 ? [] : await this.db.getMany(ids.map(trustedFlaggerKey));
    return found.filter((f): f is Item => f !== null) as unknown as TrustedFlaggerRecord[];
  }

  async trustedFlaggerByTokenHash(tokenHash: string): Promise<TrustedFlaggerRecord | null> {
    const token = await this.db.get<{ flaggerId: string }>(flaggerTokenKey(tokenHash));
    return token ? this.getTrustedFlagger(token.flaggerId) : null;
  }

  /** Sets `revokedAt` once (a second revocation changes nothing) and erases the contact details. */
  async revokeTrustedFlagger(id: string, at: string): Promise<TrustedFlaggerRecord | null> {
    // A failed condition is an unknown or already revoked flagger: the read below says which.
    await conditionally(
      this.db.update({
        Key: trustedFlaggerKey(id),
        UpdateExpression: 'SET revokedAt = :at REMOVE contact',
        ConditionExpression: 'attribute_exists(PK) AND attribute_not_exists(revokedAt)',
        ExpressionAttributeValues: { ':at': at },
      }),
    );
    return this.getTrustedFlagger(id, true);
  }
}
