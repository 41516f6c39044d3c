/** Fixed one-minute request windows per author, network bucket or author action; they expire by TTL. */
import type { RateLimitsPort } from '../app/ports';
import { conditionally, type Dynamo } from './dynamo';
import { rateWindowKey, type RateKind } from './keys';

const minuteOf = (now: Date) => Math.floor(now.getTime() / 60_000);

export class RateLimitStore implements RateLimitsPort {
  constructor(private readonly db: Dynamo) {}

  /** Requests already counted in a subject's current one-minute window (eventually consistent). */
  async requestsThisMinute(kind: RateKind, subject: string, now: Date): Promise<number> {
    const item = await this.db.get<{ requests?: number }>(rateWindowKey(kind, subject, minuteOf(now)));
    return Number(item?.requests ?? 0);
  }

  /**
   * Counts one request in the subject's current one-minute window. Returns the seconds until the window
   * ends when the limit is already reached (the request is refused and not counted), else null.
   */
  async hitRateLimit(kind: RateKind, subject: string, limit: number, now: Date): Promise<number | null> {
    const minute = minuteOf(now);
    const counted = await conditionally(
      this.db.update({
        Key: rateWindowKey(kind, subject, minute),
        UpdateExpression: 'ADD #n :one SET expiresAt = if_not_exists(expiresAt, :ttl)',
        ConditionExpression: 'attribute_not_exists(#n) OR #n < :limit',
        ExpressionAttributeNames: { '#n': 'requests' },
        ExpressionAttributeValues: { ':one': 1, ':limit': limit, ':ttl': (minute + 60) * 60 },
      }),
    );
    return counted ? null : Math.max(1, Math.ceil(((minute + 1) * 60_000 - now.getTime()) / 1000));
  }

  /**
   * Takes back one request that `hitRateLimit` counted at `now` (its request was refused by the other
   * limit after all), deleting the window again when that leaves it empty: a refused request counts
   * nowhere and leaves the table as it was.
   */
  async releaseRateLimit(kind: RateKind, subject: string, now: Date): Promise<void> {
    const key = rateWindowKey(kind, subject, minuteOf(now));
    const names = { '#n': 'requests' };
    // A failed condition: the window is already empty, so there is nothing to take back.
    const out = await conditionally(
      this.db.update({
        Key: key,
        UpdateExpression: 'ADD #n :minus',
        ConditionExpression: '#n > :zero',
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: { ':minus': -1, ':zero': 0 },
        ReturnValues: 'UPDATED_NEW',
      }),
    );
    if (!out || Number(out.Attributes?.requests) !== 0) return;
    // A failed condition: counted again meanwhile, so the window is in use and stays.
    await conditionally(
      this.db.delete({
        Key: key,
        ConditionExpression: '#n = :zero',
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: { ':zero': 0 },
      }),
    );
  }

  /**
   * Requests counted for a subject over the last `minutes` one-minute windows, the current one included.
   * One range Query over the subject's windows: billed on the few small items that exist, where a
   * `BatchGetItem` of every minute's key would be billed per key, found or not.
   */
  async recentRequests(kind: RateKind, subject: string, minutes: number, now: Date): Promise<number> {
    const current = minuteOf(now);
    const first = rateWindowKey(kind, subject, current - minutes + 1);
    const items = await this.db.queryAll({
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
}
