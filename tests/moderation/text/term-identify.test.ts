/**
 * Which term a match is reported as, when terms share a canonical form (`sub human` / `subhuman`) or a
 * `*` stands for a hidden letter: the scan names such matches with a capturing form of its expression
 * run at the match alone (text/term-matcher.ts `identify`). Expected values are what the matcher
 * reported when the scan itself captured a group per term.
 */
import { describe, expect, it } from 'vitest';
import { TermMatcher } from '../../../shared/moderation/text/term-matcher';

const hits = (terms: string[], text: string) =>
  new TermMatcher(terms).match(text).map((h) => [h.term, h.span]);

describe('term identification', () => {
  const swearing = ['motherfucker', 'mother fucker', 'fucker', '*fucker', 'fuck*'];

  it('names a plain match by its canonical form, or by the capturing form when terms share it', () => {
    expect(hits(swearing, 'you motherfucker')).toEqual([
      ['motherfucker', [4, 16]],
      ['*fucker', [4, 16]],
    ]);
    expect(
      hits(['sub human', 'subhuman', 'idiot', 'id iot'], 'sub human, subhuman, s u b h u m a n'),
    ).toEqual([
      ['sub human', [0, 9]],
      ['subhuman', [11, 19]],
      ['subhuman', [21, 36]],
    ]);
  });

  it('names a match whose `*` hides a letter by the branch that matched', () => {
    expect(hits(swearing, 'you m*therf*cker!')).toEqual([
      ['motherfucker', [4, 16]],
      ['*fucker', [6, 16]],
    ]);
    expect(hits(swearing, 'mother f*cker and fucker')).toEqual([
      ['mother fucker', [0, 13]],
      ['fucker', [7, 13]],
      ['fucker', [18, 24]],
    ]);
    expect(hits(['sub human', 'subhuman', 'idiot', 'id iot'], 's*bhuman and id*ot')).toEqual([
      ['sub human', [0, 8]],
      ['idiot', [13, 18]],
    ]);
  });
});
