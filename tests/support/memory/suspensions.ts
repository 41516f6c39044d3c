/**
 * Repeat abuse in memory, as `shared/storage/suspensions.ts` and `abuse-records.ts` answer: people's
 * records written only on the version read (a notice's or appeal's decision checks them before it writes
 * anything, then applies them), the notifier's count of notices sent, and suspension proposals listed by
 * id while open, decided once with the record, the event and the day's counters.
 */
import type { AbuseWrite, Page } from '../../../shared/app/ports';
import { abuseRecordOf, type AbuseRecord, type AbuseSubject } from '../../../shared/domain/repeat-abuse';
import {
  decidedProposalExpiry,
  type SuspensionEvent,
  type SuspensionProposal,
} from '../../../shared/domain/suspension';
import { dayOf, suspensionCounters } from '../../../shared/domain/transparency';
import { SuspensionAlreadyDecidedError, VersionConflictError } from '../../../shared/errors';
import { copy, pageOf, type Args } from './records';
import type { MemoryTransparency } from './transparency';

const keyOf = (s: AbuseSubject) => `${s.kind}|${s.id}`;

export class MemorySuspensions {
  /** `kind|id` → the stored record. */
  readonly records = new Map<string, AbuseRecord>();
  readonly proposals = new Map<string, SuspensionProposal>();
  readonly events: SuspensionEvent[] = [];

  constructor(
    private readonly host: { readonly writes: string[]; readonly transparency: MemoryTransparency },
  ) {}

  /** A record as read (defaults when none). */
  recordOf(s: AbuseSubject): AbuseRecord {
    return abuseRecordOf(s, copy(this.records.get(keyOf(s)) ?? null));
  }

  /** VersionConflictError when a record changed since it was read: nothing is written then. */
  check(writes: readonly AbuseWrite[] = []) {
    for (const w of writes) {
      const stored = this.records.get(keyOf({ kind: w.next.kind, id: w.next.subjectId }));
      if ((stored?.version ?? 0) !== w.readVersion) throw new VersionConflictError();
    }
  }

  /** Writes records `check` passed, each keeping the notices-sent count its own ADD keeps. */
  apply(writes: readonly AbuseWrite[] = []) {
    for (const w of writes) {
      const key = keyOf({ kind: w.next.kind, id: w.next.subjectId });
      const noticesSent = this.records.get(key)?.noticesSent ?? 0;
      this.records.set(key, { ...copy(w.next), noticesSent });
      if (w.opened) {
        this.proposals.set(w.opened.proposal.id, copy(w.opened.proposal));
        this.events.push(copy(w.opened.event));
      }
    }
  }

  countSent(s: AbuseSubject) {
    const r = this.recordOf(s);
    this.records.set(keyOf(s), { ...r, noticesSent: r.noticesSent + 1 });
  }

  getAbuseRecord(...[s]: Args<'getAbuseRecord'>) {
    return Promise.resolve(this.recordOf(s));
  }

  getAbuseRecords(...[subjects]: Args<'getAbuseRecords'>) {
    return Promise.resolve(subjects.map((s) => this.recordOf(s)));
  }

  getSuspension(...[id]: Args<'getSuspension'>) {
    const p = this.proposals.get(id);
    return Promise.resolve(p ? copy(p) : null);
  }

  listOpenSuspensions(...[opts]: Args<'listOpenSuspensions'>): Promise<Page<SuspensionProposal>> {
    const open = [...this.proposals.values()].filter((p) => p.status === 'received');
    const page = pageOf(open, { ...opts, forward: !opts.newestFirst });
    return Promise.resolve({ ...page, items: page.items.map(copy) });
  }

  countOpenSuspensions(): Promise<number> {
    return Promise.resolve([...this.proposals.values()].filter((p) => p.status === 'received').length);
  }

  suspensionEvents(...[id]: Args<'suspensionEvents'>) {
    return Promise.resolve(this.events.filter((e) => e.proposalId === id).map(copy));
  }

  decideSuspension(...[write]: Args<'decideSuspension'>): Promise<SuspensionProposal> {
    this.host.writes.push('decideSuspension');
    // All or nothing: the proposal still open and the record as read, or a rejection that wrote nothing.
    return Promise.resolve().then(() => {
      if (this.proposals.get(write.proposal.id)?.status !== 'received')
        throw new SuspensionAlreadyDecidedError();
      this.check([write.record]);
      this.apply([write.record]);
      this.events.push(copy(write.event));
      this.host.transparency.add('decided', dayOf(write.event.at), suspensionCounters(write.event));
      const next: SuspensionProposal = {
        ...write.proposal,
        status: 'decided',
        decision: copy(write.decision),
        expiresAt: decidedProposalExpiry(new Date(write.decision.decidedAt)),
      };
      this.proposals.set(next.id, copy(next));
      return copy(next);
    });
  }
}
