/**
 * Trusted flaggers (EU DSA Art. 22) against in-memory storage: registration with a token kept as its hash,
 * the list without tokens, revocation, and notices and flags that present a token: marked, in front of
 * their queues (paged with the ordinary cursor), refused when the token is unknown or revoked.
 */
import { describe, expect, it } from 'vitest';
import { flagComment } from '../../../shared/app/flags';
import { listQueue } from '../../../shared/app/moderation';
import { submitNotice } from '../../../shared/app/notices';
import {
  listTrustedFlaggers,
  registerTrustedFlagger,
  revokeTrustedFlagger,
} from '../../../shared/app/trusted-flaggers';
import type { QueueQuery } from '../../../shared/domain/moderation-schemas';
import { summarizeTransparency } from '../../../shared/domain/transparency';
import {
  idOfQueueSortKey,
  isQueueSortKey,
  queueSortKey,
  trustedFlaggerInput,
} from '../../../shared/domain/trusted-flagger';
import { InvalidFlaggerTokenError, TrustedFlaggerNotFoundError } from '../../../shared/errors';
import { newId, sha256 } from '../../../shared/ids';
import { memoryDeps } from '../../support/memory/deps';
import { ADMIN, published } from '../../support/memory/fixtures';

const NOTICE = {
  category: 'defamation' as const,
  explanation: 'It says a named person took bribes, which is false.',
  goodFaith: true as const,
};
const queue = (q: QueueQuery['queue'], over: Partial<QueueQuery> = {}): QueueQuery => ({
  queue: q,
  sort: 'oldest',
  limit: 20,
  ...over,
});

async function withFlagger() {
  const m = memoryDeps();
  const registered = await registerTrustedFlagger(m.deps, ADMIN, {
    name: 'Hotline',
    organisation: 'Internet Hotline e.V.',
    contact: 'desk@hotline.example',
  });
  return { ...m, registered, token: registered.flaggerToken };
}

describe('the trusted-flagger domain', () => {
  it('marks a trusted item’s sort key so it sorts below every id, and reads the id back', () => {
    const id = newId();
    expect(queueSortKey(id, false)).toBe(id);
    expect(queueSortKey(id, true) < '0').toBe(true);
    expect(idOfQueueSortKey(queueSortKey(id, true))).toBe(id);
    expect(isQueueSortKey(queueSortKey(id, true))).toBe(true);
    expect(isQueueSortKey('!nope')).toBe(false);
  });

  it('bounds the registration: a name is required, every field has a length limit', () => {
    expect(trustedFlaggerInput.safeParse({ name: '' }).success).toBe(false);
    expect(trustedFlaggerInput.safeParse({ name: 'x'.repeat(201) }).success).toBe(false);
    expect(trustedFlaggerInput.safeParse({ name: 'A', contact: 'c'.repeat(501) }).success).toBe(false);
    expect(trustedFlaggerInput.safeParse({ name: 'A', token: 'mine' }).success).toBe(false);
    expect(trustedFlaggerInput.parse({ name: ' Hotline ', organisation: '' })).toEqual({ name: 'Hotline' });
  });
});

describe('registering, listing and revoking', () => {
  it('answers the token once and keeps only its hash; the list never shows it', async () => {
    const { deps, repo, registered, token, clock } = await withFlagger();
    expect(registered.flagger).toEqual({
      id: expect.any(String),
      name: 'Hotline',
      organisation: 'Internet Hotline e.V.',
      contact: 'desk@hotline.example',
      createdAt: clock.now().toISOString(),
      revokedAt: null,
    });
    const stored = repo.flaggerStore.flaggers.get(registered.flagger.id)!;
    expect(stored.tokenHash).toBe(sha256(token));
    expect(JSON.stringify(stored)).not.toContain(token);
    const listed = await listTrustedFlaggers(deps);
    expect(listed).toEqual({ flaggers: [registered.flagger] });
    expect(JSON.stringify(listed)).not.toContain(stored.tokenHash);
  });

  it('revokes once, erasing the contact; again answers the same; an unknown flagger is a 404', async () => {
    const { deps, registered, clock } = await withFlagger();
    const first = await revokeTrustedFlagger(deps, registered.flagger.id);
    expect(first.flagger).toMatchObject({ revokedAt: clock.now().toISOString(), contact: null });
    clock.advance(60_000);
    expect(await revokeTrustedFlagger(deps, registered.flagger.id)).toEqual(first);
    await expect(revokeTrustedFlagger(deps, newId())).rejects.toThrow(TrustedFlaggerNotFoundError);
    await expect(revokeTrustedFlagger(deps, 'not-an-id')).rejects.toThrow(TrustedFlaggerNotFoundError);
  });
});

