/** Runs one check on a body with the default policy (optionally overridden) and returns its outcome. */
import type { ModerationCheck } from '../../../shared/moderation/types';
import type { Policy } from '../../../shared/moderation/policy';
import { makeContext } from '../support';

export async function outcomeOf(check: ModerationCheck, body: string, policy: Partial<Policy> = {}) {
  const result = await check.run(makeContext(body, { policy }));
  return result.outcome;
}

export async function resultOf(check: ModerationCheck, body: string, policy: Partial<Policy> = {}) {
  return check.run(makeContext(body, { policy }));
}
