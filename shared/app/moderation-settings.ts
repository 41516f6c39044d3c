/** Article settings, the site policy and the moderation statistics. */
import { hourOf, summarizeDecisions } from '../domain/decision-stats';
import type { ArticleSettingsInput, PolicyPutInput } from '../domain/moderation-schemas';
import { BusyError, ValidationError, VersionConflictError } from '../errors';
import { applyPolicyUpdate } from '../moderation/policy';
import type { Deps, DepsWith } from './deps';
import { againWhenMoved } from './conflict-retry';
import { signatureOf, type Moderator } from './moderator';
import type {
  AppealsPort,
  ArticlesPort,
  DecisionStatsPort,
  ModerationQueuePort,
  NoticesPort,
  SuspensionsPort,
} from './ports';
import * as z from '../zod';

export async function getArticleSettings(deps: DepsWith<ArticlesPort>, articleId: string) {
  const a = await deps.repo.getArticle(articleId);
  return { articleId, mode: a.mode, closed: a.closed, totalApproved: a.totalApproved };
}

export async function putArticleSettings(
  deps: DepsWith<ArticlesPort>,
  articleId: string,
  input: ArticleSettingsInput,
) {
  const a = await deps.repo.putArticleSettings(articleId, input);
  return { articleId, mode: a.mode, closed: a.closed, totalApproved: a.totalApproved };
}

export async function getPolicy(deps: Pick<Deps, 'policies'>) {
  return deps.policies.read();
}

/**
 * How many times a PUT that names no version is merged over the policy as it then is before the answer is
 * 503 `busy`. Each round one of the colliding writers lands, so this many admins saving at once all land.
 */
const UNVERSIONED_PUT_ATTEMPTS = 5;

/**
 * Merges an admin's partial update over the current policy, validates the whole, stores a new version. With
 * a version (`expectedVersion`, or the `version` of a policy sent back as read), a policy changed since is a
 * 409. Without one, the update applies to the policy as it is when written: another admin's save landing
 * between this read and this write is no conflict, and the update is merged over it again.
 */
export async function putPolicy(
  deps: Pick<Deps, 'policies' | 'now'>,
  moderator: Moderator,
  input: PolicyPutInput,
) {
  const { expectedVersion: expected, version, ...update } = input;
  const expectedVersion = expected ?? version;
  if (expectedVersion !== undefined) return mergeAndWrite(deps, moderator, update, expectedVersion);
  return againWhenMoved(() => mergeAndWrite(deps, moderator, update, undefined), {
    attempts: UNVERSIONED_PUT_ATTEMPTS,
    exhausted: () => new BusyError(),
  });
}

async function mergeAndWrite(
  deps: Pick<Deps, 'policies' | 'now'>,
  moderator: Moderator,
  update: Omit<PolicyPutInput, 'expectedVersion' | 'version'>,
  expectedVersion: number | undefined,
) {
  const policies = deps.policies;
  const current = await policies.read();
  if (expectedVersion !== undefined && expectedVersion !== current.policy.version) {
    throw new VersionConflictError(
      `The policy is at version ${current.policy.version}, not ${expectedVersion}.`,
    );
  }
  let next;
  try {
    next = applyPolicyUpdate(current.policy, update);
  } catch (err) {
    if (err instanceof z.$ZodError) {
      throw new ValidationError(
        err.issues.map((i) => ({ path: i.path.join('.') || 'policy', message: i.message })),
      );
    }
    throw err;
  }
  return policies.write(next, signatureOf(moderator), deps.now());
}

type StatsPorts = ModerationQueuePort &
  DecisionStatsPort &
  Pick<NoticesPort, 'countOpenNotices'> &
  Pick<AppealsPort, 'countOpenAppeals'> &
  Pick<SuspensionsPort, 'countOpenSuspensions'>;

/**
 * Queue sizes (the comment queues, and the open notices, appeals and suspension proposals), the oldest
 * pending comment's age, and human decisions over the last 24 h.
 */
export async function moderationStats(deps: DepsWith<StatsPorts>) {
  const now = deps.now();
  const [sizes, notices, appeals, suspensions, oldest, hours] = await Promise.all([
    deps.repo.queueSizes(),
    deps.repo.countOpenNotices(),
    deps.repo.countOpenAppeals(),
    deps.repo.countOpenSuspensions(),
    deps.repo.oldestIn('pending'),
    // The last 24 hours: the 24 before the current one and the current one so far.
    deps.repo.decisionStatsBetween(hourOf(now.getTime() - 24 * 3600_000), hourOf(now)),
  ]);
  return {
    generatedAt: now.toISOString(),
    queues: { ...sizes, notices, appeals, suspensions },
    oldestPendingAgeSeconds: oldest
      ? Math.max(0, Math.round((now.getTime() - Date.parse(oldest.createdAt)) / 1000))
      : null,
    last24h: summarizeDecisions(hours),
  };
}