describe('a trusted flagger’s notices', () => {
  it('are marked, never anonymous, need no name or e-mail, lead the queue, and count in the report', async () => {
    const { deps, repo, token, registered, clock } = await withFlagger();
    const { comment } = await published(deps, 'art');
    const send = (flaggerToken?: string) =>
      submitNotice(deps, { commentId: comment.id, input: NOTICE, sourceIp: '192.0.2.1', flaggerToken });
    const older = await send();
    clock.advance(1000);
    const trusted = await send(token);
    const stored = repo.noticeStore.notices.get(trusted.notice.id)!;
    expect(stored).toMatchObject({
      anonymous: false,
      trustedFlagger: { id: registered.flagger.id, name: 'Hotline' },
    });
    expect(repo.noticeStore.notices.get(older.notice.id)).toMatchObject({ anonymous: true });

    const page = await listQueue(deps, queue('notices'));
    expect(page.items.map((i) => i.notice!.id)).toEqual([trusted.notice.id, older.notice.id]);
    expect(page.items.map((i) => i.trustedFlagger)).toEqual([
      { id: registered.flagger.id, name: 'Hotline' },
      null,
    ]);
    // Newest first keeps the trusted group in front too.
    const newest = await listQueue(deps, queue('notices', { sort: 'newest' }));
    expect(newest.items.map((i) => i.notice!.id)).toEqual([trusted.notice.id, older.notice.id]);
    // One a page: the cursor crosses from the front to the rest.
    const first = await listQueue(deps, queue('notices', { limit: 1 }));
    expect(first.items.map((i) => i.notice!.id)).toEqual([trusted.notice.id]);
    const second = await listQueue(deps, queue('notices', { limit: 1, cursor: first.nextCursor! }));
    expect(second.items.map((i) => i.notice!.id)).toEqual([older.notice.id]);
    expect(second.nextCursor).toBeNull();

    const day = clock.now().toISOString().slice(0, 10);
    const report = summarizeTransparency(await repo.transparencyDays(day, day), day, day);
    expect(report.notices).toMatchObject({ received: { total: 2 }, fromTrustedFlaggers: 1 });
  });

  it('are refused with an unknown or a revoked token, and nothing is written', async () => {
    const { deps, repo, token, registered } = await withFlagger();
    const { comment } = await published(deps, 'art');
    const send = (flaggerToken: string) =>
      submitNotice(deps, { commentId: comment.id, input: NOTICE, sourceIp: '192.0.2.1', flaggerToken });
    await expect(send('not-a-token')).rejects.toThrow(InvalidFlaggerTokenError);
    await expect(send('')).rejects.toThrow(InvalidFlaggerTokenError);
    await revokeTrustedFlagger(deps, registered.flagger.id);
    await expect(send(token)).rejects.toThrow(InvalidFlaggerTokenError);
    expect(repo.noticeStore.notices.size).toBe(0);
  });
});

describe('a trusted flagger’s flags', () => {
  it('report the comment at once, in front of the reported queue, with the flagger as the reporter', async () => {
    const { deps, repo, policies, token, registered } = await withFlagger();
    policies.set({ flagThreshold: 1 });
    const older = (await published(deps, 'art')).comment;
    const newer = (await published(deps, 'art')).comment;
    await flagComment(deps, { commentId: older.id, input: { reason: 'spam' }, sourceIp: '192.0.2.1' });
    policies.set({ flagThreshold: 5 });
    await flagComment(deps, {
      commentId: newer.id,
      input: { reason: 'hate' },
      sourceIp: '198.51.100.1',
      flaggerToken: token,
    });
    expect([...repo.flags.keys()]).toContain(`${newer.id}|flagger:${registered.flagger.id}`);

    const page = await listQueue(deps, queue('reported'));
    expect(page.items.map((i) => i.comment.id)).toEqual([newer.id, older.id]);
    expect(page.items[0]!.trustedFlagger).toEqual({ id: registered.flagger.id, name: 'Hotline' });
    expect(page.items[1]!.trustedFlagger).toBeNull();
    expect((await repo.queueSizes()).reported).toBe(2);

    // A trusted flag on a comment already reported moves it to the front without counting it twice.
    await flagComment(deps, {
      commentId: older.id,
      input: { reason: 'hate' },
      sourceIp: '198.51.100.1',
      flaggerToken: token,
    });
    expect((await repo.queueSizes()).reported).toBe(2);
    const both = await listQueue(deps, queue('reported'));
    expect(both.items.map((i) => i.comment.id)).toEqual([older.id, newer.id]);
  });

  it('are refused with an unknown token before the comment is touched', async () => {
    const { deps, repo } = await withFlagger();
    const { comment } = await published(deps, 'art');
    await expect(
      flagComment(deps, {
        commentId: comment.id,
        input: { reason: 'spam' },
        sourceIp: '192.0.2.1',
        flaggerToken: 'x',
      }),
    ).rejects.toThrow(InvalidFlaggerTokenError);
    expect(repo.flags.size).toBe(0);
  });
});
