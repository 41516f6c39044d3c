import { describe, expect, it } from 'vitest';
import {
  sentenceWindows,
  WINDOW_HOLD_AT,
  WINDOW_REJECT_AT,
} from '../../../shared/moderation/model/classifier';
import { runPipeline } from '../../../shared/moderation/pipeline';
import { tokensOf } from '../../../shared/moderation/text/tokens';
import { makeContext } from '../support';

const BEFORE =
  'The piece on the port strikes is the best summary I have read this month, and the maps help a lot. ' +
  'Insurance premiums for ships leaving the harbour have tripled since the spring, and the article explains why. ' +
  'I would still like to know who pays for the convoys, because the ministry has given three different figures. ';
const AFTER =
  'Anyway, the grain figures in the second chart do not match the customs data for October, please check them. ' +
  'Otherwise a fair and careful report, and thank you for naming the crews who were injured.';
/** Said on its own, the classifier is sure of it; inside the long comment, the words around it outweigh it. */
const DEATH_WISH = 'Hope the clown who wrote the last comment chokes on his own blood tonight, slowly. ';
/** A claim the model is sure is not civil, and that no rule or rejectable class covers. */
const INSINUATION =
  'Funny how the vaccine trials always lose the data right before the election, wake up people. ';

describe('a long comment read window by window (model/classifier.ts)', () => {
  it('cuts a long comment into windows of whole sentences, of 12 tokens at least, that cover it', () => {
    const { tokens } = tokensOf(BEFORE + AFTER);
    const windows = sentenceWindows(tokens);
    expect(windows.length).toBeGreaterThan(1);
    expect(windows[0]![0]).toBe(0);
    expect(windows.at(-1)![1]).toBe(tokens.length);
    for (const [k, [from, to]] of windows.entries()) {
      if (k > 0) expect(from).toBe(windows[k - 1]![1]);
      if (k < windows.length - 1) expect(to - from).toBeGreaterThanOrEqual(12);
      // Whole sentences: a window ends where a sentence does.
      if (to < tokens.length) expect(tokens[to]!.sentence).not.toBe(tokens[to - 1]!.sentence);
    }
    expect(sentenceWindows(tokensOf('A short comment of a few words, however harsh it is.').tokens)).toEqual(
      [],
    );
  });

  it('rejects a long comment whose one sentence the model is sure is removable, and shows that sentence', async () => {
    const text = BEFORE + DEATH_WISH + AFTER;
    const decision = await runPipeline(makeContext(text));
    expect(decision).toMatchObject({ outcome: 'rejected', decidedBy: 'classifier' });
    const record = decision.checks.find((c) => c.check === 'classifier');
    expect(record?.outcome).toBe('reject');
    const window = record!.evidence.find(
      (e) => e.kind === 'classifier' && e.detail?.includes('on their own'),
    );
    expect(window).toBeDefined();
    expect(window!.score).toBeGreaterThanOrEqual(WINDOW_REJECT_AT);
    expect(text.slice(...window!.span!)).toContain('chokes on his own blood');
  });

  it('holds, never rejects, a long comment whose sentence is sure to be not civil but not removable', async () => {
    const text = BEFORE + INSINUATION + AFTER;
    const decision = await runPipeline(makeContext(text));
    expect(decision.outcome).toBe('pending');
    const record = decision.checks.find((c) => c.check === 'classifier');
    expect(record?.outcome).toBe('hold');
    const window = record!.evidence.find(
      (e) => e.kind === 'classifier' && e.detail?.includes('on their own'),
    );
    expect(window!.score).toBeGreaterThanOrEqual(WINDOW_HOLD_AT);
  });

  it('publishes the same long comment without that sentence', async () => {
    expect((await runPipeline(makeContext(BEFORE + AFTER))).outcome).toBe('approved');
  });
});
