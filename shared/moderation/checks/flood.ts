import type { CheckContext, Evidence, ModerationCheck } from '../types';

/**
 * Too many comments in the last 10 minutes from one author or one network bucket → hold as `flood`
 * (the POST handler's per-minute rate limits stop bursts; this catches sustained ones). The counts
 * exclude the comment itself, so with a limit of 5 the sixth comment in ten minutes is held.
 */
export const flood: ModerationCheck = {
  name: 'flood',
  run: ({ policy, recent }: CheckContext) => {
    if (!recent) return { outcome: 'pass', evidence: [{ kind: 'recent', value: 'missing' }] };
    const evidence: Evidence[] = [];
    const { authorPer10m, networkPer10m } = policy.flood;
    if (authorPer10m > 0 && recent.authorCount10m >= authorPer10m) {
      evidence.push({
        kind: 'rate',
        value: 'author',
        score: recent.authorCount10m,
        detail: `${recent.authorCount10m} other comments in 10 min (limit ${authorPer10m})`,
      });
    }
    if (networkPer10m > 0 && recent.networkCount10m >= networkPer10m) {
      evidence.push({
        kind: 'rate',
        value: 'network',
        score: recent.networkCount10m,
        detail: `${recent.networkCount10m} other comments from this network in 10 min (limit ${networkPer10m})`,
      });
    }
    const score = Math.max(recent.authorCount10m, recent.networkCount10m);
    return evidence.length > 0
      ? { outcome: 'hold', reason: 'flood', score, evidence }
      : { outcome: 'pass', score };
  },
};
