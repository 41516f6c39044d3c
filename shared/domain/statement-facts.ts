/**
 * The facts and circumstances of a statement of reasons (`statement.ts`) in one or two plain sentences:
 * which automatic checks decided, or that a moderator did (never who, never their note), whether the
 * checks had held it or readers had reported it, and whether a ban led to it.
 */
import type { DecisionRecord } from '../moderation/types';
import { NOTICE_CATEGORY_WORDS, type NoticeCategory } from './notice-categories';
import type { RejectReason } from './reasons';

/** What a reject reason means, as the end of "… found …" or "… rejected it for …". */
const REASON_WORDS: Record<RejectReason, string> = {
  spam: 'spam or advertising',
  abuse: 'abuse or insults',
  harassment: 'harassment or threats',
  hate: 'hate speech',
  misinformation: 'false or misleading claims',
  off_topic: 'content off the topic of the article',
  illegal: 'illegal content',
  banned_word: 'a word this site does not publish',
  other: 'a breach of the community guidelines',
};

export interface FactsInput {
  restriction: 'not_published' | 'removed';
  reason: RejectReason;
  /** The automatic checks took the decision (else a moderator did). */
  byChecks: boolean;
  /** The automatic decision: this move's (by the checks), or the one that held the comment. */
  decision: DecisionRecord | undefined;
  /** The checks held the comment for its content before a moderator decided. */
  detected: boolean;
  /** Open reader reports on the comment when it was decided. */
  reports: number;
  authorBanned: boolean;
  /** The category of the notice of illegal content the decision was taken on, if any. */
  noticeCategory?: NoticeCategory | undefined;
  /** The decision reverses, on the notifier's appeal, an earlier decision to keep the comment. */
  onAppeal?: boolean | undefined;
}

const checkName = (name: string) => `the ${name.replace(/-/g, ' ')} check`;
const readable = (code: string | undefined) => (code ?? 'review').replace(/_/g, ' ');
const reasonWords = (code: string | undefined) =>
  REASON_WORDS[(code ?? 'other') as RejectReason] ?? REASON_WORDS.other;

/**
 * Where a check found what it found, when that was the display name alone (its evidence says which field:
 * `authorName: "…"`), so the author knows what to change; the body needs no mention.
 */
const inName = (c: DecisionRecord['checks'][number]) =>
  c.evidence.length > 0 && c.evidence.every((e) => e.detail?.startsWith('authorName:') === true)
    ? ' in the display name'
    : '';

/** The checks of `decision` that returned `outcome`, each with what it found, in their order. */
const findings = (decision: DecisionRecord | undefined, outcome: 'hold' | 'reject') =>
  (decision?.checks ?? [])
    .filter((c) => c.outcome === outcome)
    .map((c) =>
      outcome === 'reject'
        ? `${checkName(c.check)} found ${reasonWords(c.reason)}${inName(c)}`
        : `${checkName(c.check)}: ${readable(c.reason)}${inName(c)}`,
    );

const reported = (n: number) => (n <= 0 ? '' : ` after ${n === 1 ? 'a reader' : `${n} readers`} reported it`);
/** What led a moderator to the comment: a notice of illegal content, reader reports, or nothing said. */
const prompted = (f: FactsInput) =>
  f.noticeCategory === undefined
    ? reported(f.reports)
    : ` on a notice that it is ${NOTICE_CATEGORY_WORDS[f.noticeCategory]}${f.onAppeal === true ? ', reviewing on the notifier’s appeal an earlier decision to keep it' : ''}${f.reports > 0 ? `,${reported(f.reports)}` : ''}`;

/** The automatic checks' own rejection. */
function byChecks(f: FactsInput): string {
  const verb =
    f.restriction === 'removed' ? 'removed this published comment' : 'did not publish this comment';
  if (f.authorBanned) return `The author is banned from commenting, so our automatic checks ${verb}.`;
  const found = findings(f.decision, 'reject');
  return `Our automatic checks ${verb}: ${found.length > 0 ? found.join('; ') : `they found ${REASON_WORDS[f.reason]}`}.`;
}

/** A moderator's rejection, or a ban's. */
function byModerator(f: FactsInput): string {
  const verb = f.restriction === 'removed' ? 'removed this published comment' : 'rejected this comment';
  const held = f.detected
    ? `Our automatic checks held this comment for review (${findings(f.decision, 'hold').join('; ')}). `
    : '';
  if (f.authorBanned)
    return `${held}The author was banned from commenting, and a moderator ${verb} with the author's other comments${reported(f.reports)}.`;
  return `${held}A moderator ${verb}${prompted(f)}, for ${REASON_WORDS[f.reason]}.`;
}

/** The facts and circumstances of a rejection, in one or two sentences. */
export const statementFacts = (f: FactsInput): string => (f.byChecks ? byChecks(f) : byModerator(f));
