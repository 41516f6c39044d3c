/**
 * Repeat abuse (EU DSA Art. 23) through the local gateway: an author whose comments are removed on notices
 * and notifiers (by e-mail address, and a trusted flagger) whose notices are kept as manifestly unfounded
 * are proposed to moderators in the `suspensions` queue, warned, then suspended: the author's post and the
 * notifier's notice are refused with the date, stored nowhere, until the suspension ends by itself. Bad
 * input changes nothing. `GET /moderation/stats` counts the open proposals. Every answer is checked against
 * its route's schema.
 */
import { beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import {
  errorBodySchema,
  noticeDecisionResponseSchema,
  noticeReceiptSchema,
  noticeStatusSchema,
  ownCommentSchema,
  statsSchema,
  suspensionDetailSchema,
  suspensionItemSchema,
  suspensionQueuePageSchema,
} from '../../shared/domain/responses';
import type { SuspensionItem } from '../../shared/domain/suspension';
import { admin, article, call, mod, postAndModerate, stack, useModerationStack } from './moderation-support';

useModerationStack();

const DAY = 86_400_000;
let n = 0;

beforeAll(async () => {
  // Every notice of the file comes from one address: lift the network's budget of author actions.
  const res = await call('PUT', '/moderation/policy', {
    token: admin,
    body: { rateLimits: { authorActionsPerMinute: 1000 }, repeatAbuse: { unfoundedNotices: 2 } },
  });
  expect(res.status, res.text).toBe(200);
});

/** Makes the rest of the test run `ms` later (the handlers run in this process); real time after it. */
function later(ms: number) {
  vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + ms, shouldAdvanceTime: true });
  onTestFinished(() => {
    vi.useRealTimers();
  });
}

const post = (authorName: string, articleId = article()) =>
  call('POST', `/articles/${articleId}/comments`, {
    body: { authorName, body: `A remark on the article, number ${n++}.` },
  });

/** A published comment by `authorName` (the same name from this address: the same author). */
async function published(authorName: string) {
  const res = await post(authorName);
  expect(res.status, res.text).toBe(202);
  await stack.drain();
  return res.json as { comment: { id: string }; authorToken: string };
}

const NOTICE = {
  category: 'defamation',
  explanation: 'It says false things about a named person.',
  goodFaith: true,
};
const sendNotice = (commentId: string, email?: string, headers: Record<string, string> = {}) =>
  call('POST', `/comments/${commentId}/notices`, {
    body: { ...NOTICE, ...(email ? { notifierName: 'Nia', notifierEmail: email } : {}) },
    headers,
  });
async function notice(commentId: string, email?: string, headers: Record<string, string> = {}) {
  const res = await sendNotice(commentId, email, headers);
  expect(res.status, res.text).toBe(202);
  return noticeReceiptSchema.parse(res.json);
}

async function decideNotice(noticeId: string, body: Record<string, unknown>) {
  const res = await call('POST', `/moderation/notices/${noticeId}/decision`, { token: mod, body });
  expect(res.status, res.text).toBe(200);
  return noticeDecisionResponseSchema.parse(res.json);
}

/** A comment by `authorName` published, noticed and removed: one strike against its author. */
async function removal(authorName: string) {
  const c = await published(authorName);
  const r = await notice(c.comment.id, 'nora@example.org');
  const decided = await decideNotice(r.notice.id, { action: 'remove', ground: 'Defamation, civil code.' });
  return { ...c, noticeId: r.notice.id, authorId: decided.comment!.authorId };
}

/** A published comment noticed by `email` (or a flagger's token) and kept as manifestly unfounded. */
async function unfounded(email?: string, headers: Record<string, string> = {}) {
  const c = await postAndModerate(article(), 'A calm remark someone reports for no reason.');
  const r = await notice(c.comment.id, email, headers);
  await decideNotice(r.notice.id, { action: 'keep', ground: 'Lawful opinion.', manifestlyUnfounded: true });
  return r;
}

async function queue(): Promise<SuspensionItem[]> {
  const res = await call('GET', '/moderation/queue?queue=suspensions&limit=100', { token: mod });
  expect(res.status, res.text).toBe(200);
  return suspensionQueuePageSchema.parse(res.json).items;
}
const openAbout = async (subjectId: string) =>
  (await queue()).filter((i) => i.proposal.subject.id === subjectId);

