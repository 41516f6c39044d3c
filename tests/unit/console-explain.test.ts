/** The console's plain-words summary of an automatic decision, for the trained classifier's verdicts. */
import { describe, expect, it } from 'vitest';
import { decisionSummary, evidenceHighlights } from '../../web/console/explain';
import type { DecisionRecord } from '../../web/console/api';

const body = 'Keep writing, Ms Harlow, and one night you will not make it home.';
const decision: DecisionRecord = {
  outcome: 'rejected',
  decidedBy: 'classifier',
  reason: 'harassment',
  tags: ['classifier'],
  decidedAt: '2026-12-03T10:00:00.000Z',
  policyVersion: 3,
  checks: [
    { check: 'threats', outcome: 'pass', evidence: [] },
    {
      check: 'classifier',
      outcome: 'reject',
      reason: 'harassment',
      score: 0.91,
      tags: ['classifier'],
      evidence: [
        { kind: 'classifier', value: 'threat', score: 0.91, detail: 'civil 0.03, threat 0.91' },
        { kind: 'feature', value: 'make it home', span: [52, 64], score: 1.2 },
      ],
    },
  ],
};

describe('console: a classifier decision', () => {
  it('names the classifier and says why in plain words', () => {
    expect(decisionSummary(decision)).toBe(
      // The class (`threat`) is the model's own name, not words of the comment: only the words are quoted.
      'Rejected automatically by the “Trained classifier” check: it looks like harassment (“make it home”).',
    );
  });

  it('highlights the words that weighed most', () => {
    expect(body.slice(52, 64)).toBe('make it home');
    expect(evidenceHighlights(decision, body)).toEqual([
      { start: 52, end: 64, label: 'Trained classifier, words that weighed in its score: make it home' },
    ]);
  });

  it('words the classifier and semantic hold reasons', () => {
    const held = (reason: string): string =>
      decisionSummary({
        ...decision,
        outcome: 'pending',
        reason,
        checks: [{ check: 'classifier', outcome: 'hold', reason, evidence: [] }],
      });
    expect(held('violence_review')).toContain('it may call for violence');
    expect(held('misinformation_review')).toContain('invented or misleading claims');
    expect(held('semantic_partial')).toContain('only part of it');
  });
});
