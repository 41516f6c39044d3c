import { describe, expect, it } from 'vitest';
import { bannedTerms } from '../../../shared/moderation/checks/banned-terms';
import { runPipeline } from '../../../shared/moderation/pipeline';
import { policyMatcher } from '../../../shared/moderation/text/policy-terms';
import { defaultPolicy } from '../../../shared/moderation/policy';
import { makeContext } from '../support';

describe('banned-terms check', () => {
  it('rejects a default banned slur as banned_word and records the term, its span and what was typed', async () => {
    const result = await bannedTerms.run(makeContext('They are all k!kes, every one'));
    expect(result).toEqual({
      outcome: 'reject',
      reason: 'banned_word',
      score: 1,
      evidence: [{ kind: 'term', value: 'kike', span: [13, 18], detail: 'body: "k!kes"' }],
    });
  });

  it('rejects a slur spelled out after a one-letter word, the span on the typed letters', async () => {
    // Joined with the article, `a k i k e` read `akike` and the comment was published.
    const result = await bannedTerms.run(makeContext('He is a k i k e.'));
    expect(result).toMatchObject({
      outcome: 'reject',
      evidence: [{ kind: 'term', value: 'kike', span: [8, 15], detail: 'body: "k i k e"' }],
    });
    const policy = { bannedTerms: ['zorblax'] };
    expect((await bannedTerms.run(makeContext('I met a z o r b l a x today.', { policy }))).outcome).toBe(
      'reject',
    );
    // A word that only begins with those letters is still not the term.
    expect(
      (await bannedTerms.run(makeContext('a k i k k e r', { policy: { bannedTerms: ['kike'] } }))).outcome,
    ).toBe('pass');
  });

  it('reads an editor’s phrase within one clause, not across a comma or a full stop', async () => {
    const policy = { bannedTerms: ['pig dog'] };
    const run = async (text: string) => (await bannedTerms.run(makeContext(text, { policy }))).outcome;
    // An outside review: both were rejected as `banned_word`, the evidence `pig, dog` and `pig. Dog`.
    expect(await run('The pig, dog and cat were fed.')).toBe('pass');
    expect(await run('We fed the pig. Dog food was also bought.')).toBe('pass');
    expect(await run('You pig dog!')).toBe('reject');
    expect(await run('you p-i-g  d.o.g')).toBe('reject');
    expect(await run('you pig - dog')).toBe('reject');
  });

  it('finds a banned term in the display name too', async () => {
    const result = await bannedTerms.run(
      makeContext('A civil remark', { comment: { authorName: 'Raghead Hunter' } }),
    );
    expect(result.evidence).toEqual([
      { kind: 'term', value: 'raghead', span: [0, 7], detail: 'authorName: "Raghead"' },
    ]);
  });

  it('uses the policy’s own list, compiled from plain words and phrases', async () => {
    const policy = { bannedTerms: ['putinist scum', 'vatnik*'] };
    expect((await bannedTerms.run(makeContext('Putinist  s.c.u.m', { policy }))).outcome).toBe('reject');
    expect((await bannedTerms.run(makeContext('the vatniks again', { policy }))).outcome).toBe('reject');
    expect((await bannedTerms.run(makeContext('a nigger', { policy }))).outcome).toBe('pass');
  });

  it('does not fire inside an allowed term', async () => {
    const policy = { bannedTerms: ['spic'] };
    expect((await bannedTerms.run(makeContext('Spic and Span is a brand', { policy }))).outcome).toBe('pass');
    expect(
      (
        await bannedTerms.run(
          makeContext('Spic and Span is a brand', { policy: { ...policy, allowedTerms: [] } }),
        )
      ).outcome,
    ).toBe('reject');
  });

  it('leaves a slur mentioned in quotation marks or after "the word" to the other checks, unless someone is addressed', async () => {
    const outcome = async (text: string) => (await bannedTerms.run(makeContext(text))).outcome;
    expect(
      await outcome("The style guide should say whether 'raghead' is printed in full in court reports."),
    ).toBe('pass');
    expect(await outcome('The word kike was read out to the jury twice.')).toBe('pass');
    expect(await outcome("you 'kike', go away")).toBe('reject');
    expect(await outcome("@lena_k is a 'kike' anyway")).toBe('reject');
    expect(await outcome('They are all kikes, and "nothing" changes that')).toBe('reject');
  });

  it('passes clean text', async () => {
    expect(await bannedTerms.run(makeContext('The Spice Route and the Chinook helicopter'))).toEqual({
      outcome: 'pass',
    });
  });

  it('compiles a list once per policy, and again only when the list changes', () => {
    const a = defaultPolicy();
    const b = defaultPolicy();
    expect(policyMatcher(a, 'bannedTerms')).toBe(policyMatcher(a, 'bannedTerms'));
    expect(policyMatcher(b, 'bannedTerms')).toBe(policyMatcher(a, 'bannedTerms'));
    expect(policyMatcher({ ...a, bannedTerms: ['other'] }, 'bannedTerms')).not.toBe(
      policyMatcher(a, 'bannedTerms'),
    );
  });
});

describe('words the slur lists read by mistake (an outside red-team)', () => {
  it.each([
    'We had faggots and peas for tea, a proper Black Country meal.',
    'He carried a faggot of sticks to the fire.',
  ])('publishes %s, through every check', async (text) => {
    expect((await runPipeline(makeContext(text))).outcome).toBe('approved');
  });

  it('still rejects the slur aimed at people', async () => {
    expect((await runPipeline(makeContext('Another faggot journalist spreading lies.'))).outcome).toBe(
      'rejected',
    );
  });
});
