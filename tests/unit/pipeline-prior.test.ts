/**
 * `runPipeline` hands each check the records of the checks before it (`ctx.prior`), which is what lets a
 * paid semantic check skip comments an earlier check rejected. One list for the whole run, not a copy per
 * check: the pipeline's cost for ordinary checks stays what it was.
 */
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../shared/moderation/pipeline';
import type { CheckContext, CheckResult, ModerationCheck } from '../../shared/moderation/types';
import { makeContext } from '../moderation/support';

describe('runPipeline: ctx.prior', () => {
  it('shows each check the records of the checks that ran before it, in order', async () => {
    const seen: { check: string; prior: string[]; list: unknown }[] = [];
    const check = (name: string, result: CheckResult): ModerationCheck => ({
      name,
      run: (ctx: CheckContext) => {
        seen.push({
          check: name,
          prior: (ctx.prior ?? []).map((r) => `${r.check}:${r.outcome}`),
          list: ctx.prior,
        });
        return result;
      },
    });
    const decision = await runPipeline(makeContext('A civil remark.'), [
      check('first', { outcome: 'pass' }),
      check('second', { outcome: 'hold', reason: 'suspect_term', evidence: [] }),
      check('third', { outcome: 'pass' }),
    ]);
    expect(seen.map((s) => [s.check, s.prior])).toEqual([
      ['first', []],
      ['second', ['first:pass']],
      ['third', ['first:pass', 'second:hold']],
    ]);
    // The same list each time, filled as the run goes: no copy per check.
    expect(seen[0]!.list).toBe(seen[2]!.list);
    expect(decision.checks.map((r) => r.check)).toEqual(['first', 'second', 'third']);
  });

  it('replaces a prior the caller passed in, and leaves the caller’s context alone', async () => {
    const ctx = makeContext('A civil remark.');
    let prior: unknown;
    await runPipeline({ ...ctx, prior: [{ check: 'stale', outcome: 'reject', evidence: [] }] }, [
      { name: 'only', run: (c) => ((prior = [...(c.prior ?? ['missing'])]), { outcome: 'pass' }) },
    ]);
    expect(prior).toEqual([]);
    expect(ctx.prior).toBeUndefined();
  });
});
