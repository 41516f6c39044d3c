import fc from 'fast-check';
import {
  RegExpMatcher,
  assignIncrementingIds,
  parseRawPattern,
  toAsciiLowerCaseTransformer,
} from 'obscenity';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../shared/moderation/text/normalize';
import { TermMatcher, termToPattern } from '../../../shared/moderation/text/term-matcher';

const terms = (m: TermMatcher, text: string) => m.match(text).map((h) => h.term);

describe('termToPattern', () => {
  it('turns a word into an obscenity pattern with word boundaries and an optional plural', () => {
    expect(termToPattern('Idiot')).toBe('|idiot[s]|');
    expect(termToPattern('kill you')).toBe('|kill you[s]|');
  });

  it('reads a trailing or leading star as "longer words too"', () => {
    expect(termToPattern('fuck*')).toBe('|fuck');
    expect(termToPattern('*fucker')).toBe('fucker[s]|');
  });

  it('adds no plural to a short last word, so `kill u` does not match `kill us`', () => {
    expect(termToPattern('kill u')).toBe('|kill u|');
  });

  it('folds obfuscation in the term itself and skips terms with nothing to match', () => {
    expect(termToPattern('ѕhіt')).toBe('|shit[s]|');
    expect(termToPattern('***')).toBeNull();
  });
});

describe('TermMatcher', () => {
  const m = new TermMatcher(['idiot', 'fuck*', '*fucker', 'kill you', 'ass', 'shite', 'asshole'], {
    allowed: ['shiite'],
  });

  it('matches whole words only', () => {
    expect(terms(m, 'assassinate the classic idiots')).toEqual(['idiot']);
  });

  it('reports the span of what the author typed', () => {
    const [hit] = m.match('You are an 1d10t!');
    expect(hit?.span).toEqual([11, 16]);
  });

  it('extends an affix match to the whole word', () => {
    const [hit] = m.match('motherfuckers');
    expect(hit).toMatchObject({ term: '*fucker', span: [0, 13] });
  });

  it('accepts repeated letters', () => {
    expect(terms(m, 'fuuuuuck this, iiidiooot')).toEqual(['fuck*', 'idiot']);
  });

  it('lets an in-word star stand for a hidden letter', () => {
    expect(terms(m, 'f*ck that, a**hole')).toEqual(['fuck*', 'asshole']);
  });

  it('matches phrases across spacing and punctuation', () => {
    expect(terms(m, 'I will k i l l  you')).toEqual(['kill you']);
    expect(terms(m, 'kill-you')).toEqual(['kill you']);
  });

  it('does not match inside an allowed word', () => {
    expect(terms(m, 'Shiite militias')).toEqual([]);
    expect(terms(m, 'what a load of shite')).toEqual(['shite']);
  });

  it('implements obscenity’s Matcher interface with inclusive end indices', () => {
    expect(m.hasMatch('an idiot')).toBe(true);
    expect(m.getAllMatches('an idiot', true)).toEqual([
      { termId: 0, startIndex: 3, endIndex: 7, matchLength: 5 },
    ]);
  });

  it('tells apart terms that read the same once gaps are dropped', () => {
    const p = new TermMatcher(['ur', 'u r', 'a hole', 'ahole']);
    expect(terms(p, 'ur')).toEqual(['ur']);
    expect(terms(p, 'u  r')).toEqual(['u r']);
    expect(terms(p, 'a-hole')).toEqual(['ahole']);
    expect(terms(p, 'a hole')).toEqual(['a hole']);
  });

  it('prefers the longer of two terms starting at the same place', () => {
    const p = new TermMatcher(['death to', 'death to america']);
    expect(terms(p, 'death to america')).toEqual(['death to america']);
  });

  it('agrees with obscenity’s RegExpMatcher on plain lower-case text', () => {
    const vocabulary = [
      'idiot',
      'moron',
      'fuck',
      'shit',
      'scum',
      'vermin',
      'sanctions',
      'treaty',
      'border',
      'idiots',
      'classic',
      'scunthorpe',
      'assassin',
      'essex',
      'cockpit',
    ];
    const list = ['idiot', 'moron', 'fuck', 'shit', 'scum', 'vermin'];
    const ours = new TermMatcher(list);
    const theirs = new RegExpMatcher({
      blacklistedTerms: assignIncrementingIds(list.map((t) => parseRawPattern(termToPattern(t)!))),
      blacklistMatcherTransformers: [toAsciiLowerCaseTransformer()],
    });
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...vocabulary), { maxLength: 12 }),
        fc.constantFrom(' ', ', ', '. '),
        (words, sep) => {
          const text = words.join(sep);
          const a = ours.getAllMatches(text, true).map((x) => [x.termId, x.startIndex, x.endIndex]);
          const b = theirs.getAllMatches(text, true).map((x) => [x.termId, x.startIndex, x.endIndex]);
          expect(a).toEqual(b);
        },
      ),
    );
  });
});

describe('TermMatcher stability (property)', () => {
  const list = ['idiot', 'moron', 'fuck*', 'kill you', 'vermin', 'shit'];
  const m = new TermMatcher(list);
  const vocabulary = [
    'idiot',
    'moron',
    'fucking',
    'kill you',
    'vermin',
    'shit',
    'the',
    'treaty',
    'classic',
    'assassin',
    'Essex',
    'Scunthorpe',
    'border',
    'you',
    'killer',
    'shitake',
  ];
  const ZW = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD'];
  const termIds = (text: string) =>
    m
      .match(text)
      .map((h) => h.termId)
      .sort();

  it('finds the same terms whatever the letter case', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 10 }),
        fc.array(fc.boolean(), { minLength: 200, maxLength: 200 }),
        (words, flips) => {
          const text = words.join(' ');
          const recased = [...text]
            .map((ch, i) => (flips[i % flips.length] ? ch.toUpperCase() : ch.toLowerCase()))
            .join('');
          expect(termIds(recased)).toEqual(termIds(text));
        },
      ),
    );
  });

  it('finds the same terms with zero-width characters inserted anywhere', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 10 }),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(...ZW)), { maxLength: 30 }),
        (words, inserts) => {
          const text = words.join(' ');
          const chars = [...text];
          for (const [at, zw] of inserts) chars.splice(at % (chars.length + 1), 0, zw);
          expect(termIds(chars.join(''))).toEqual(termIds(text));
        },
      ),
    );
  });
});

describe('TermMatcher.scan with a limit', () => {
  const words = fc.constantFrom(
    'you',
    'are',
    'an',
    'idiot',
    'u',
    'r',
    'ur',
    'mother',
    'fucker',
    '*',
    ',',
    '.',
  );
  const texts = fc.array(words, { maxLength: 30 }).map((list) => list.join(' '));

  it('reports the same first hits, and every hit starting at or before the limit', () => {
    const anchored = new TermMatcher(['you', 'you are', 'ur', 'idiot', 'mother fucker']);
    const unanchored = new TermMatcher(['you', '*fucker', 'idiot']);
    fc.assert(
      fc.property(texts, fc.nat(120), (text, until) => {
        for (const matcher of [anchored, unanchored]) {
          const norm = normalizeText(text);
          const all = matcher.scan(norm);
          const some = matcher.scan(norm, until);
          expect(some).toEqual(all.slice(0, some.length));
          expect(some.length).toBeGreaterThanOrEqual(all.filter((h) => h.from <= until).length);
        }
      }),
      { numRuns: 500 },
    );
  });
});
