import type { ModerationCheck } from '../types';
import { detectSpam } from '../detectors/spam';
import { reportsAScam } from '../detectors/scam-report';
import { findHandleUnmasking } from '../detectors/personal-data';
import { tokensOf } from '../text/tokens';

/**
 * Commercial spam (see `detectors/spam.ts`): a sales pitch with a way to reach the seller →
 * `policy.spam.strong` (reject as `spam` by default); a weaker case (a disguised domain alone, a
 * messenger contact, a pitch with an ordinary link) → `policy.spam.weak` (hold as `spam_suspect`), unless the
 * comment reports a scam and leaves no way to reach anyone (`detectors/scam-report.ts`), or ties a commenter's handle
 * to a name (the personal-data check's): then it passes.
 */
export const commercialSpam: ModerationCheck = {
  name: 'spam',
  run: ({ comment, policy }) => {
    const opts = policy.spam;
    if (!opts.enabled) return { outcome: 'pass' };
    const verdict = detectSpam(comment.body);
    if (!verdict) return { outcome: 'pass' };
    // A commenter's handle tied to a name (with the phone and address that make them findable) is doxxing, the
    // personal-data check's to hold, not a pitch (round 71: `@x is actually Stelios Andreou, 27 Akropoleos Ave, mobile
    // +357 …, pay him a visit`).
    if (findHandleUnmasking(comment.body, tokensOf(comment.body).tokens))
      return { outcome: 'pass', score: verdict.score, evidence: verdict.evidence };
    const reported = verdict.strength === 'weak' && reportsAScam(comment.body);
    const outcome = verdict.strength === 'strong' ? opts.strong : reported ? 'pass' : opts.weak;
    if (outcome === 'pass') return { outcome: 'pass', score: verdict.score, evidence: verdict.evidence };
    return {
      outcome,
      reason: outcome === 'reject' ? 'spam' : 'spam_suspect',
      score: verdict.score,
      evidence: verdict.evidence,
    };
  },
};
