/**
 * Emoji standing for a word in abuse (an outside red-team published `Migrants are 🐀🐀🐀`, `Jews = 🐀` and
 * `Someone should 🔫 the mayor.`): the tokenizer reads each as the word, its span on the emoji; the phrase
 * detectors then judge the sentence as written out. Praise and laughter emoji are not words.
 */
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../../shared/moderation/pipeline';
import { tokenize } from '../../../shared/moderation/text/tokens';
import { makeContext } from '../support';

describe('emoji read as words', () => {
  it('reads 🐀 as `rats` and 🔫 as `shoot`, spanning the emoji; 🔥 and 💀 as nothing', () => {
    const source = 'Migrants are 🐀 🔥💀 and someone should 🔫 them';
    const { tokens } = tokenize(source);
    expect(tokens.map((t) => t.text)).toEqual([
      'migrants',
      'are',
      'rats',
      'and',
      'someone',
      'should',
      'shoot',
      'them',
    ]);
    const rats = tokens.find((t) => t.text === 'rats')!;
    expect(source.slice(rats.start, rats.end)).toBe('🐀');
  });

  it.each([
    ['Migrants are 🐀🐀🐀', 'rejected'],
    ['Jews = 🐀', 'rejected'],
    ['Someone should 🔫 the mayor.', 'rejected'],
    ['I will 🔪 you, Sarah.', 'rejected'],
    ['Saw a 🐀 on the metro this morning, the city needs to act.', 'approved'],
    ['Water pistol 🔫 fights at the festival were fun.', 'approved'],
    ['Great piece 🔥👏', 'approved'],
  ])('%s → %s', async (text, outcome) => {
    expect((await runPipeline(makeContext(text))).outcome).toBe(outcome);
  });
});
