/**
 * Hate in disguise: leetspeak inside the words the hate check reads (`R@tten`, `J3ws`) or throughout them
 * (`4mm4zz0`), letters spaced out (`у б ь ю`), a Russian word
 * written with Latin look-alikes (`нe люди`, `xoxлов`), and the `X out` slogan.
 */
import { describe, expect, it } from 'vitest';
import { hate } from '../../../shared/moderation/checks/hate';
import { unleet } from '../../../shared/moderation/text/unleet';
import { foldText } from '../../../shared/moderation/text/fold';
import { outcomeOf } from './support';

describe('unleet', () => {
  it('undoes leetspeak between two Latin letters, keeping every offset', () => {
    expect(unleet('Geflüchtete sind R@tten')).toBe('Geflüchtete sind Ratten');
    expect(unleet('J3ws, tod0s, sc1mmie')).toBe('Jews, todos, scimmie');
    for (const s of ['R@tten', 'p@rásito']) expect(unleet(s)).toHaveLength(s.length);
  });

  it('leaves numbers, codes, dates, units, ordinals and handles alone', () => {
    for (const s of [
      'G7 summit',
      'F-16s',
      '2024',
      'T-72',
      'covid19',
      'In 1945 the war ended.',
      'at 10am on the 3rd, for 24h',
      'ask @kira_5',
    ])
      expect(unleet(s)).toBe(s);
  });

  it('undoes words written in leetspeak throughout, digits at their edges too', () => {
    expect(unleet('4mm4zz0, m0rr3r, 5h00t')).toBe('ammazzo, morrer, shoot');
    // One letter is too little to tell a word from a code (`t1`, `B52`).
    expect(unleet('t1 B52')).toBe('t1 B52');
  });

  it('joins letters spaced out by spaces or dots with soft hyphens, keeping every offset', () => {
    const joined = unleet('я т е б я у б ь ю, k.i.l.l him');
    expect(joined).toHaveLength('я т е б я у б ь ю, k.i.l.l him'.length);
    expect(joined.replaceAll('\u00AD', '')).toBe('ятебяубью, kill him');
    // Two single letters are words (`y a la casa`, `a I`), not a disguise.
    expect(unleet('y a la casa')).toBe('y a la casa');
  });
});

describe('mixed-script words', () => {
  it('reads a tie in the comment’s majority script', () => {
    // Latin `x`, `o`, `x` and `e` among Cyrillic letters.
    expect(foldText('Мочи xoxлов, как в Лужниках').text).toContain('хохлов');
    expect(foldText('Хохли — нe люди').text).toContain('не люди');
    // In a Latin comment a tie stays Latin.
    expect(foldText('what a fuсk up').text).toContain('fuck');
  });
});

describe('the hate check on disguised hate', () => {
  it.each([
    'Geflüchtete sind R@tten, die man aus dem Land treiben muss.',
    'Yes, J3ws do control the banks and the media.',
    'Jews out. Write it on every synagogue.',
    'Moros fuera, a por ellos.',
    'Ausländer raus!',
    'Хохли — нe люди.',
  ])('rejects: %s', async (text) => {
    expect(await outcomeOf(hate, text)).toBe('reject');
  });

  it.each([
    'The graffiti on the synagogue read "Jews out". Printing it in full was right.',
    'La pintada en la mezquita decía "moros fuera", y el artículo no lo cuenta.',
    'The EU paid Libyan militias to keep migrants out, and now acts shocked.',
    'Russians out of Ukraine is a demand about an army, not a people.',
  ])('passes: %s', async (text) => {
    expect(await outcomeOf(hate, text)).toBe('pass');
  });
});

describe('the threats check on leetspeak', () => {
  it('reads a comment a second time with leetspeak undone', async () => {
    const { threats } = await import('../../../shared/moderation/checks/threats');
    expect(await outcomeOf(threats, 'unal1ve the whole cell, their wives too.')).toBe('reject');
    expect(await outcomeOf(threats, 's0meone should t@ke out the tr@sh in that refugee camp')).toBe('hold');
    expect(await outcomeOf(threats, 'The G7 summit ended with a statement on the F-16s.')).toBe('pass');
  });
});

describe('leetspeak inside Cyrillic words (round 23)', () => {
  it('undoes it with the Cyrillic look-alikes, between two Cyrillic letters only', () => {
    expect(unleet('з@р€жу т3бе, нар0ду, д36ил')).toBe('зарежу тебе, народу, дебил');
    // numbers and codes beside Cyrillic words stay as they are
    expect(unleet('Су-34, 3 000 человек, 2024 год, Т-90М')).toBe('Су-34, 3 000 человек, 2024 год, Т-90М');
  });

  it.each([
    'Все эти х@чи как тараканы, расползлись по Москве.',
    'Х0хлы — это не нация, а плесень. Выжечь и забыть.',
  ])('rejects: %s', async (text) => {
    expect(await outcomeOf(hate, text)).toBe('reject');
  });
});
