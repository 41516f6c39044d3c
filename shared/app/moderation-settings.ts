/** Article settings, the site policy and the moderation statistics. */
import { hourOf, summarizeDecisions } from '../domain/decision-stats';
import type { ArticleSettingsInput, PolicyPutInput } from '../domain/moderation-schemas';
import { ValidationError, VersionConflictError } from '../errors';
import { applyPolicyUpdate } from '../moderation/policy';
import type { Deps, DepsWith } from './deps';
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

/** Merges an admin's partial update over the current policy, validates the whole, stores a new version. */
export async function putPolicy(
  deps: Pick<Deps, 'policies' | 'now'>,
  moderator: Moderator,
  input: PolicyPutInput,
) {
  const policies = deps.policies;
  const { expectedVersion: expected, version, ...update } = input;
  const expectedVersion = expected ?? version;
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
