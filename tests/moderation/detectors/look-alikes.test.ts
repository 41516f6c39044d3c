/**
 * Civil sentences that looked like hate or abuse to the rules until the twentieth round: an English noun in
 * -cy at a sentence's start read as a Polish demonym, `breed` as a verb, `the replacement` of a thing, a
 * flood dyke, someone's talk reported with `as if`, a government taking readers for fools, `mal foutu`.
 */
import { describe, expect, it } from 'vitest';
import { abuse } from '../../../shared/moderation/checks/abuse';
import { hate } from '../../../shared/moderation/checks/hate';
import { createLexiconProvider } from '../../../shared/moderation/toxicity/lexicon';
import { outcomeOf } from './support';

describe('look-alikes of hate', () => {
  it.each([
    'Refusing to publish the data is how you breed conspiracy theories. Transparency is cheaper.',
    'Secrecy is how you breed distrust. Democracy needs daylight.',
    'We ran out of ballot papers at four. The replacement boxes arrived at 7:40.',
    'Que un diputado hable de "menas" como si fueran una plaga dice mucho del debate.',
  ])('hate check passes: %s', async (text) => {
    expect(await outcomeOf(hate, text)).toBe('pass');
  });

  it.each(['Polacy to szczury.', 'Migrants breed like rabbits.', 'Migrants behave as if they were animals.'])(
    'hate check still rejects: %s',
    async (text) => {
      expect(await outcomeOf(hate, text)).toBe('reject');
    },
  );

  it('a flood dyke is no slur to the toxicity lexicon', () => {
    const lexicon = createLexiconProvider();
    const hateOf = (text: string) => lexicon.scoreText(text).categories.hate ?? 0;
    expect(hateOf('The minister who said the dyke was "perfectly maintained" should testify.')).toBe(0);
    expect(hateOf('The sea dykes burst at three in the morning.')).toBe(0);
    expect(hateOf('Shut up, you dyke.')).toBeGreaterThan(0);
  });

  it('being taken for fools by a government, and a thing done badly, are no insult', async () => {
    const lexicon = createLexiconProvider();
    const insultOf = (text: string) => lexicon.scoreText(text).categories.insult ?? 0;
    expect(insultOf('Le gouvernement nous prend pour des imbéciles avec ce bouclier tarifaire.')).toBe(0);
    expect(insultOf('They treat us like idiots with these price caps.')).toBe(0);
    // …with an adverb between (round 24)
    expect(insultOf('Ce gouvernement nous prend vraiment pour des imbéciles.')).toBe(0);
    expect(insultOf('Ils nous prennent encore pour des cons.')).toBe(0);
    expect(insultOf("T'es qu'un imbécile.")).toBeGreaterThan(0);
    expect(await outcomeOf(abuse, 'Ce référendum est mal foutu, la question est mal posée.')).toBe('pass');
    expect(await outcomeOf(abuse, 'Ce gouvernement de merde est foutu.')).toBe('hold');
  });
});
