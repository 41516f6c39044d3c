/**
 * Notices of illegal content (EU DSA Art. 16) on the reader's side, without a DOM: the categories in
 * plain words, the checks before sending, the request body, and what a notice's status means to the
 * person who sent it. The server checks everything again (shared/domain/schemas.ts `noticeInput`).
 */
import type { NoticeCategory } from '../../shared/domain/notice-categories';
import type { FieldProblem } from './api';
import type { NoticeInput, NoticeView } from './notice-api';
import { appealOpen } from './appeal';
import { charCount, fullTime, longDay, overLimit } from './format';
import { EMAIL } from './state';

/** The notices route's bounds, in characters as the server counts them. */
export const NOTICE_LIMITS = {
  explanationMin: 20,
  explanation: 4000,
  lawOrGround: 500,
  notifierName: 200,
  notifierEmail: 254,
} as const;

/** Every category of the API, in the words a reader uses (typed by the API's list, so none is missed). */
const CATEGORY_LABELS: Readonly<Record<NoticeCategory, string>> = {
  illegal_hate_speech: 'Illegal hate speech',
  terrorist_content: 'Terrorist content',
  threats_violence: 'Threats or calls to violence',
  privacy_violation: 'Breach of someone’s privacy (personal data, private images)',
  defamation: 'Defamation: false claims that harm someone’s reputation',
  intellectual_property: 'Copyright or other intellectual property infringement',
  scams_fraud: 'A scam or fraud',
  child_safety: 'Content that endangers children',
  other_illegal: 'Other illegal content',
};

export const NOTICE_CATEGORY_OPTIONS = Object.entries(CATEGORY_LABELS) as readonly [string, string][];

export const categoryLabel = (category: string): string =>
  CATEGORY_LABELS[category as NoticeCategory] ?? category;

/** What the reader typed into the notice form. */
export interface NoticeDraft {
  readonly category: string;
  readonly explanation: string;
  readonly lawOrGround: string;
  readonly notifierName: string;
  readonly notifierEmail: string;
  readonly goodFaith: boolean;
}

/** Problems the reader can fix before sending, by the API's field names. */
export function checkNotice(d: NoticeDraft): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const add = (field: string, message: string) => problems.push({ field, message });
  if (!(d.category in CATEGORY_LABELS)) add('category', 'Please choose what kind of illegal content it is.');
  const n = charCount(d.explanation);
  if (n < NOTICE_LIMITS.explanationMin)
    add(
      'explanation',
      `Please explain why you think it is illegal, in at least ${NOTICE_LIMITS.explanationMin} characters.`,
    );
  else if (n > NOTICE_LIMITS.explanation)
    add('explanation', overLimit('Your explanation', n - NOTICE_LIMITS.explanation));
  if (charCount(d.lawOrGround) > NOTICE_LIMITS.lawOrGround)
    add('lawOrGround', `This can be at most ${NOTICE_LIMITS.lawOrGround} characters.`);
  if (charCount(d.notifierName) > NOTICE_LIMITS.notifierName)
    add('notifierName', `The name can be at most ${NOTICE_LIMITS.notifierName} characters.`);
  const email = d.notifierEmail.trim();
  if (email && (!EMAIL.test(email) || email.length > NOTICE_LIMITS.notifierEmail))
    add('notifierEmail', 'This does not look like an e-mail address.');
  if (!d.goodFaith) add('goodFaith', 'Please confirm this statement: the law requires it for a report.');
  return problems;
}

/** The request body: text trimmed, empty optional fields left out. */
export function toNoticeInput(d: NoticeDraft): NoticeInput {
  const optional = (key: 'lawOrGround' | 'notifierName' | 'notifierEmail') => {
    const value = d[key].trim();
    return value ? { [key]: value } : {};
  };
  return {
    category: d.category,
    explanation: d.explanation.trim(),
    ...optional('lawOrGround'),
    ...optional('notifierName'),
    ...optional('notifierEmail'),
    goodFaith: d.goodFaith,
  };
}

/** A notice's state for its sender: a badge and the sentences under it. */
export function noticeState(v: NoticeView): { label: string; tone: 'waiting' | 'ok'; lines: string[] } {
  const sent = `Sent ${fullTime(v.receivedAt)} (report ${v.id}).`;
  const d = v.decision;
  if (!d) return { label: 'Received', tone: 'waiting', lines: [sent, 'A moderator will decide on it.'] };
  const until = longDay(d.appealUntil);
  return {
    label: d.action === 'remove' ? 'Decided: removed' : 'Decided: kept',
    tone: 'ok',
    lines: [
      sent,
      d.action === 'remove'
        ? `The comment was removed on ${fullTime(d.decidedAt)}.`
        : `The comment was kept on ${fullTime(d.decidedAt)}.`,
      `Ground: ${d.ground}`,
      ...(d.publishedAgainAt
        ? [`The comment was published again on ${fullTime(d.publishedAgainAt)}, after a further review.`]
        : []),
      // Only a decision to keep can be appealed by its notifier, and once: a removal is what they asked for.
      ...(d.action === 'keep' && !v.appeal
        ? [`You can ask for a person to review this decision until ${until}.`]
        : []),
    ],
  };
}

/** Whether a notice, or the notifier's appeal of it, still waits for a moderator (worth asking about again). */
export const noticeOpen = (v: NoticeView): boolean => v.status === 'received' || appealOpen(v.appeal);
