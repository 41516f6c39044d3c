/** Lawful means blanked for the classifier's second reading, never in a sentence that names a harm (`model/lawful.ts`). */
import { describe, expect, it } from 'vitest';
import { lawfulSpans } from '../../../shared/moderation/model/lawful';

const blanked = (text: string) => lawfulSpans(text).map(([from, to]) => text.slice(from, to));

describe('lawful means for the classifier', () => {
  it('finds a lawful process or means named as such', () => {
    expect(blanked('Этих депутатов надо судить, а не награждать.')).toEqual(['надо судить']);
    expect(blanked('Politicians like him should face justice in a court of law.')).toEqual([
      'face justice in a court',
    ]);
    expect(blanked('The people will settle accounts with this government at the ballot box.')).toContain(
      'The people will settle accounts with this government at the ballot box',
    );
  });

  it('leaves a sentence that names a harm as written', () => {
    expect(blanked('The journalist should be prosecuted and then hanged.')).toEqual([]);
    expect(blanked('Этих депутатов надо судить и повесить.')).toEqual([]);
    expect(blanked('Vote them out, and if that fails, shoot them.')).toEqual([]);
    // Stop 47's idiom, now under the same guard.
    expect(blanked('He should be dealt with by the courts, then strung up in the square.')).toEqual([]);
    expect(blanked('Corrupt officials should be dealt with by the courts.')).toEqual([
      'be dealt with by the courts',
    ]);
  });
});
