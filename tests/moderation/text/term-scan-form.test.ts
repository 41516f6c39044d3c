/**
 * The scan's expression reads a term list's word boundary as a separator character where that finds the
 * same matches as a look-behind (text/term-regexp.ts `compileScan`): both forms, run the way the matcher
 * runs them (resuming one character after each match's start), must report the same matches.
 */
import { describe, expect, it } from 'vitest';
import { parseRawPattern } from '../../../shared/moderation/text/obscenity-pattern';
import { compileRegExp, compileScan, termStart } from '../../../shared/moderation/text/term-regexp';
import type { CompiledTerm } from '../../../shared/moderation/text/term-regexp';
import { termToPattern } from '../../../shared/moderation/text/term-matcher';

const compile = (terms: string[]): CompiledTerm[] =>
  terms.map((term, id) => ({ id, term, pattern: parseRawPattern(termToPattern(term)!), keys: [] }));

/** [start, end) of every match, resuming one character after each match's start. */
function matches(re: RegExp, text: string, start: (index: number) => number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const from = start(m.index);
    out.push([from, m.index + m[0].length]);
    re.lastIndex = from + 1;
  }
  return out;
}

describe('term scan expression', () => {
  const lists = {
    banned: ['idiot', 'moron', 'kill yourself', 'sub human', 'subhuman', 'ass', 'asshole', 'fuck*'],
    affixes: ['fucker', '*fucker', 'mother fucker', '*hole', 'ass', '*ass*', 'idiot'],
    digits: ['88', '1488', 'x5 crew'],
  };
  const written = [
    'idiot',
    'you idiot, idiot!idiot',
    '*idiot and *f*ck and  moron.moron',
    'kill   yourself, killyourself, k i l l yourself',
    'sub-human subhuman sub  human assholes asses',
    '1488 x88 88 x5 crew',
    'ass',
    '',
  ];
  // And texts made of the terms' words, glued or split by separators (a fixed pseudo-random sequence).
  const words = [
    'mother',
    'fucker',
    'motherfucker',
    'hole',
    'assass',
    'idiot',
    'iddiot',
    'moron',
    'kill',
    'yourself',
    'sub',
    'human',
    'ass',
    'hole',
    'fuck',
    'f*ck',
    '88',
    'x5',
    'crew',
    'a',
  ];
  const separators = ['', ' ', '  ', '.', '-', '*', '_', '!', '1', '    '];
  let seed = 7;
  const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
  const generated = Array.from({ length: 300 }, () =>
    Array.from(
      { length: 1 + next(8) },
      () => separators[next(separators.length)]! + words[next(words.length)]!,
    ).join(''),
  );
  const texts = [...written, ...generated];

  for (const [name, terms] of Object.entries(lists))
    for (const wild of [false, true])
      it(`finds what the look-behind form finds (${name}${wild ? ', wildcards' : ''})`, () => {
        const compiled = compile(terms);
        const scan = compileScan(compiled, wild)!;
        expect(scan.separator).toBe(true);
        const lookBehind = compileRegExp(compiled, wild, null)!;
        for (const text of texts)
          expect(matches(scan.re, text, (i) => termStart(scan, text, i))).toEqual(
            matches(lookBehind, text, (i) => i),
          );
      });

  it('keeps the look-behind where a term starts with neither a letter nor a digit', () => {
    expect(compileScan(compile(['idiot', '#tag']), false)!.separator).toBe(false);
  });
});
