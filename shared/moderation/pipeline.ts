/**
 * Runs the ordered checks and turns their results into one decision: the first `reject` wins, then the
 * first `hold`; with neither, the comment is approved. Every check runs, so the record shows all of
 * them, which is what moderators need to see why the machine acted. Each check gets, as `ctx.prior`, the
 * records of the checks that ran before it (a paid semantic check skips comments already rejected).
 */
import type { CheckContext, CheckRecord, DecisionRecord, ModerationCheck } from './types';
import { defaultChecks } from './checks';

export async function runPipeline(
  ctx: CheckContext,
  checks: readonly ModerationCheck[] = defaultChecks,
): Promise<DecisionRecord> {
  const records: CheckRecord[] = [];
  // One context for the whole run whose `prior` is the list being filled: each check sees the records of
  // the checks before it without an array (or context) copied per check.
  const runCtx: CheckContext = { ...ctx, prior: records };
  for (const check of checks) {
    // Most checks answer synchronously: awaiting only a promise spares a microtask turn per check.
    const pending = check.run(runCtx);
    const result = 'then' in pending ? await pending : pending;
    const record: CheckRecord = {
      check: check.name,
      outcome: result.outcome,
      evidence: result.evidence ?? [],
    };
    if (result.score !== undefined) record.score = result.score;
    if (result.outcome !== 'pass') {
      record.reason = result.reason;
      if (result.tags?.length) record.tags = result.tags;
    }
    records.push(record);
  }
  const decisive =
    records.find((r) => r.outcome === 'reject') ?? records.find((r) => r.outcome === 'hold') ?? null;
  const outcome =
    decisive?.outcome === 'reject' ? 'rejected' : decisive?.outcome === 'hold' ? 'pending' : 'approved';
  return {
    outcome,
    decidedBy: decisive?.check ?? null,
    reason: decisive?.reason ?? null,
    checks: records,
    tags: [...new Set(records.flatMap((r) => r.tags ?? []))],
    decidedAt: ctx.now.toISOString(),
    policyVersion: ctx.policy.version,
  };
}
