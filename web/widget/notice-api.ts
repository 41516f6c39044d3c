/**
 * The notifier's two routes (EU DSA Art. 16): send a notice, and follow it with its notice token. Apart
 * from `ParleyApi`'s class so that count.js, which shares it, does not carry them.
 */
import { readAccount, type AccountView } from './account';
import { obj, readAppeal, str, type AppealView, type ParleyApi } from './api';

/** A notice of illegal content (EU DSA Art. 16) as the notices route takes it. */
export interface NoticeInput {
  readonly category: string;
  readonly explanation: string;
  readonly lawOrGround?: string;
  readonly notifierName?: string;
  readonly notifierEmail?: string;
  /** Sent as the reader ticked it: the server refuses anything but true. */
  readonly goodFaith: boolean;
}

/** The receipt of a notice: its id and time, and the token that opens its status (shown once). */
export interface NoticeReceipt {
  readonly id: string;
  readonly receivedAt: string;
  readonly token: string;
}

/** A notice as its notifier follows it: once decided, what was decided, on which ground, and until when a review can be asked. */
export interface NoticeView {
  readonly id: string;
  readonly commentId: string;
  readonly category: string;
  readonly status: 'received' | 'decided';
  readonly receivedAt: string;
  readonly decision: {
    readonly action: 'remove' | 'keep';
    readonly ground: string;
    readonly decidedAt: string;
    readonly appealUntil: string;
    /** After a removal: when the comment was published again since (a reversed appeal, an overturn). */
    readonly publishedAgainAt: string | null;
  } | null;
  /** The notifier's appeal of a `keep` (EU DSA Art. 20), or null. */
  readonly appeal: AppealView | null;
  /** The notifier's latest warning and suspension (EU DSA Art. 23); null when never restricted. */
  readonly account: AccountView | null;
}
export function readNoticeReceipt(v: unknown): NoticeReceipt {
  const o = obj(v, 'answer');
  const n = obj(o['notice'], 'notice');
  return { id: str(n, 'id'), receivedAt: str(n, 'receivedAt'), token: str(o, 'noticeToken') };
}

export function readNoticeView(v: unknown): NoticeView {
  const o = obj(obj(v, 'answer')['notice'], 'notice');
  const d = o['decision'] == null ? null : obj(o['decision'], 'decision');
  return {
    id: str(o, 'id'),
    commentId: str(o, 'commentId'),
    category: str(o, 'category'),
    status: str(o, 'status') === 'decided' ? 'decided' : 'received',
    receivedAt: str(o, 'receivedAt'),
    decision: d && {
      action: str(d, 'action') === 'remove' ? 'remove' : 'keep',
      ground: str(d, 'ground'),
      decidedAt: str(d, 'decidedAt'),
      appealUntil: str(obj(d['redress'], 'redress'), 'appealUntil'),
      publishedAgainAt: typeof d['publishedAgainAt'] === 'string' ? d['publishedAgainAt'] : null,
    },
    appeal: readAppeal(o),
    account: readAccount(o['account']),
  };
}

/** Sends a notice of illegal content about a published comment. */
export const sendNotice = (api: ParleyApi, commentId: string, input: NoticeInput): Promise<NoticeReceipt> =>
  api
    .call('POST', `/comments/${encodeURIComponent(commentId)}/notices`, { body: input })
    .then(readNoticeReceipt);

export const noticeStatus = (api: ParleyApi, noticeId: string, token: string): Promise<NoticeView> =>
  api.call('GET', `/notices/${encodeURIComponent(noticeId)}`, { noticeToken: token }).then(readNoticeView);
