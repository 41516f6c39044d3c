/**
 * Appeals (EU DSA Art. 20) on the reader's side, without a DOM: the appeal as the author and notifier
 * views carry it, whether a decision can still be appealed, the check before sending, the two routes,
 * and what an appeal's state means to the person who asked. The server checks everything again.
 */
import {
  asApiError,
  obj,
  readAppeal,
  type AppealView,
  type FieldProblem,
  type OwnComment,
  type ParleyApi,
} from './api';
import type { SubmitOutcome } from './form';
import { charCount, errorText, fullTime, overLimit } from './format';

/** The appeals routes' bounds, in characters as the server counts them (shared/domain/appeal.ts). */
export const APPEAL_LIMITS = { min: 10, max: 4000 } as const;

/** Whether to offer "Ask for a review": no appeal yet, and the window (`redress.appealUntil`) still open. */
export const canAppeal = (appeal: AppealView | null, appealUntil: string, now: Date = new Date()): boolean =>
  appeal === null && Date.parse(appealUntil) > now.getTime();

/**
 * The appeal that concerns an own comment as it stands: the view carries the latest appeal, so a
 * comment rejected again after a reversal has a new decision, not yet appealed (null).
 */
export const currentAppeal = (c: Pick<OwnComment, 'status' | 'appeal'>): AppealView | null =>
  c.status === 'rejected' && c.appeal?.outcome === 'reverse' ? null : c.appeal;

/** Problems the reader can fix before sending, by the API's field name. */
export function checkAppeal(explanation: string): FieldProblem[] {
  const n = charCount(explanation);
  const message =
    n < APPEAL_LIMITS.min
      ? `Please say why the decision is wrong, in at least ${APPEAL_LIMITS.min} characters.`
      : n > APPEAL_LIMITS.max
        ? overLimit('Your explanation', n - APPEAL_LIMITS.max)
        : null;
  return message ? [{ field: 'explanation', message }] : [];
}

/**
 * An appeal's state for the appellant: a badge and the sentences under it. `restored` is what a
 * reversal did: the author's comment is published again, the notifier's reported comment removed.
 */
export function appealState(
  a: AppealView,
  restored: string,
): { label: string; tone: 'waiting' | 'ok'; lines: string[] } {
  const sent = `You asked for a review on ${fullTime(a.receivedAt)}.`;
  if (a.status === 'received')
    return {
      label: 'Review requested',
      tone: 'waiting',
      lines: [sent, 'A moderator will review the decision.'],
    };
  const reversed = a.outcome === 'reverse';
  return {
    label: reversed ? `Reviewed: ${restored}` : 'Reviewed: decision kept',
    tone: 'ok',
    lines: [sent, `The reviewer’s answer: ${a.note ?? ''}`],
  };
}

/** Whether an appeal still waits for a moderator (worth asking about again). */
export const appealOpen = (a: AppealView | null): boolean => a?.status === 'received';

/** Sends an appeal: of the author's comment with its author token, or of a kept notice with its notice token. */
export async function sendAppeal(
  api: ParleyApi,
  on:
    | { readonly commentId: string; readonly token: string }
    | { readonly noticeId: string; readonly noticeToken: string },
  explanation: string,
): Promise<AppealView> {
  const [path, auth] =
    'commentId' in on
      ? [`/comments/${encodeURIComponent(on.commentId)}/appeals`, { token: on.token }]
      : [`/notices/${encodeURIComponent(on.noticeId)}/appeals`, { noticeToken: on.noticeToken }];
  const answer = await api.call('POST', path, { ...auth, body: { explanation: explanation.trim() } });
  // obj() throws on an answer without its appeal, so the view is never null here.
  return readAppeal({ appeal: obj(obj(answer, 'answer')['appeal'], 'appeal') })!;
}

/**
 * Sends an appeal and turns the answer into the form's outcome: `done` shows the appeal once received;
 * a refusal (a 409 with the server's reason, field problems) stays beside the form with the text kept.
 */
export async function appealOutcome(
  send: () => Promise<AppealView>,
  done: (appeal: AppealView) => void,
): Promise<SubmitOutcome> {
  try {
    done(await send());
    return { ok: true };
  } catch (e) {
    const error = asApiError(e);
    return { ok: false, message: errorText(error), fields: error.fields };
  }
}
