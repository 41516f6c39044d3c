/**
 * Trusted flaggers (EU DSA Art. 22) through the local gateway: admins register, list and revoke them
 * (moderators 403, nobody signed in 401); a trusted flagger's notice leads the notices queue and its flag
 * puts the comment in front of the reported queue, badged `trustedFlagger`; an unknown or revoked token is
 * a 403 that writes nothing; the transparency report counts the trusted notices. Every answer is checked
 * against its route's schema.
 */
import { describe, expect, it } from 'vitest';
import {
  noticeReceiptSchema,
  queuePageSchema,
  transparencyReportSchema,
  trustedFlaggerListSchema,
  trustedFlaggerRegisteredSchema,
  trustedFlaggerResponseSchema,
} from '../../shared/domain/responses';
import { dayOf } from '../../shared/domain/transparency';
import { admin, article, call, mod, postAndModerate, useModerationStack } from './moderation-support';

useModerationStack();

const NOTICE = {
  category: 'defamation',
  explanation: 'It says a named person took bribes, which is false.',
  goodFaith: true,
};

async function register(name = 'Internet Hotline') {
  const res = await call('POST', '/moderation/trusted-flaggers', {
    token: admin,
    body: { name, organisation: 'Hotline e.V.', contact: 'desk@hotline.example' },
  });
  expect(res.status, res.text).toBe(201);
  expect(res.headers['cache-control']).toBe('private, no-store');
  return trustedFlaggerRegisteredSchema.parse(res.json);
}

const sendNotice = (commentId: string, headers: Record<string, string> = {}) =>
  call('POST', `/comments/${commentId}/notices`, { body: NOTICE, headers });
const queue = async (q: string, articleId: string) => {
  const res = await call('GET', `/moderation/queue?queue=${q}&articleId=${articleId}`, { token: mod });
  expect(res.status, res.text).toBe(200);
  return queuePageSchema.parse(res.json).items;
};

describe('/moderation/trusted-flaggers', () => {
  it('registers for admins only (moderators 403, nobody 401), with a token shown once', async () => {
    const none = await call('POST', '/moderation/trusted-flaggers', { body: { name: 'X' } });
    expect(none.status, none.text).toBe(401);
    const moderator = await call('POST', '/moderation/trusted-flaggers', { token: mod, body: { name: 'X' } });
    expect(moderator.status, moderator.text).toBe(403);
    expect((await call('GET', '/moderation/trusted-flaggers', { token: mod })).status).toBe(403);
    const bad = await call('POST', '/moderation/trusted-flaggers', { token: admin, body: { name: '' } });
    expect(bad.status, bad.text).toBe(400);

    const r = await register();
    expect(r.flagger).toMatchObject({
      name: 'Internet Hotline',
      organisation: 'Hotline e.V.',
      revokedAt: null,
    });
    expect(r.flaggerToken.length).toBeGreaterThanOrEqual(40);
  });

  it('lists flaggers without tokens', async () => {
    const r = await register('Listed Hotline');
    const res = await call('GET', '/moderation/trusted-flaggers', { token: admin });
    expect(res.status, res.text).toBe(200);
    const list = trustedFlaggerListSchema.parse(res.json);
    expect(list.flaggers).toContainEqual(r.flagger);
    expect(res.text).not.toContain(r.flaggerToken);
    expect(res.text).not.toContain('tokenHash');
  });

  it('revokes (again: the same answer), 404 for an unknown flagger; a revoked token is then a 403', async () => {
    const r = await register('Revoked Hotline');
    const revoke = () => call('DELETE', `/moderation/trusted-flaggers/${r.flagger.id}`, { token: admin });
    const first = await revoke();
    expect(first.status, first.text).toBe(200);
    const revoked = trustedFlaggerResponseSchema.parse(first.json).flagger;
    expect(revoked.revokedAt).toEqual(expect.any(String));
    expect(revoked.contact).toBeNull();
    expect((await revoke()).json).toEqual(first.json);
    const unknown = await call('DELETE', '/moderation/trusted-flaggers/01ARZ3NDEKTSV4RRFFQ69G5FAV', {
      token: admin,
    });
    expect(unknown.status, unknown.text).toBe(404);
    expect(unknown.json.error.code).toBe('trusted_flagger_not_found');

    const articleId = article();
    const c = await postAndModerate(articleId, 'A calm remark about the article.');
    const refused = await sendNotice(c.comment.id, { 'x-flagger-token': r.flaggerToken });
    expect(refused.status, refused.text).toBe(403);
    expect(refused.json.error.code).toBe('invalid_flagger_token');
    expect(await queue('notices', articleId)).toEqual([]);
  });
});

