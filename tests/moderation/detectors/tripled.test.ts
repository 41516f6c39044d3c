/** `forEachTripled` finds what the expression it replaced, `/([a-z])\1\1/gi`, found (detectors/common.ts). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forEachTripled } from '../../../shared/moderation/detectors/common';

function byRegExp(text: string): number[] {
  const re = /([a-z])\1\1/gi;
  const out: number[] = [];
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m.index);
    re.lastIndex = m.index + m[0].length;
  }
  return out;
}

function byLoop(text: string): number[] {
  const out: number[] = [];
  forEachTripled(text, (i) => out.push(i));
  return out;
}

describe('forEachTripled', () => {
  it('finds tripled letters in any case, each run once per three letters', () => {
    expect(byLoop('fuuuck NOOOO aAa zz 111 ___ ſſſ')).toEqual([1, 8, 13]);
    expect(byLoop('aaaaaaa')).toEqual([0, 3]);
  });

  it('agrees with the regular expression on any text', () => {
    const chars = fc.constantFrom(...'aAbB1 _-ſKéÉ\u212a'.split(''));
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 40 }), (list) => {
        const text = list.join('');
        expect(byLoop(text)).toEqual(byRegExp(text));
      }),
      { numRuns: 2000 },
    );
  });
});
