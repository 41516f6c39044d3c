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

  it('leaves a term the comment reports on: quoted, after `the phrase`, or named as a claim', async () => {
    for (const text of [
      'Worth tracing how the "biolabs" story travelled from a briefing to cable hosts.',
      'The phrase great replacement was popularised in 2011 and cited in two manifestos.',
      'False-flag claims after big attacks are nothing new.',
      'Le récit des « biolabs » a été démenti.',
      // …or in a sentence that debunks it.
      "Des rumeurs affirment que l'attentat serait un false flag : c'est faux, l'enquête a identifié les auteurs.",
      'Calling every attack a false flag is a conspiracy theory that insults the victims.',
      // …or what a named claim says (round 25).
      'People keep repeating the claim that the Crocus City Hall attack was a false flag by Russian services.',
    ])
      expect((await suspectTerms.run(makeContext(text))).outcome, text).toBe('pass');
  });

  it('still holds the term used, or quoted at someone', async () => {
    for (const text of [
      'The biolabs are real and the story is being buried.',
      '@Reader_22 "crisis actor" much?',
    ])
      expect((await suspectTerms.run(makeContext(text))).outcome, text).toBe('hold');
  });

  it('passes text without one', async () => {
    expect((await suspectTerms.run(makeContext('The flag was lowered at the embassy.'))).outcome).toBe(
      'pass',
    );
  });
});