describe('a trusted flagger’s notices and flags', () => {
  it('put a trusted notice before an older ordinary one, badged, and count it in the report', async () => {
    const { flagger, flaggerToken } = await register('Queue Hotline');
    const articleId = article();
    const c = await postAndModerate(articleId, 'A remark that two people report.');
    const before = await call(
      'GET',
      `/moderation/transparency?from=${dayOf(Date.now())}&to=${dayOf(Date.now())}`,
      {
        token: admin,
      },
    );
    const counted = transparencyReportSchema.parse(before.json).notices.fromTrustedFlaggers;

    const older = await sendNotice(c.comment.id);
    expect(older.status, older.text).toBe(202);
    const trusted = await sendNotice(c.comment.id, { 'x-flagger-token': flaggerToken });
    expect(trusted.status, trusted.text).toBe(202);
    const items = await queue('notices', articleId);
    expect(items.map((i) => i.notice!.id)).toEqual([
      noticeReceiptSchema.parse(trusted.json).notice.id,
      noticeReceiptSchema.parse(older.json).notice.id,
    ]);
    const ref = { id: flagger.id, name: 'Queue Hotline' };
    expect(items.map((i) => i.trustedFlagger)).toEqual([ref, null]);
    expect(items[0]!.notice).toMatchObject({ trustedFlagger: ref, anonymous: false });

    const after = await call(
      'GET',
      `/moderation/transparency?from=${dayOf(Date.now())}&to=${dayOf(Date.now())}`,
      {
        token: admin,
      },
    );
    expect(transparencyReportSchema.parse(after.json).notices.fromTrustedFlaggers).toBe(counted + 1);
  });

  it('put a comment a trusted flagger flagged first in the reported queue', async () => {
    const { flaggerToken } = await register('Flag Hotline');
    const policy = await call('PUT', '/moderation/policy', { token: admin, body: { flagThreshold: 1 } });
    expect(policy.status, policy.text).toBe(200);
    const articleId = article();
    const older = await postAndModerate(articleId, 'An older remark a reader reports.');
    const newer = await postAndModerate(articleId, 'A newer remark a trusted flagger reports.');
    const flag = (id: string, headers: Record<string, string> = {}) =>
      call('POST', `/comments/${id}/flags`, { body: { reason: 'hate' }, headers });
    expect((await flag(older.comment.id)).status).toBe(202);
    expect((await flag(newer.comment.id, { 'x-flagger-token': flaggerToken })).status).toBe(202);
    const items = await queue('reported', articleId);
    expect(items.map((i) => i.comment.id)).toEqual([newer.comment.id, older.comment.id]);
    expect(items[0]!.trustedFlagger).toMatchObject({ name: 'Flag Hotline' });
  });

  it('refuses an invalid token with a 403 on notices and flags, writing nothing', async () => {
    const articleId = article();
    const c = await postAndModerate(articleId, 'A remark nobody trusted reports.');
    const notice = await sendNotice(c.comment.id, { 'x-flagger-token': 'made-up' });
    expect(notice.status, notice.text).toBe(403);
    expect(notice.json.error.code).toBe('invalid_flagger_token');
    const flag = await call('POST', `/comments/${c.comment.id}/flags`, {
      body: { reason: 'spam' },
      headers: { 'x-flagger-token': 'made-up' },
    });
    expect(flag.status, flag.text).toBe(403);
    expect(await queue('notices', articleId)).toEqual([]);
    expect(await queue('reported', articleId)).toEqual([]);
  });
});
