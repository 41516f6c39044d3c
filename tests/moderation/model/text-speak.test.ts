import { describe, expect, it } from 'vitest';
import { modelFeatures } from '../../../shared/moderation/model/features';
import { spokenWord } from '../../../shared/moderation/model/text-speak';
import { hashWord } from '../../../shared/moderation/text/tokens';

const namesOf = (text: string): readonly string[] => modelFeatures(text, true).names!;

describe('text-speak as the classifier reads it (model/text-speak.ts)', () => {
  it('gives a word typed short the features of the word it stands for', () => {
    const short = namesOf('get ur jab if u can');
    const long = namesOf('get your jab if you can');
    expect(short).toEqual(long);
    // The evidence still points at what the comment says: the spans are the short word's.
    const { starts, ends, names } = modelFeatures('get ur jab', true);
    const at = names!.indexOf('word:your');
    expect([starts[at], ends[at]]).toEqual([4, 6]);
  });

  it('reads the forms of the other languages too', () => {
    expect(namesOf('xq no vienes')).toEqual(namesOf('porque no vienes'));
    expect(namesOf('cmq lo sanno tutti')).toEqual(namesOf('comunque lo sanno tutti'));
    expect(namesOf('щас приду')).toEqual(namesOf('сейчас приду'));
  });

  it('leaves words that are text-speak in one language and words in another as they are', () => {
    for (const word of ['y', 'ya', 'net', 'is', 'da', 'you', 'your'])
      expect(spokenWord(word, hashWord(word)), word).toBeUndefined();
    expect(spokenWord('u', hashWord('u'))?.text).toBe('you');
    // A hash that is not the word's own (a collision) is no match.
    expect(spokenWord('ux', hashWord('u'))).toBeUndefined();
  });
});
