/**
 * A reader's account restrictions for repeat abuse (EU DSA Art. 23), without a DOM: the warning and the
 * suspension the author view, the notice status and a refused post or notice carry, read from the answer,
 * and what they mean in a sentence. A suspension ends by itself: only a running one is said.
 */
import { fullTime, longDay as day } from './format';

/** A warning or a suspension: the parts of its statement of reasons the widget shows. */
export interface AccountNotice {
  readonly id: string;
  readonly decidedAt: string;
  /** When a suspension ends by itself; null for a warning. */
  readonly until: string | null;
  readonly facts: string;
  readonly clause: string;
  readonly automatedDecision: boolean;
  readonly automatedDetection: boolean;
  /** Until when the person can ask the site for a review (a complaint naming the statement). */
  readonly appealUntil: string;
  /** How many decisions were counted. */
  readonly counted: number;
}

/** `account` of the author view and the notice status: the latest warning and suspension, each or null. */
export interface AccountView {
  readonly warning: AccountNotice | null;
  readonly suspension: AccountNotice | null;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (o: Json, k: string): string | null => (typeof o[k] === 'string' ? o[k] : null);

/**
 * A statement of an account restriction as the API answers it (`account.warning`, `account.suspension`,
 * `error.statement` of a 403); null when absent or not of that shape, so a restriction the widget cannot
 * read never hides the comments.
 */
export function readAccountNotice(v: unknown): AccountNotice | null {
  if (!isObject(v) || !isObject(v['ground']) || !isObject(v['redress']) || !isObject(v['automated']))
    return null;
  const [id, decidedAt, facts] = [text(v, 'id'), text(v, 'decidedAt'), text(v, 'facts')];
  const [clause, appealUntil] = [text(v['ground'], 'clause'), text(v['redress'], 'appealUntil')];
  if (!id || !decidedAt || facts === null || clause === null || !appealUntil) return null;
  return {
    id,
    decidedAt,
    until: text(v, 'until'),
    facts,
    clause,
    automatedDecision: v['automated']['decision'] === true,
    automatedDetection: v['automated']['detection'] === true,
    appealUntil,
    counted: Array.isArray(v['counted']) ? v['counted'].length : 0,
  };
}

/** `account` of an answer; null when there is none (a person never warned nor suspended). */
export function readAccount(v: unknown): AccountView | null {
  if (!isObject(v)) return null;
  const view = { warning: readAccountNotice(v['warning']), suspension: readAccountNotice(v['suspension']) };
  return view.warning || view.suspension ? view : null;
}

/** Whether a suspension is still running at `now` (it ends by itself at `until`). */
export const running = (s: AccountNotice | null, now: Date = new Date()): s is AccountNotice =>
  s?.until != null && Date.parse(s.until) > now.getTime();

/** An author restricted for illegal content, or a notifier for manifestly unfounded notices. */
export type AccountKind = 'author' | 'notifier';

const because = (kind: AccountKind, n: number) =>
  kind === 'author'
    ? `${n === 1 ? '1 of your comments was' : `${n} of your comments were`} removed as illegal content`
    : `${n === 1 ? '1 of your reports was' : `${n} of your reports were`} found manifestly unfounded`;

/** What a warning means, in a sentence: when, why, and what comes next. */
export function warningSentence(kind: AccountKind, w: AccountNotice): string {
  const next =
    kind === 'author'
      ? 'further removals may suspend your commenting'
      : 'further unfounded reports may stop your reports being processed for a time';
  return `You were warned on ${day(w.decidedAt)} because ${because(kind, w.counted)}; ${next}.`;
}

/** What a running suspension means, in a sentence: until when, and why. */
export function suspensionSentence(kind: AccountKind, s: AccountNotice): string {
  const until = fullTime(s.until ?? s.decidedAt);
  return kind === 'author'
    ? `You cannot comment until ${until} because ${because(kind, s.counted)} after a warning.`
    : `Your reports of illegal content are not processed until ${until} because ${because(kind, s.counted)} after a warning.`;
}

/**
 * What to say of an account now: a running suspension (it follows a warning, so it says enough alone),
 * else the latest warning; null when there is nothing to say (none, or a suspension that ended).
 */
export function accountNotice(
  kind: AccountKind,
  view: AccountView | null,
  now: Date = new Date(),
): { sentence: string; statement: AccountNotice } | null {
  const suspension = view?.suspension ?? null;
  if (running(suspension, now))
    return { sentence: suspensionSentence(kind, suspension), statement: suspension };
  if (view?.warning) return { sentence: warningSentence(kind, view.warning), statement: view.warning };
  return null;
}

const latest = (notices: readonly (AccountNotice | null)[]): AccountNotice | null =>
  notices.reduce<AccountNotice | null>((a, b) => (b && (!a || b.decidedAt > a.decidedAt) ? b : a), null);

/**
 * One account out of several answers (each own comment, each notice, a refusal carries the person's): the
 * latest warning and the latest suspension among them. A reader who posted under two names is two authors;
 * the latest restriction of either is the one said.
 */
export function mergeAccounts(views: readonly (AccountView | null)[]): AccountView | null {
  const warning = latest(views.map((v) => v?.warning ?? null));
  const suspension = latest(views.map((v) => v?.suspension ?? null));
  return warning || suspension ? { warning, suspension } : null;
}