const decide = (id: string, body: unknown, token: string | undefined = mod) =>
  call('POST', `/moderation/suspensions/${id}/decision`, { token, body });
async function decided(id: string, body: Record<string, unknown>) {
  const res = await decide(id, body);
  expect(res.status, res.text).toBe(200);
  return suspensionItemSchema.parse(res.json);
}
/** The open proposals `GET /moderation/stats` counts. */
async function openCount(): Promise<number> {
  const res = await call('GET', '/moderation/stats', { token: mod });
  expect(res.status, res.text).toBe(200);
  return statsSchema.parse(res.json).queues.suspensions;
}
async function detail(id: string) {
  const res = await call('GET', `/moderation/suspensions/${id}`, { token: mod });
  expect(res.status, res.text).toBe(200);
  return suspensionDetailSchema.parse(res.json);
}

describe('an author whose comments are removed as illegal on notices', () => {
  it('is proposed at the third removal, warned, then suspended: posts are refused with the date until it ends', async () => {
    const name = `Repeat Author ${Date.now()}`;
    const first = await removal(name);
    await removal(name);
    expect(await openAbout(first.authorId)).toEqual([]);
    const before = await openCount();
    const third = await removal(name);
    const [proposal] = await openAbout(first.authorId);
    // The stats size the queue as they do notices and appeals.
    expect(await openCount()).toBe(before + 1);
    expect(proposal).toMatchObject({
      proposal: {
        subject: { kind: 'author', name },
        status: 'received',
        threshold: 3,
        windowDays: 180,
      },
      account: {
        unweighed: 3,
        strikeTotal: 3,
        actions: ['warn', 'dismiss'],
        warning: null,
        suspension: null,
      },
    });
    expect(proposal!.proposal.strikes.map((s) => s.noticeId)).toContain(third.noticeId);
    expect(proposal!.account.activity.commentsRejected).toBe(3);

    // No suspension before a warning (Art. 23(1)); the refusal changes nothing.
    const early = await decide(proposal!.proposal.id, { action: 'suspend', days: 1 });
    expect(early.status, early.text).toBe(409);
    expect(early.json.error.code).toBe('warning_required');
    expect((await detail(proposal!.proposal.id)).proposal.status).toBe('received');

    const warned = await decided(proposal!.proposal.id, { action: 'warn', note: 'First warning.' });
    expect(warned.proposal.decision).toMatchObject({ action: 'warn', by: { id: 'mod-1' } });
    expect(await openCount()).toBe(before);
    const own = await call('GET', `/comments/${first.comment.id}`, {
      headers: { 'x-author-token': first.authorToken },
    });
    const warning = ownCommentSchema.parse(own.json.comment).account!.warning!;
    expect(warning).toMatchObject({
      id: warned.proposal.decision!.statementId,
      restriction: 'warning',
      until: null,
      automated: { detection: true, decision: false },
      ground: { kind: 'repeat_abuse', law: expect.stringContaining('Art. 23(1)') },
    });
    expect(warning.facts).toMatch(/3 of your comments were removed as illegal content/);
    expect(JSON.stringify(own.json)).not.toContain('First warning.');
    // A warning restricts nothing.
    const recent = await post(name);
    expect(recent.status).toBe(202);
    await stack.drain();

    for (let i = 0; i < 3; i++) await removal(name);
    const [again] = await openAbout(first.authorId);
    expect(again?.account.actions).toEqual(['warn', 'suspend', 'dismiss']);
    const suspended = await decided(again!.proposal.id, { action: 'suspend', days: 1 });
    const until = suspended.proposal.decision!.until!;
    expect(Date.parse(until) - Date.parse(suspended.proposal.decision!.decidedAt)).toBe(DAY);
    expect(suspended.account.suspendedUntil).toBe(until);

    // Refused with the date and the statement; nothing stored on the article.
    const articleId = article();
    const refused = await post(name, articleId);
    expect(refused.status, refused.text).toBe(403);
    const body = errorBodySchema.parse(refused.json).error;
    expect(body).toMatchObject({
      code: 'author_suspended',
      until,
      statement: { restriction: 'posting_suspended', until, id: suspended.proposal.decision!.statementId },
    });
    expect(body.message).toContain(until.slice(0, 10));
    // An edit, within its window, would put their text back in the queue: refused the same way, nothing changed.
    const path = `/comments/${recent.json.comment.id}`;
    const token = { 'x-author-token': recent.json.authorToken };
    const shown = await call('GET', path, { headers: token });
    const edit = await call('PATCH', path, { headers: token, body: { body: 'Edited while suspended.' } });
    expect(edit.status, edit.text).toBe(403);
    expect(errorBodySchema.parse(edit.json).error).toMatchObject({ code: 'author_suspended', until });
    expect((await call('GET', path, { headers: token })).json).toEqual(shown.json);
    await stack.drain();
    for (const q of ['received', 'pending', 'approved', 'rejected']) {
      const page = await call('GET', `/moderation/queue?queue=${q}&articleId=${articleId}`, { token: mod });
      expect(page.json.items, q).toEqual([]);
    }
    // Another name is another author.
    expect((await post(`${name} the second`)).status).toBe(202);

    // It ends by itself.
    later(DAY + 60_000);
    expect((await post(name)).status).toBe(202);
    await stack.drain();
  });
});

