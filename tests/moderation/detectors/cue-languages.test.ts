import { describe, expect, it } from 'vitest';
import { voteLanguage } from '../../../shared/moderation/detectors/cue-languages';
import { scanCues } from '../../../shared/moderation/detectors/cues';
import { tokensOf } from '../../../shared/moderation/text/tokens';

const cuesOf = (text: string): string[] =>
  scanCues(tokensOf(text).tokens, text).hits.map((h) => `${h.cue}:${text.slice(h.span[0], h.span[1])}`);
const languageOf = (text: string): string | null => voteLanguage(tokensOf(text).tokens);

describe('cue false friends', () => {
  it('votes a language from function words, and abstains when none clearly leads', () => {
    expect(languageOf('Ich glaube, die Regierung hat das nicht verstanden.')).toBe('de');
    expect(languageOf('The minister said that the talks were over.')).toBe('en');
    expect(languageOf('Rząd przez lata kupował węgiel i ropę, a teraz udaje obrońcę.')).toBe('pl');
    expect(languageOf('Hope you die')).toBeNull();
  });

  it('does not read the German article as harm, nor German "ich" as Polish "them"', () => {
    const text = 'Jedes Mal, wenn ich die Bilder aus Charkiw sehe, muss ich an seine Geschichten denken.';
    expect(cuesOf(text).filter((c) => c.startsWith('harm') || c.startsWith('person3'))).toEqual([]);
  });

  it('does not read Polish "ropę" (oil) as a rope, nor English "size" as Turkish "to you"', () => {
    expect(cuesOf('Rząd przez lata kupował węgiel i ropę, a teraz udaje obrońcę.')).not.toContainEqual(
      expect.stringMatching(/^lynch/),
    );
    expect(cuesOf('The size of the army is not the issue; it is the training.')).not.toContain('you:size');
  });

  it('does not read Spanish "ya" (already) as English "ya" (you)', () => {
    expect(cuesOf('En el pueblo de al lado ya van 40 muertos y la tele dice 9.')).not.toContain('you:ya');
    expect(cuesOf('I will find ya, and you know it.')).toContain('you:ya');
  });

  it('does not read German "von" as transliterated Russian "вон" (get out), nor German nouns as demonyms', () => {
    const text = 'Danke für den Hinweis auf das Urteil von 2023, das erklärt die Strafmaße besser.';
    expect(cuesOf(text)).toEqual([]);
    expect(cuesOf('Das Ergebnis ist ein Bündnis, das die Basis nicht versteht.')).not.toContainEqual(
      expect.stringMatching(/^group/),
    );
    expect(cuesOf('Von der Leyen should have to answer for every one of those deals.')).not.toContainEqual(
      expect.stringMatching(/^eliminate/),
    );
    expect(cuesOf('Yemenis and Omanis crossed the border')).toEqual(['group:Yemenis', 'group:Omanis']);
    expect(cuesOf('von iz strany, vse do odnogo')).toContainEqual(expect.stringMatching(/^eliminate/));
  });

  it('keeps the cue in its own language and in short comments of unclear language', () => {
    expect(cuesOf('I hope you die slowly')).toContain('harm:die');
    expect(cuesOf('They said that the traitors would die, and they would have it coming.')).toContain(
      'harm:die',
    );
    expect(cuesOf('Du wirst es bereuen, wir wissen, wo du wohnst.')).toContain('you:du');
  });

  it('reads "other means" as a call only after a verb of using or needing', () => {
    expect(cuesOf('If the vote fails, we will have to use other means.')).toContain(
      'uprising:use other means',
    );
    expect(cuesOf('Typo: Zaporizhzhia is spelled two different ways.')).not.toContainEqual(
      expect.stringMatching(/^uprising/),
    );
  });
});
