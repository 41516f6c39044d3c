/**
 * Notices of illegal content in memory, as `shared/storage/notices.ts` answers: open notices listed by
 * id (time of receipt), a decision that closes the notice and moves the comment (through the storage's
 * own `transition`) or appends the audit event, with the strike it counts (Art. 23), all or nothing.
 */
import type { Page } from '../../../shared/app/ports';
import type { CommentRecord } from '../../../shared/domain/comment';
import type { AuditEvent } from '../../../shared/domain/lifecycle';
import { decidedNoticeExpiry, type NoticeRecord } from '../../../shared/domain/notice';
import { notifierOf } from '../../../shared/domain/repeat-abuse';
import { dayOf, noticeReceivedCounters, transparencyCounters } from '../../../shared/domain/transparency';
import { NoticeAlreadyDecidedError, NoticeExistsError } from '../../../shared/errors';
import { copy, frontFirstPageOf, type Args } from './records';
import type { MemorySuspensions } from './suspensions';
import type { MemoryTransparency } from './transparency';

/** What the notices need of the rest of the storage. */
interface Host {
  readonly writes: string[];
  readonly events: AuditEvent[];
  readonly transparency: MemoryTransparency;
  readonly suspensionStore: MemorySuspensions;
  transition(...a: Args<'transition'>): Promise<CommentRecord>;
}

export class MemoryNotices {
  readonly notices = new Map<string, NoticeRecord>();
  /** The latest notice id by `commentId sender`. */
  private readonly senders = new Map<string, string>();

  constructor(private readonly host: Host) {}

  createNotice(...[notice, sender, replaces]: Args<'createNotice'>) {
    this.host.writes.push('createNotice');
    if (this.notices.has(notice.id)) throw new Error('The conditional request failed');
    const mark = `${notice.commentId} ${sender}`;
    const found = this.senders.get(mark);
    if (found !== undefined && found !== replaces) return Promise.reject(new NoticeExistsError());
    this.senders.set(mark, notice.id);
    this.notices.set(notice.id, copy(notice));
    this.host.transparency.add('received', dayOf(notice.receivedAt), noticeReceivedCounters(notice));
    const notifier = notifierOf(notice);
    if (notifier) this.host.suspensionStore.countSent(notifier);
    return Promise.resolve();
  }

  noticeSentBy(...[commentId, sender]: Args<'noticeSentBy'>) {
    return Promise.resolve(this.senders.get(`${commentId} ${sender}`) ?? null);
  }

  getNotice(...[id]: Args<'getNotice'>) {
    const n = this.notices.get(id);
    return Promise.resolve(n ? copy(n) : null);
  }

  countOpenNotices(): Promise<number> {
    return Promise.resolve([...this.notices.values()].filter((x) => x.status === 'received').length);
  }

  listOpenNotices(...[opts]: Args<'listOpenNotices'>): Promise<Page<NoticeRecord>> {
    const open = [...this.notices.values()].filter(
      (n) => n.status === 'received' && (opts.articleId === undefined || n.articleId === opts.articleId),
    );
    const page = frontFirstPageOf(open, (n) => n.trustedFlagger !== undefined, {
      ...opts,
      forward: !opts.newestFirst,
    });
    return Promise.resolve({ ...page, items: page.items.map(copy) });
  }

  async decideNotice(...[write]: Args<'decideNotice'>) {
    this.host.writes.push('decideNotice');
    if (this.notices.get(write.notice.id)?.status !== 'received') throw new NoticeAlreadyDecidedError();
    // The records and the storage's transition check their versions before anything is written.
    this.host.suspensionStore.check(write.abuse);
    const comment = write.transition ? await this.host.transition(write.transition) : null;
    this.host.suspensionStore.apply(write.abuse);
    if (write.audit) {
      this.host.events.push(copy(write.audit));
      const decided = { category: write.notice.category, receivedAt: write.notice.receivedAt };
      this.host.transparency.add(
        'decided',
        dayOf(write.audit.at),
        transparencyCounters(write.audit, { notice: decided }),
      );
    }
    const next: NoticeRecord = {
      ...write.notice,
      status: 'decided',
      decision: copy(write.decision),
      expiresAt: decidedNoticeExpiry(new Date(write.decision.decidedAt)),
    };
    this.notices.set(next.id, copy(next));
    return { notice: copy(next), comment };
  }
}
