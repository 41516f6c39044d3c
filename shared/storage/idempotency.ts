/** Idempotency-Key records: a short claim while the first request runs, then the answer to replay. */
import type { ClaimResult, IdempotencyPort, IdempotentAnswer } from '../app/ports';
import { conditionally, type Dynamo, type TransactItem } from './dynamo';
import { idempotencyKey } from './keys';
import { liveRecord, type IdempotencyRecord } from './records';

/** Completes a claim with its answer, in the transaction that stores the comment. */
export const completeClaim = (db: Dynamo, answer: IdempotentAnswer): TransactItem =>
  db.updateItem({
    Key: idempotencyKey(answer.hashedKey),
    UpdateExpression: 'SET #state = :done, statusCode = :code, responseBody = :body, expiresAt = :exp',
    ConditionExpression: '#state = :claimed AND requestHash = :hash',
    ExpressionAttributeNames: { '#state': 'state' },
    ExpressionAttributeValues: {
      ':done': 'completed',
      ':claimed': 'in_progress',
      ':hash': answer.requestHash,
      ':code': answer.statusCode,
      ':body': answer.responseBody,
      ':exp': answer.expiresAt,
    },
  });

export class IdempotencyStore implements IdempotencyPort {
  constructor(private readonly db: Dynamo) {}

  async claimIdempotencyKey(hashedKey: string, record: IdempotencyRecord, now: Date): Promise<ClaimResult> {
    const claimed = await conditionally(
      this.db.put({
        Item: { ...idempotencyKey(hashedKey), ...record },
        // An expired claim (its request crashed) or expired response may be taken over.
        ConditionExpression: 'attribute_not_exists(PK) OR expiresAt < :now',
        ExpressionAttributeValues: { ':now': Math.floor(now.getTime() / 1000) },
      }),
    );
    return claimed
      ? { claimed: true }
      : { claimed: false, existing: await this.getIdempotencyRecord(hashedKey, now) };
  }

  async releaseIdempotencyKey(hashedKey: string, requestHash: string): Promise<void> {
    // A failed condition means the claim is no longer this request's (it completed, or another request
    // took the expired claim over): there is nothing to release. Any other error is the caller's to see.
    await conditionally(
      this.db.delete({
        Key: idempotencyKey(hashedKey),
        ConditionExpression: '#state = :claimed AND requestHash = :hash',
        ExpressionAttributeNames: { '#state': 'state' },
        ExpressionAttributeValues: { ':claimed': 'in_progress', ':hash': requestHash },
      }),
    );
  }

  async getIdempotencyRecord(hashedKey: string, now: Date): Promise<IdempotencyRecord | null> {
    return liveRecord(
      await this.db.get<IdempotencyRecord>(idempotencyKey(hashedKey), { consistent: true }),
      now,
    );
  }
}
