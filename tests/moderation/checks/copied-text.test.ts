import { describe, expect, it } from 'vitest';
import { copiedText } from '../../../shared/moderation/checks/copied-text';
import type { CopiedText } from '../../../shared/domain/copied-text';
import type { CheckRecord } from '../../../shared/moderation/types';
import { makeContext } from '../support';

const run = (seen: CopiedText | undefined, policy = {}, prior: CheckRecord[] = []) =>
  copiedText.run({
    ...makeContext('Any text.', { recent: seen ? { copiedText: seen } : {}, policy }),
    prior,
  });
/** What the links check recorded for a text with a shortened link. */
const SHORTENED: CheckRecord = { check: 'links', outcome: 'hold', reason: 'url_shortener', evidence: [] };
const seen = (otherAuthors: number, otherArticles = 0, rejected: CopiedText['rejected'] = null) => ({
  otherAuthors,
  otherArticles,
  rejected,
});

describe('copied-text check', () => {
  it('passes a text nobody else posted, or one too short to track (no record read)', async () => {
    expect(await run(seen(0))).toEqual({ outcome: 'pass', score: 1 });
    expect(await run(undefined)).toEqual({ outcome: 'pass' });
  });

  it('holds from the third author; rejects from the sixth, on another article too, with a link or a pitch', async () => {
    expect((await run(seen(1))).outcome).toBe('pass');
    expect(await run(seen(2))).toMatchObject({ outcome: 'hold', reason: 'copied_text', score: 3 });
    expect(await run(seen(5, 0, null), {}, [SHORTENED])).toMatchObject({
      outcome: 'hold',
      reason: 'copied_text',
    });
    expect(await run(seen(5, 1), {}, [SHORTENED])).toMatchObject({
      outcome: 'reject',
      reason: 'spam',
      score: 6,
    });
    // A famous quotation many readers post: held for a human, never rejected.
    expect(await run(seen(9, 4))).toMatchObject({ outcome: 'hold', reason: 'copied_text', score: 10 });
  });

  it('holds a text a moderator rejected, whoever posts it', async () => {
    const rejected = { reason: 'hate', at: '2026-11-30T10:00:00.000Z' };
    expect(await run(seen(0, 0, rejected))).toMatchObject({
      outcome: 'hold',
      reason: 'rejected_text',
      evidence: [{ value: 'hate', detail: 'a moderator rejected the same text on 2026-11-30' }],
    });
  });

  it('follows the policy', async () => {
    const rejected = { reason: 'hate', at: '2026-11-30T10:00:00.000Z' };
    const off = { copiedText: { enabled: false, holdAt: 3, rejectAt: 6, holdRejected: true } };
    expect((await run(seen(9, 9, rejected), off, [SHORTENED])).outcome).toBe('pass');
    const lenient = { copiedText: { enabled: true, holdAt: 10, rejectAt: 20, holdRejected: false } };
    expect((await run(seen(8, 2, rejected), lenient)).outcome).toBe('pass');
  });
});
