/**
 * Repeat abuse (EU DSA Art. 23): people's records (`abuse-records.ts` writes them) and the suspension
 * proposals about them, in the site-wide item queue while open, with their events in their partition. A
 * decision closes a proposal with the record's change, its event and the day's transparency counters in
 * one transaction.
 */
import type { OpenItemsQuery, Page, SuspensionDecisionWrite, SuspensionsPort } from '../app/ports';
import { abuseRecordOf, type AbuseRecord, type AbuseSubject } from '../domain/repeat-abuse';
import { decidedProposalExpiry, type SuspensionEvent, type SuspensionProposal } from '../domain/suspension';
import { dayOf, suspensionCounters } from '../domain/transparency';
import { SuspensionAlreadyDecidedError, VersionConflictError } from '../errors';
import { eventPut, recordUpdate } from './abuse-records';
import { retryOnContention, stripKeys, type Dynamo, type ItemsById } from './dynamo';
import { closeItem, countOpenItems, openItemsPage } from './item-queue';
import { EVENT_PREFIX, abuseKey, suspensionIdOf, suspensionKey } from './keys';
import { transparencyUpdate } from './transparency';

const PROPOSAL_ITEMS: ItemsById = { keyOf: suspensionKey, idOf: suspensionIdOf };
export class SuspensionStore implements SuspensionsPort {
  constructor(private readonly db: Dynamo) {}

  async getAbuseRecord(subject: AbuseSubject, consistent = false): Promise<AbuseRecord> {
    return abuseRecordOf(subject, await this.db.get<Partial<AbuseRecord>>(abuseKey(subject), { consistent }));
  }

  async getAbuseRecords(subjects: readonly AbuseSubject[]): Promise<AbuseRecord[]> {
    if (subjects.length === 0) return [];
    const found = await this.db.getMany(subjects.map(abuseKey));
    return subjects.map((s, i) => abuseRecordOf(s, (found[i] ?? null) as Partial<AbuseRecord> | null));
  }

  getSuspension(id: string, consistent = false): Promise<SuspensionProposal | null> {
    return this.db.get<SuspensionProposal>(suspensionKey(id), { consistent });
  }

  /** One Query of the keys-only queue index, then the proposals in one BatchGetItem, in index order. */
  listOpenSuspensions(opts: OpenItemsQuery): Promise<Page<SuspensionProposal>> {
    return openItemsPage<SuspensionProposal>(this.db, 'suspensions', PROPOSAL_ITEMS, opts);
  }

  /** A COUNT Query of the queue index's partition, as for notices and appeals. */
  countOpenSuspensions(): Promise<number> {
    return countOpenItems(this.db, 'suspensions');
  }

  async suspensionEvents(id: string): Promise<SuspensionEvent[]> {
    const items = await this.db.queryAll({
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :event)',
      ExpressionAttributeValues: { ':pk': suspensionKey(id).PK, ':event': EVENT_PREFIX },
      ConsistentRead: true,
    });
    return items.map((i) => stripKeys<SuspensionEvent>(i));
  }

  async decideSuspension(write: SuspensionDecisionWrite): Promise<SuspensionProposal> {
    const { proposal, decision, event } = write;
    const expiresAt = decidedProposalExpiry(new Date(decision.decidedAt));
    const close = closeItem(this.db, suspensionKey(proposal.id), { decision, expiresAt });
    const counted = transparencyUpdate(this.db, 'decided', dayOf(event.at), suspensionCounters(event));
    const items = [close, recordUpdate(this.db, write.record), eventPut(this.db, event)];
    if (counted) items.push(counted);
    await retryOnContention(async () => {
      const failed = await this.db.transactGuardedBy(items, 2);
      if (failed === 0) throw new SuspensionAlreadyDecidedError();
      if (failed === 1) throw new VersionConflictError('The person’s record changed; read it again.');
    });
    return { ...proposal, status: 'decided', decision, expiresAt };
  }
}
