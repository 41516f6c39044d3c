import { describe, expect, it } from 'vitest';
import { REJECT_REASONS } from '../../shared/domain/comment';
import { createChecks, defaultChecks } from '../../shared/moderation/checks';
import { runPipeline } from '../../shared/moderation/pipeline';
import { defaultPolicy } from '../../shared/moderation/policy';
import type { ToxicityProvider } from '../../shared/moderation/toxicity/types';
import type { CheckResult, ModerationCheck } from '../../shared/moderation/types';
import { makeContext, NOW } from './support';

const fixedCheck = (name: string, result: CheckResult): ModerationCheck => ({ name, run: () => result });

describe('runPipeline', () => {
  it('runs the checks in this order', () => {
    expect(defaultChecks.map((c) => c.name)).toEqual([
      'closed-article',
      'banned-author',
      'human-decision',
      'length',
      'repeat-post',
      'flood',
      'banned-terms',
      'suspect-terms',
      'links',
      'spam',
      'copied-text',
      'personal-data',
      'threats',
      'extremism',
      'hate',
      'abuse',
      'misinformation',
      'toxicity',
      'classifier',
      'shouting',
      'text-flood',
      'author-name',
      'new-commenter',
      'pre-moderation',
    ]);
  });

  it('approves when every check passes, and records every check', async () => {
    const d = await runPipeline(makeContext('A measured point about the grain corridor.'));
    expect(d).toMatchObject({
      outcome: 'approved',
      decidedBy: null,
      reason: null,
      tags: [],
      decidedAt: NOW.toISOString(),
      policyVersion: 0,
    });
    expect(d.checks.map((c) => c.check)).toEqual(defaultChecks.map((c) => c.name));
    expect(d.checks.every((c) => c.outcome === 'pass')).toBe(true);
  });

  it('lets a later reject win over an earlier hold', async () => {
    const d = await runPipeline(makeContext('Read this, you k!ke', { article: { closed: true } }));
    expect(d).toMatchObject({ outcome: 'rejected', decidedBy: 'banned-terms', reason: 'banned_word' });
    expect(d.checks.find((c) => c.check === 'closed-article')?.outcome).toBe('hold');
  });

  it('names the first reject when several reject', async () => {
    const d = await runPipeline(makeContext('you are a k!ke and an 1d10t'));
    expect(d.decidedBy).toBe('banned-terms');
    expect(d.checks.find((c) => c.check === 'toxicity')).toMatchObject({ outcome: 'reject', reason: 'hate' });
  });

  it('names the first hold when nothing rejects', async () => {
    const d = await runPipeline(
      makeContext('A false flag, see https://a.example https://b.example https://c.example', {
        article: { mode: 'pre' },
      }),
    );
    expect(d).toMatchObject({ outcome: 'pending', decidedBy: 'suspect-terms', reason: 'suspect_term' });
    expect(d.checks.filter((c) => c.outcome === 'hold').map((c) => c.check)).toEqual([
      'suspect-terms',
      'links',
      'misinformation',
      'pre-moderation',
    ]);
  });

  it('keeps every check’s score and evidence, passes included', async () => {
    const d = await runPipeline(
      makeContext('You are an idiot: https://a.example', { policy: { newCommenterApprovals: 10 } }),
    );
    const byName = Object.fromEntries(d.checks.map((c) => [c.check, c]));
    expect(byName.length).toMatchObject({ outcome: 'pass', score: 35 });
    expect(byName.links).toMatchObject({
      outcome: 'pass',
      score: 1,
      evidence: [{ kind: 'link', value: 'https://a.example/' }],
    });
    expect(byName.toxicity?.evidence).toContainEqual(
      expect.objectContaining({ kind: 'term', value: 'idiot', span: [11, 16] }),
    );
    expect(byName['new-commenter']).toMatchObject({ outcome: 'hold', reason: 'new_commenter' });
  });

  it('collects tags from every check, without duplicates', async () => {
    const checks = [
      fixedCheck('a', { outcome: 'hold', reason: 'provider_degraded', evidence: [], tags: ['degraded'] }),
      fixedCheck('b', { outcome: 'hold', reason: 'x', evidence: [], tags: ['degraded', 'other'] }),
    ];
    expect((await runPipeline(makeContext('x'), checks)).tags).toEqual(['degraded', 'other']);
  });

  it('holds and tags degraded when the toxicity provider fails, never approving', async () => {
    const failing: ToxicityProvider = {
      name: 'comprehend',
      score: () => Promise.reject(new Error('network down')),
    };
    const d = await runPipeline(
      makeContext('A perfectly civil comment.'),
      createChecks({ toxicity: failing }),
    );
    expect(d).toMatchObject({
      outcome: 'pending',
      decidedBy: 'toxicity',
      reason: 'provider_degraded',
      tags: ['degraded'],
    });
  });

  it('gives only public reason codes for rejections and snake_case codes for holds', async () => {
    const texts = [
      'you are a k!ke',
      'Kill yourself',
      'You are a wanker',
      'Loans with no credit check, WhatsApp +1 305 555 0191',
      'Brothers, the caravan is still moving: join the mujahideen.',
      'Muslims are vermin',
      'Long live the Islamic State',
      'x'.repeat(5001),
    ];
    const contexts = [
      ...texts.map((t) => makeContext(t)),
      makeContext('hi', { author: { banned: true } }),
      makeContext('https://spam.example', {
        policy: { links: { ...defaultPolicy().links, blockedDomains: ['spam.example'] } },
      }),
    ];
    for (const ctx of contexts) {
      const d = await runPipeline(ctx);
      expect(d.outcome).toBe('rejected');
      for (const c of d.checks) {
        if (c.outcome === 'reject') expect(REJECT_REASONS).toContain(c.reason);
        if (c.outcome === 'hold') expect(c.reason).toMatch(/^[a-z]+(?:_[a-z]+)*$/);
      }
    }
  });
});

describe('war commentary in the words of extermination (round 25)', () => {
  it.each([
    'The author nails it: the Kremlin will fight to the last Ukrainian and the last conscript from Buryatia.',
    'Они будут стоять до последнего, это видно по Покровску.',
  ])('publishes a fight to the last: %s', async (text) => {
    expect((await runPipeline(makeContext(text))).outcome).toBe('approved');
  });

  it.each(['Migrants are vermin, wipe them out, every last one.', 'Украинцы — тараканы, вытравить всех.'])(
    'still rejects extermination: %s',
    async (text) => {
      expect((await runPipeline(makeContext(text))).outcome).toBe('rejected');
    },
  );
});
