/**
 * Repeat abuse (EU Digital Services Act, Art. 23): a notice's decision that removes a comment counts a
 * strike against its author, one that keeps it and marks the notice manifestly unfounded counts one against
 * the notifier (`strikeWrite`, written in the decision's transaction); at the policy's threshold a
 * suspension proposal enters the moderators' `suspensions` queue, once. A moderator decides it: `warn`,
 * `suspend` (only after a warning) or `dismiss`. A running suspension refuses the author's posts and the
 * notifier's notices (`refuseIfSuspended`); the person reads the statements of reasons in their own views.
 */
import { accountViewOf, type AccountView } from '../domain/account-statement';
import type { QueueQuery } from '../domain/moderation-schemas';
import {
  activeSuspension,
  countStrike,
  thresholdOf,
  withdrawStrike,
  type AbuseRecord,
  type AbuseSubject,
  type Strike,
} from '../domain/repeat-abuse';
import {
  decideProposal,
  openedProposal,
  suspensionEventSchema,
  toSuspensionItem,
  type SuspensionDecisionInput,
  type SuspensionItem,
  type SuspensionProposal,
} from '../domain/suspension';
import {
  AuthorSuspendedError,
  NotifierSuspendedError,
  SuspensionAlreadyDecidedError,
  SuspensionNotFoundError,
  ValidationError,
} from '../errors';
import { isId, keyedHash } from '../ids';
import type { Policy } from '../moderation/policy';
import { againWhenMoved } from './conflict-retry';
import type { DepsWith } from './deps';
import { actorOf, signatureOf, type Moderator } from './moderator';
import type { AbuseWrite, AuthorsPort, CommentsPort, SuspensionsPort, TrustedFlaggersPort } from './ports';

type SuspensionDeps = DepsWith<
  SuspensionsPort &
    AuthorsPort &
    Pick<CommentsPort, 'getComments'> &
    Pick<TrustedFlaggersPort, 'getTrustedFlagger'>
>;

/** The knobs of the site policy's `repeatAbuse`. */
const knobsOf = (p: Policy) => p.repeatAbuse;

/**
 * A strike against `subject` for the transaction of the decision that makes it: the person's record read
 * now (consistently) and counted, with the proposal the count opens at the threshold.
 */
export async function strikeWrite(
  deps: DepsWith<SuspensionsPort>,
  subject: AbuseSubject,
  strike: Strike,
  now: Date,
): Promise<AbuseWrite> {
  const [r, knobs] = await Promise.all([deps.repo.getAbuseRecord(subject, true), deps.policies.get()]);
  const k = knobsOf(knobs);
  const counted = countStrike(r, strike, now, k);
  const threshold = thresholdOf(subject.kind, k);
  return {
    readVersion: r.version,
    next: counted.next,
    ...(counted.proposalId
      ? { opened: openedProposal(subject, counted.proposalId, counted.counted, now, { ...k, threshold }) }
      : {}),
  };
}

/** The record's write that takes back the strike of notice `noticeId` (reversed on appeal); null if none. */
export async function withdrawalWrite(
  deps: DepsWith<SuspensionsPort>,
  subject: AbuseSubject,
  noticeId: string,
  now: Date,
): Promise<AbuseWrite | null> {
  const [r, policy] = await Promise.all([deps.repo.getAbuseRecord(subject, true), deps.policies.get()]);
  const next = withdrawStrike(r, noticeId, now, knobsOf(policy).windowDays);
  return next ? { readVersion: r.version, next } : null;
}

/** Refuses what a running suspension of `r`'s person covers: an author's post, a notifier's notice. */
export function refuseIfSuspended(r: AbuseRecord, now: Date): void {
  const s = activeSuspension(r, now);
  if (!s?.until) return;
  throw r.kind === 'author' ? new AuthorSuspendedError(s.until, s) : new NotifierSuspendedError(s.until, s);
}

/** What a person sees of their own warning and suspension (undefined: none on record). */
export async function accountView(
  deps: DepsWith<SuspensionsPort>,
  subject: AbuseSubject | null,
): Promise<AccountView | undefined> {
  return subject ? accountViewOf(await deps.repo.getAbuseRecord(subject)) : undefined;
}

const subjectOf = (p: SuspensionProposal): AbuseSubject => ({ kind: p.kind, id: p.subjectId });

const FLAGGER_PREFIX = 'flagger:';
const EMAIL_PREFIX = 'email:';

/**
 * The id moderators see for a proposal's person. A notifier known by an e-mail address is counted under the
 * address's keyed hash, the hash an author's comments carry too (`authorEmailHash` in an author export):
 * shown as it is, it would let a moderator match a notifier to a commenter, and moderators never see the
 * notifier's e-mail hash (docs/trust-and-safety.md). Shown as a second keyed hash of it instead: stable (two
 * proposals about one notifier show one id) and equal to nothing else a moderator sees.
 */
const shownSubjectId = (secret: string, id: string): string =>
  id.startsWith(EMAIL_PREFIX)
    ? `${EMAIL_PREFIX}${keyedHash(secret, `notifier-shown:${id.slice(EMAIL_PREFIX.length)}`)}`
    : id;

/**
 * Names to know the proposals' people by, by proposal id: an author's on the comment of their latest
 * strike (one batched read), a trusted flagger's as registered (one read per flagger). A notifier known by
 * an e-mail address has none: moderators never see the address.
 */
