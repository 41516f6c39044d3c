/** The audit trail: immutable events in the comment's partition, oldest first. */
import type { AuditPort } from '../app/ports';
import type { AuditEvent } from '../domain/lifecycle';
import { stripKeys, type Dynamo, type TransactItem } from './dynamo';
import type { AuthorFact } from '../domain/personal-data';
import { EVENT_PREFIX, auditEventKey, authorEventKey, commentKey } from './keys';

const auditItem = (event: AuditEvent) => ({
  ...auditEventKey(event.commentId, event.at, event.eventId),
  ...event,
});
/** An event is written once and never overwritten. */
const NEW_EVENT = 'attribute_not_exists(PK)';

/** Writes a transition's event in its transaction. */
export const auditPut = (db: Dynamo, event: AuditEvent): TransactItem =>
  db.putItem(auditItem(event), NEW_EVENT);

export class AuditStore implements AuditPort {
  constructor(private readonly db: Dynamo) {}

  async appendAudit(event: AuditEvent): Promise<void> {
    await this.db.put({ Item: auditItem(event), ConditionExpression: NEW_EVENT });
  }

  /** An audit fact about an author's data, in the author's partition; written once, never overwritten. */
  async appendAuthorFact(fact: AuthorFact): Promise<void> {
    await this.db.put({
      Item: { ...authorEventKey(fact.authorId, fact.at, fact.eventId), ...fact },
      ConditionExpression: NEW_EVENT,
    });
  }

  async eventsAt(commentId: string, at: string): Promise<AuditEvent[]> {
    const events = await this.db.queryAll({
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :at)',
      ExpressionAttributeValues: { ':pk': commentKey(commentId).PK, ':at': `${EVENT_PREFIX}${at}#` },
      ConsistentRead: true,
    });
    return events.map((i) => stripKeys<AuditEvent>(i));
  }

  async history(
    commentId: string,
    opts: { limit: number; afterKey?: string | undefined } = { limit: 100 },
  ): Promise<{ items: AuditEvent[]; lastKey: string | null }> {
    const pk = commentKey(commentId).PK;
    const out = await this.db.query({
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :event)',
      ExpressionAttributeValues: { ':pk': pk, ':event': EVENT_PREFIX },
      Limit: opts.limit,
      ...(opts.afterKey !== undefined ? { ExclusiveStartKey: { PK: pk, SK: opts.afterKey } } : {}),
    });
    const last: unknown = out.LastEvaluatedKey?.SK;
    return {
      items: (out.Items ?? []).map((i) => stripKeys<AuditEvent>(i)),
      lastKey: typeof last === 'string' ? last : null,
    };
  }
}
