import middy from '@middy/core';
import type { Deps } from '../shared/app/deps';
import { sweep, type SweepRunReport } from '../shared/app/sweep';
import type { ModerationCheck } from '../shared/moderation/types';
import { checks as containerChecks } from './lib/checks';
import { deps as containerDeps } from './lib/deps';
import { logUnhandledErrors } from './lib/logger';
import { publishSweep } from './lib/metrics';

/**
 * Scheduled every few minutes: moderates comments stuck in `received`, purges rejected comments past the
 * retention period, and publishes the figures the alarms watch (`StuckReceived`,
 * `OldestPendingAgeSeconds`), `SweptDecided`, `RetentionPurged` and `RetentionFailed`, only those above
 * zero (an idle site's sweeper costs no metrics at all).
 */
export const makeHandler = (
  deps: () => Deps = containerDeps,
  checks: () => readonly ModerationCheck[] = containerChecks,
) =>
  middy<unknown, SweepRunReport>()
    .use(logUnhandledErrors())
    .handler(async () => {
      const report = await sweep(deps(), checks());
      publishSweep(report);
      return report;
    });

export const handler = makeHandler();
