/**
 * Words glued in camel case (an outside red-team published `#KillAllJews`, `#NiggersOut` and
 * `IWillFindYouAndKillYou`): a capital after a lower-case letter starts a word in a hashtag, and for the
 * phrase detectors in a word of three parts or more too (names such as `YouTube` or `McDonald` stay whole;
 * random capitals, `iDiOt`, are one disguised word to the term matcher).
 */
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../../shared/moderation/pipeline';
import { normalizeText } from '../../../shared/moderation/text/normalize';
import { tokenize } from '../../../shared/moderation/text/tokens';
import { makeContext } from '../support';

const words = (s: string) => tokenize(s).tokens.map((t) => t.text);

describe('camel case', () => {
  it('cuts hashtags and words of three parts or more into their words, with their offsets', () => {
    expect(words('#KillAllJews now')).toEqual(['kill', 'all', 'jews', 'now']);
    expect(words('IWillFindYouAndKillYou')).toEqual(['i', 'will', 'find', 'you', 'and', 'kill', 'you']);
    expect(words('#MeToo')).toEqual(['me', 'too']);
    const { tokens } = tokenize('#ShootTheMayor');
    expect(tokens.map((t) => '#ShootTheMayor'.slice(t.start, t.end))).toEqual(['Shoot', 'The', 'Mayor']);
  });

  it('leaves names of two parts whole outside a hashtag', () => {
    expect(words('I saw it on YouTube, at McDonald with an iPhone')).toContain('youtube');
    expect(words('McDonald')).toEqual(['mcdonald']);
  });

  it('gives the term matcher a word break in a hashtag only (random capitals disguise one word)', () => {
    expect(normalizeText('#NiggersOut now').text).toBe('#niggers out now');
    expect(normalizeText('You iDiOt').text).toBe('you idiot');
  });

  it.each([
    ['#NiggersOut', 'rejected'],
    ['#KillAllJews', 'rejected'],
    ['IWillFindYouAndKillYou', 'rejected'],
    ['#GloryToHamas', 'rejected'],
    ['#NigerDelta', 'approved'],
    ['#SpicerFacts', 'approved'],
    ['#KillTheBill', 'approved'],
    ['#MeToo #BlackLivesMatter', 'approved'],
    ['McDonald’s and the iPhone launch, DeSantis and LeBron.', 'approved'],
  ])('%s → %s', async (text, outcome) => {
    expect((await runPipeline(makeContext(text))).outcome).toBe(outcome);
  });
});
