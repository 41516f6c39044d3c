/**
 * Appeals in memory, as `shared/storage/appeals.ts` answers: an appeal stored with its once-per-decision
 * marker and its `appeal_received` event (a marker already there refuses all three), open appeals listed by
 * id (time of receipt), a decision that closes the appeal, moves the comment (through the storage's own
 * `transition`) and appends its event, all or nothing.
 */
import type { Page } from '../../../shared/app/ports';
import { decidedAppealExpiry, type AppealRecord } from '../../../shared/domain/appeal';
import type { CommentRecord } from '../../../shared/domain/comment';
import type { AuditEvent } from '../../../shared/domain/lifecycle';
import { AppealAlreadyDecidedError, AppealExistsError } from '../../../shared/errors';
import { copy, pageOf, type Args } from './records';
import type { MemorySuspensions } from './suspensions';

/** What the appeals need of the rest of the storage. */
interface Host {
  readonly writes: string[];
  readonly events: AuditEvent[];
  readonly suspensionStore: MemorySuspensions;
  transition(...a: Args<'transition'>): Promise<CommentRecord>;
}

/** The decision an appeal contests, as the DynamoDB store keys its marker. */
const markerOf = (a: AppealRecord) =>
  a.appellant === 'author'
    ? `comment|${a.commentId}|${a.appealed.statementId}`
    : `notice|${a.appealed.noticeId}`;

export class MemoryAppeals {
  readonly appeals = new Map<string, AppealRecord>();
  /** Marker → appeal id. */
  readonly markers = new Map<string, string>();

  constructor(private readonly host: Host) {}

  createAppeal(...[appeal, received]: Args<'createAppeal'>) {
    this.host.writes.push('createAppeal');
    const marker = markerOf(appeal);
    if (this.markers.has(marker)) return Promise.reject(new AppealExistsError());
    this.markers.set(marker, appeal.id);
    this.appeals.set(appeal.id, copy(appeal));
    this.host.events.push(copy(received));
    return Promise.resolve();
  }

  getAppeal(...[id]: Args<'getAppeal'>) {
    const a = this.appeals.get(id);
    return Promise.resolve(a ? copy(a) : null);
  }

  authorAppeals(...[commentId]: Args<'authorAppeals'>) {
    const prefix = `comment|${commentId}|`;
    const markers = [...this.markers.keys()].filter((k) => k.startsWith(prefix)).sort();
    return Promise.resolve(markers.map((k) => copy(this.appeals.get(this.markers.get(k)!)!)));
  }

  noticeAppeal(...[noticeId]: Args<'noticeAppeal'>) {
    return this.getAppeal(this.markers.get(`notice|${noticeId}`) ?? '');
  }

  countOpenAppeals(): Promise<number> {
    return Promise.resolve([...this.appeals.values()].filter((x) => x.status === 'received').length);
  }

  listOpenAppeals(...[opts]: Args<'listOpenAppeals'>): Promise<Page<AppealRecord>> {
    const open = [...this.appeals.values()].filter(
      (a) => a.status === 'received' && (opts.articleId === undefined || a.articleId === opts.articleId),
    );
    const page = pageOf(open, { ...opts, forward: !opts.newestFirst });
    return Promise.resolve({ ...page, items: page.items.map(copy) });
  }

  async decideAppeal(...[write]: Args<'decideAppeal'>) {
    this.host.writes.push('decideAppeal');
    if (this.appeals.get(write.appeal.id)?.status !== 'received') throw new AppealAlreadyDecidedError();
    // The records and the storage's transition check their versions before anything is written.
    this.host.suspensionStore.check(write.abuse);
    const comment = write.transition ? await this.host.transition(write.transition) : null;
    this.host.suspensionStore.apply(write.abuse);
    this.host.events.push(copy(write.audit));
    const next: AppealRecord = {
      ...write.appeal,
      status: 'decided',
      decision: copy(write.decision),
      expiresAt: decidedAppealExpiry(new Date(write.decision.decidedAt)),
    };
    this.appeals.set(next.id, copy(next));
    return { appeal: copy(next), comment };
  }

  eraseAuthorAppeals(...[commentId, now]: Args<'eraseAuthorAppeals'>) {
    let erased = 0;
    for (const a of this.appeals.values()) {
      if (a.appellant !== 'author' || a.commentId !== commentId) continue;
      if (a.status === 'received') {
        this.host.writes.push('eraseAuthorAppeals');
        Object.assign(a, { status: 'withdrawn', explanation: '', withdrawnAt: now.toISOString() });
        a.expiresAt = decidedAppealExpiry(now);
        erased++;
        continue;
      }
      if (a.explanation === '' && (a.decision?.note ?? '') === '') continue;
      this.host.writes.push('eraseAuthorAppeals');
      a.explanation = '';
      if (a.decision) a.decision.note = '';
      erased++;
    }
    return Promise.resolve(erased);
  }
}
