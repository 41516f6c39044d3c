/**
 * The same long text from several authors, and again after a moderator rejected it (outside security
 * review, M3: a rejected comment reposted under another name was published), with in-memory storage and
 * the real checks: the consumer records each post's text and reads the record before deciding.
 */
import { describe, expect, it } from 'vitest';
import { moderateComment } from '../../../shared/app/moderate';
import { decide } from '../../../shared/app/moderation';
import { defaultChecks } from '../../../shared/moderation/checks';
import { memoryDeps } from '../../support/memory/deps';
import { MODERATOR, notify, post } from '../../support/memory/fixtures';
import { decideNotice } from '../../../shared/app/notices';

const OTHER_TEXT = 'The ceasefire will not hold without monitors on both sides of the line.';

/** Posts and moderates a comment as the consumer would; answers its decision. */
async function posted(deps: ReturnType<typeof memoryDeps>, articleId: string, body: string, n: number) {
  const { comment } = await post(
    deps.deps,
    articleId,
    { authorName: `Sock ${n}`, body },
    { sourceIp: `198.51.${n}.7` },
  );
  const outcome = await moderateComment(deps.deps, deps.repo.comments.get(comment.id)!, defaultChecks);
  if (outcome.result !== 'decided') throw new Error('not decided');
  const copied = outcome.comment.decision?.checks.find((c) => c.check === 'copied-text');
  return { id: comment.id, status: outcome.comment.status, copied, decision: outcome.comment.decision! };
}

describe('copied text', () => {
  it('holds the third author of the same text; rejects a campaign with a link across articles', async () => {
    const m = memoryDeps();
    // A spam-free long text, so that only the copies count.
    const plain = 'I have read every report on this and I still think the sanctions are working well.';
    expect((await posted(m, 'a1', plain, 1)).status).toBe('approved');
    expect((await posted(m, 'a1', `${plain.toLowerCase()}!!`, 2)).status).toBe('approved');
    const third = await posted(m, 'a2', `  ${plain.replaceAll(' ', '  ')}`, 3);
    expect(third).toMatchObject({
      status: 'pending',
      copied: { outcome: 'hold', reason: 'copied_text', score: 3 },
    });
    for (let n = 4; n <= 5; n++) await posted(m, `a${n}`, plain, n);
    // Many readers posting one text is held, not rejected: it may be a quotation.
    const sixth = await posted(m, 'a6', plain, 6);
    expect(sixth).toMatchObject({
      status: 'pending',
      copied: { outcome: 'hold', reason: 'copied_text', score: 6 },
    });
    expect(sixth.copied?.evidence[0]?.detail).toBe(
      'the same text from 6 authors on 5 articles within 7 days',
    );
    // With a shortened link, six copies across articles are a campaign.
    const pitch = 'Read what the media will not tell you about the sanctions at bit.ly/3xYzAbC today.';
    for (let n = 11; n <= 15; n++) await posted(m, `b${n}`, pitch, n);
    expect(await posted(m, 'b16', pitch, 16)).toMatchObject({
      status: 'rejected',
      copied: { outcome: 'reject', reason: 'spam', score: 6 },
    });
    // The same author again is not another author; short texts are not tracked at all.
    const m2 = memoryDeps();
    for (let i = 0; i < 4; i++) await posted(m2, 'a1', 'Great article, thank you!', 10 + i);
    expect(m2.repo.textStore.texts.size).toBe(0);
  });

  it('holds a text a moderator rejected when another name posts it, until the rejection is reversed', async () => {
    const m = memoryDeps();
    // Copies alone would hold the third post: here only the rejection counts.
    m.policies.set({ copiedText: { enabled: true, holdAt: 10, rejectAt: 10, holdRejected: true } });
    const first = await posted(m, 'a1', OTHER_TEXT, 1);
    expect(first.status).toBe('approved');
    await decide(m.deps, MODERATOR, first.id, { action: 'reject', reason: 'misinformation' });

    const again = await posted(m, 'a2', OTHER_TEXT, 2);
    expect(again).toMatchObject({
      status: 'pending',
      decision: { decidedBy: 'copied-text', reason: 'rejected_text' },
    });
    expect(again.copied?.evidence[0]).toMatchObject({
      value: 'misinformation',
      detail: expect.stringMatching(/^a moderator rejected the same text on \d{4}-\d\d-\d\d$/),
    });

    // The moderator publishes the first one after all: the text is no longer held for that.
    await decide(m.deps, MODERATOR, first.id, { action: 'approve' });
    expect((await posted(m, 'a3', OTHER_TEXT, 3)).copied).toMatchObject({ outcome: 'pass' });
  });

  it('remembers a removal on a notice of illegal content the same way', async () => {
    const m = memoryDeps();
    m.policies.set({ copiedText: { enabled: true, holdAt: 10, rejectAt: 10, holdRejected: true } });
    const first = await posted(m, 'a1', OTHER_TEXT, 1);
    const { notice } = await notify(m.deps, first.id);
    await decideNotice(m.deps, MODERATOR, notice.id, {
      action: 'remove',
      ground: 'Defamation of a named person.',
    });
    expect(await posted(m, 'a2', OTHER_TEXT, 2)).toMatchObject({
      status: 'pending',
      copied: { reason: 'rejected_text', evidence: [{ value: 'illegal' }] },
    });
  });

  it('writes the record once per post, and nothing for a human approval that reverses nothing', async () => {
    const m = memoryDeps();
    const { id } = await posted(m, 'a1', OTHER_TEXT, 1);
    expect(m.repo.writes.filter((w) => w === 'noteText')).toHaveLength(1);
    await decide(m.deps, MODERATOR, id, { action: 'approve' });
    expect(m.repo.writes.filter((w) => w === 'markText')).toHaveLength(0);
  });
});
