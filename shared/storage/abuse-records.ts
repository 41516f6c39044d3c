/**
 * The writes of people's repeat-abuse records (EU DSA Art. 23) that go into other transactions. A record is
 * only ever written on the version read, in the transaction of the decision that changes it (a notice's
 * decision counts a strike, an appeal's reversal takes one back, a proposal's decision weighs them); the one
 * write that does not read it first is a notifier's count of notices sent, an ADD the version does not see.
 */
import type { AbuseWrite } from '../app/ports';
import type { AbuseSubject } from '../domain/repeat-abuse';
import type { SuspensionEvent } from '../domain/suspension';
import type { Dynamo, TransactItem } from './dynamo';
import { abuseKey, suspensionEventKey, suspensionKey, suspensionQueueKeys } from './keys';

/** What a moderator's write sets on a record (the notices-sent count is left to its own ADD). */
const WRITTEN = ['entity', 'kind', 'subjectId', 'strikes', 'strikeTotal', 'version', 'expiresAt'] as const;
/** What it may leave out: removed when absent. */
const OPTIONAL = ['weighedUntil', 'openProposalId', 'warning', 'suspension'] as const;

/**
 * The record's update, conditional on the version read (none yet: no version, though a notifier's count of
 * notices sent may have made the item). Every name goes through a placeholder: none may be a reserved word.
 */
export function recordUpdate(db: Dynamo, w: AbuseWrite): TransactItem {
  const r = w.next;
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const sets: string[] = [];
  const removes: string[] = [];
  [...WRITTEN, ...OPTIONAL].forEach((attr, i) => {
    names[`#a${i}`] = attr;
    if (r[attr] === undefined) removes.push(`#a${i}`);
    else {
      sets.push(`#a${i} = :a${i}`);
      values[`:a${i}`] = r[attr];
    }
  });
  if (w.readVersion !== 0) values[':v'] = w.readVersion;
  const version = `#a${WRITTEN.indexOf('version')}`;
  return db.updateItem({
    Key: abuseKey({ kind: r.kind, id: r.subjectId }),
    UpdateExpression: `SET ${sets.join(', ')}${removes.length ? ` REMOVE ${removes.join(', ')}` : ''}`,
    ConditionExpression: w.readVersion === 0 ? `attribute_not_exists(${version})` : `${version} = :v`,
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
  });
}

export const eventPut = (db: Dynamo, e: SuspensionEvent): TransactItem =>
  db.putItem({ ...suspensionEventKey(e.proposalId, e.at, e.eventId), ...e }, 'attribute_not_exists(PK)');

/**
 * A record's write for a decision's transaction: `guard`, the record on its version (a guard of the
 * transaction: it fails as VersionConflictError), and the rest (the proposal it opened, with its event).
 */
export function abuseItems(db: Dynamo, w: AbuseWrite): { guard: TransactItem; rest: TransactItem[] } {
  const opened = w.opened;
  return {
    guard: recordUpdate(db, w),
    rest: opened
      ? [
          db.putItem(
            {
              ...suspensionKey(opened.proposal.id),
              ...suspensionQueueKeys(opened.proposal.id),
              ...opened.proposal,
            },
            'attribute_not_exists(PK)',
          ),
          eventPut(db, opened.event),
        ]
      : [],
  };
}

/** A notifier's count of notices sent, for the notice's transaction (the proportion of Art. 23(3)). */
export const noticeSentUpdate = (db: Dynamo, s: AbuseSubject): TransactItem =>
  db.updateItem({
    Key: abuseKey(s),
    UpdateExpression: 'SET #e = :e, #k = :k, #s = :s ADD #n :one',
    ExpressionAttributeNames: { '#e': 'entity', '#k': 'kind', '#s': 'subjectId', '#n': 'noticesSent' },
    ExpressionAttributeValues: { ':e': 'abuse', ':k': s.kind, ':s': s.id, ':one': 1 },
  });