describe('a notifier whose notices are manifestly unfounded', () => {
  it('is counted by e-mail address, warned, then suspended: their notices are refused, not stored, until the date', async () => {
    const email = `unfounded-${Date.now()}@example.org`;
    const first = await unfounded(email);
    const second = await unfounded(email);
    const items = (await queue()).filter((i) =>
      i.proposal.strikes.some((s) => s.noticeId === second.notice.id),
    );
    expect(items).toHaveLength(1);
    const subjectId = items[0]!.proposal.subject.id;
    expect(subjectId).toMatch(/^email:/);
    expect(items[0]!.proposal.subject.name).toBeNull();
    expect(items[0]!.account.activity.noticesSent).toBe(2);
    expect(JSON.stringify(items)).not.toContain(email);
    await decided(items[0]!.proposal.id, { action: 'warn' });

    const status = await call('GET', `/notices/${first.notice.id}`, {
      headers: { 'x-notice-token': first.noticeToken },
    });
    const view = noticeStatusSchema.parse(status.json).notice;
    expect(view.decision).toMatchObject({ action: 'keep', manifestlyUnfounded: true });
    expect(view.account?.warning).toMatchObject({
      restriction: 'warning',
      ground: { law: expect.stringContaining('23(2)') },
    });

    await unfounded(email);
    await unfounded(email);
    const [again] = await openAbout(subjectId);
    const suspended = await decided(again!.proposal.id, { action: 'suspend', days: 3 });
    const until = suspended.proposal.decision!.until!;

    const target = await postAndModerate(article(), 'A remark the suspended notifier reports again.');
    const refused = await sendNotice(target.comment.id, email.toUpperCase());
    expect(refused.status, refused.text).toBe(403);
    expect(errorBodySchema.parse(refused.json).error).toMatchObject({
      code: 'notifier_suspended',
      until,
      statement: { restriction: 'notices_suspended', until },
    });
    const notices = await call('GET', '/moderation/queue?queue=notices&limit=100', { token: mod });
    expect(JSON.stringify(notices.json)).not.toContain(target.comment.id);
    // Someone else's notice is taken.
    await notice(target.comment.id, `someone-${Date.now()}@example.org`);

    later(3 * DAY + 60_000);
    await notice(target.comment.id, email);
  });

  it('is a trusted flagger counted by its id, whose token is refused while it is suspended', async () => {
    const reg = await call('POST', '/moderation/trusted-flaggers', {
      token: admin,
      body: { name: 'Hasty Hotline' },
    });
    expect(reg.status, reg.text).toBe(201);
    const headers = { 'x-flagger-token': reg.json.flaggerToken as string };
    const subjectId = `flagger:${reg.json.flagger.id as string}`;
    await unfounded(undefined, headers);
    await unfounded(undefined, headers);
    const [proposal] = await openAbout(subjectId);
    expect(proposal!.proposal.subject.name).toBe('Hasty Hotline');
    await decided(proposal!.proposal.id, { action: 'warn' });
    await unfounded(undefined, headers);
    await unfounded(undefined, headers);
    const [again] = await openAbout(subjectId);
    await decided(again!.proposal.id, { action: 'suspend', days: 1 });
    const target = await postAndModerate(article(), 'A remark the flagger reports again.');
    const refused = await sendNotice(target.comment.id, undefined, headers);
    expect(refused.status, refused.text).toBe(403);
    expect(refused.json.error.code).toBe('notifier_suspended');
    // Without its token, the same sender is an anonymous notifier: not refused, not counted (documented).
    await notice(target.comment.id);
  });
});

