import { describe, expect, it } from 'vitest';
import { suspectTerms } from '../../../shared/moderation/checks/suspect-terms';
import { makeContext } from '../support';

describe('suspect-terms check', () => {
  it('holds a comment with a suspect term and records the term', async () => {
    const result = await suspectTerms.run(makeContext('Bucha was a FALSE-FLAG, obviously'));
    expect(result).toEqual({
      outcome: 'hold',
      reason: 'suspect_term',
      score: 1,
      evidence: [{ kind: 'term', value: 'false flag', span: [12, 22], detail: 'body: "FALSE-FLAG"' }],
    });
  });

  it('records every suspect term found', async () => {
    const result = await suspectTerms.run(makeContext('Globalists and crisis actors, dm me for proof'));
    expect(result.evidence?.map((e) => e.value)).toEqual(['globalist', 'crisis actor', 'dm me']);
  });

  it('passes text without one', async () => {
    expect((await suspectTerms.run(makeContext('The flag was lowered at the embassy.'))).outcome).toBe(
      'pass',
    );
  });
});