async function namesOf(
  deps: SuspensionDeps,
  proposals: readonly SuspensionProposal[],
): Promise<Map<string, string>> {
  const latest = proposals.flatMap((p) => {
    const commentId = p.kind === 'author' ? p.strikes.at(-1)?.commentId : undefined;
    return commentId ? [[p.id, commentId] as const] : [];
  });
  const flaggerIds = [
    ...new Set(
      proposals
        .filter((p) => p.subjectId.startsWith(FLAGGER_PREFIX))
        .map((p) => p.subjectId.slice(FLAGGER_PREFIX.length)),
    ),
  ];
  const [comments, flaggers] = await Promise.all([
    latest.length ? deps.repo.getComments(latest.map(([, c]) => c)) : new Map<string, never>(),
    Promise.all(flaggerIds.map((id) => deps.repo.getTrustedFlagger(id))),
  ]);
  const names = new Map<string, string>();
  for (const [proposalId, commentId] of latest) {
    const name = comments.get(commentId)?.authorName;
    if (name) names.set(proposalId, name);
  }
  for (const p of proposals) {
    const flagger = flaggers.find((f) => f && `${FLAGGER_PREFIX}${f.id}` === p.subjectId);
    if (flagger) names.set(p.id, flagger.name);
  }
  return names;
}

/** Proposals with their people's records, names and, for authors, their histories (reads batched). */
async function itemsOf(
  deps: SuspensionDeps,
  proposals: readonly SuspensionProposal[],
  records?: readonly AbuseRecord[],
): Promise<SuspensionItem[]> {
  const [found, authors, names, policy] = await Promise.all([
    records ?? deps.repo.getAbuseRecords(proposals.map(subjectOf)),
    deps.repo.getAuthors(proposals.filter((p) => p.kind === 'author').map((p) => p.subjectId)),
    namesOf(deps, proposals),
    deps.policies.get(),
  ]);
  const now = deps.now();
  return proposals.map((p, i) => {
    const item = toSuspensionItem(
      p,
      found[i]!,
      { history: authors.get(p.subjectId) ?? null, name: names.get(p.id) ?? null },
      now,
      knobsOf(policy).windowDays,
    );
    const { subject } = item.proposal;
    return {
      ...item,
      proposal: { ...item.proposal, subject: { ...subject, id: shownSubjectId(deps.secret, subject.id) } },
    };
  });
}

/**
 * A page of open proposals (the `suspensions` queue): site-wide only, oldest first unless asked otherwise,
 * each with the person's record now.
 */
export async function suspensionsPage(
  deps: SuspensionDeps,
  q: QueueQuery,
): Promise<{ items: SuspensionItem[]; nextCursor: string | null }> {
  if (q.articleId !== undefined)
    throw new ValidationError([
      {
        path: 'articleId',
        message: 'The suspensions queue is about people, not articles: leave articleId out.',
      },
    ]);
  const scope = `queue:suspensions:*:${q.sort}`;
  const afterId = q.cursor === undefined ? undefined : deps.cursors.decode(scope, q.cursor);
  const page = await deps.repo.listOpenSuspensions({
    limit: q.limit,
    newestFirst: q.sort === 'newest',
    afterId,
  });
  return {
    items: await itemsOf(deps, page.items),
    nextCursor: page.lastId ? deps.cursors.encode(scope, page.lastId) : null,
  };
}

async function loadProposal(deps: SuspensionDeps, id: string): Promise<SuspensionProposal> {
  const p = isId(id) ? await deps.repo.getSuspension(id, true) : null;
  if (!p) throw new SuspensionNotFoundError();
  return p;
}

/** One proposal, open or decided, with the person's record now and its trail (oldest first). */
export async function suspensionDetail(deps: SuspensionDeps, id: string) {
  const p = await loadProposal(deps, id);
  const [[item], events] = await Promise.all([itemsOf(deps, [p]), deps.repo.suspensionEvents(id)]);
  return {
    ...item!,
    events: events.map(({ entity: _e, ...e }) =>
      suspensionEventSchema.parse({ ...e, subjectId: shownSubjectId(deps.secret, e.subjectId) }),
    ),
  };
}

/**
 * Decides an open proposal once (a decided one is a 409; `suspend` without a warning within the window, a
 * 409 `warning_required`). The write is conditional on the proposal still open and the person's record as
 * read; a record that changed meanwhile (another strike) is read again.
 */
export async function decideSuspension(
  deps: SuspensionDeps,
  moderator: Moderator,
  id: string,
  input: SuspensionDecisionInput,
): Promise<SuspensionItem> {
  return againWhenMoved(async () => {
    const p = await loadProposal(deps, id);
    if (p.status !== 'received') throw new SuspensionAlreadyDecidedError();
    const [r, policy] = await Promise.all([
      deps.repo.getAbuseRecord(subjectOf(p), true),
      deps.policies.get(),
    ]);
    const { windowDays, clauses } = knobsOf(policy);
    const who = { actor: actorOf(moderator), by: signatureOf(moderator) };
    const d = decideProposal(p, r, input, who, deps.now(), { windowDays, clause: clauses[p.kind] });
    const decided = await deps.repo.decideSuspension({
      proposal: p,
      decision: d.decision,
      record: { readVersion: r.version, next: d.next },
      event: d.event,
    });
    const [item] = await itemsOf(deps, [decided], [d.next]);
    return item!;
  });
}