describe('bad input, unknown proposals and roles', () => {
  it('answers 4xx and changes nothing', async () => {
    const email = `bad-input-${Date.now()}@example.org`;
    await unfounded(email);
    const last = await unfounded(email);
    const [open] = (await queue()).filter((i) =>
      i.proposal.strikes.some((s) => s.noticeId === last.notice.id),
    );
    const id = open!.proposal.id;
    for (const body of [
      {},
      { action: 'suspend' },
      { action: 'suspend', days: 0 },
      { action: 'suspend', days: 366 },
      { action: 'suspend', days: '7' },
      { action: 'warn', days: 3 },
      { action: 'dismiss', days: 3 },
      { action: 'ban' },
      { action: 'warn', reason: 'extra field' },
      { action: 'warn', note: '' },
      'warn',
    ]) {
      const res = await decide(id, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.json.error.code).toBe('validation_failed');
    }
    for (const unknown of ['01ARZ3NDEKTSV4RRFFQ69G5FAV', 'nope']) {
      const res = await decide(unknown, { action: 'warn' });
      expect(res.status, unknown).toBe(404);
      expect(res.json.error.code).toBe('suspension_not_found');
      expect((await call('GET', `/moderation/suspensions/${unknown}`, { token: mod })).status).toBe(404);
    }
    const nobody = await stack.token('none');
    const anonymous = await call('POST', `/moderation/suspensions/${id}/decision`, {
      body: { action: 'warn' },
    });
    expect(anonymous.status).toBe(401);
    const forbidden = await decide(id, { action: 'warn' }, nobody);
    expect(forbidden.status, forbidden.text).toBe(403);
    expect((await call('GET', `/moderation/suspensions/${id}`, { token: nobody })).status).toBe(403);
    expect((await call('GET', '/moderation/queue?queue=suspensions', { token: nobody })).status).toBe(403);
    const filtered = await call('GET', `/moderation/queue?queue=suspensions&articleId=${article()}`, {
      token: mod,
    });
    expect(filtered.status, filtered.text).toBe(400);
    const after = await detail(id);
    expect(after.proposal.status).toBe('received');
    expect(after.events.map((e) => e.action)).toEqual(['suspension_proposed']);

    // manifestlyUnfounded goes with keep only: a removal with it is refused and the notice stays open.
    const c = await postAndModerate(article(), 'A remark reported once more.');
    const r = await notice(c.comment.id, email);
    const both = await call('POST', `/moderation/notices/${r.notice.id}/decision`, {
      token: mod,
      body: { action: 'remove', ground: 'Illegal.', manifestlyUnfounded: true },
    });
    expect(both.status, both.text).toBe(400);
    expect(both.json.error.details[0].path).toBe('manifestlyUnfounded');
    const pending = await call('GET', `/notices/${r.notice.id}`, {
      headers: { 'x-notice-token': r.noticeToken },
    });
    expect(pending.json.notice.status).toBe('received');

    // Decided once.
    expect((await decided(id, { action: 'dismiss' })).proposal.decision?.action).toBe('dismiss');
    const twice = await decide(id, { action: 'warn' });
    expect(twice.status, twice.text).toBe(409);
    expect(twice.json.error.code).toBe('suspension_already_decided');
    expect((await detail(id)).events.map((e) => e.action)).toEqual([
      'suspension_proposed',
      'suspension_dismissed',
    ]);
  });

  it('counts nothing for an anonymous notice found manifestly unfounded', async () => {
    const before = (await queue()).length;
    await unfounded();
    await unfounded();
    expect(await queue()).toHaveLength(before);
  });
});
