/**
 * Hourly counters of human decisions (shared/domain/decision-stats.ts names them): added to in a
 * decision's transaction, read back for the last day's statistics.
 */
import type { DecisionStatsPort } from '../app/ports';
import type { Dynamo, TransactItem } from './dynamo';
import { decisionStatsKey } from './keys';

/** Kept a little over a week, then deleted by TTL. */
const DECISION_STATS_TTL_SECONDS = 8 * 24 * 3600;

/** Adds one to each of a decision's counters in its hour, in the decision's transaction. */
export const decisionStatsUpdate = (
  db: Dynamo,
  now: Date,
  hour: string,
  counters: readonly string[],
): TransactItem =>
  db.updateItem({
    Key: decisionStatsKey(hour),
    UpdateExpression: `ADD ${counters.map((c) => `${c} :one`).join(', ')} SET expiresAt = if_not_exists(expiresAt, :ttl)`,
    ExpressionAttributeValues: {
      ':one': 1,
      ':ttl': Math.floor(now.getTime() / 1000) + DECISION_STATS_TTL_SECONDS,
    },
  });

export class DecisionStatsStore implements DecisionStatsPort {
  constructor(private readonly db: Dynamo) {}

  async decisionStatsBetween(firstHour: string, lastHour: string): Promise<Record<string, number>[]> {
    const items = await this.db.queryAll({
      KeyConditionExpression: 'PK = :pk AND SK BETWEEN :from AND :to',
      ExpressionAttributeValues: {
        ':pk': decisionStatsKey(firstHour).PK,
        ':from': decisionStatsKey(firstHour).SK,
        ':to': decisionStatsKey(lastHour).SK,
      },
    });
    // The numbers only (the counters, and the TTL, which the summary does not read): keys are strings.
    return items.map(
      (item) =>
        Object.fromEntries(Object.entries(item).filter(([, v]) => typeof v === 'number')) as Record<
          string,
          number
        >,
    );
  }
}
