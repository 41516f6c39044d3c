import { describe, expect, it } from 'vitest';
import { normalizeText, sourceSpan } from '../../../shared/moderation/text/normalize';

const fold = (s: string) => normalizeText(s).text;

describe('normalizeText', () => {
  it('lower-cases and strips diacritics', () => {
    expect(fold('Ça SUFFIT, Erdoğan')).toBe('ca suffit, erdogan');
  });

  it('reads the German sharp s as s, as the token folding does, not as a look-alike of b', () => {
    expect(fold('heißt Straße SCHEIẞE')).toBe('heist strase scheise');
  });

  it('maps Cyrillic and Greek look-alikes to Latin letters', () => {
    expect(fold('ѕhіt')).toBe('shit');
    expect(fold('Ρutin')).toBe('putin');
  });

  it('maps full-width and mathematical letters', () => {
    expect(fold('Ｆｕｃｋ 𝐦𝐨𝐫𝐨𝐧')).toBe('fuck moron');
  });

  it('drops zero-width characters, soft hyphens and combining marks', () => {
    expect(fold('s\u200Bh\u200Di\u2060t id\u00ADiot shi\u0308t')).toBe('shit idiot shit');
  });

  it('resolves leetspeak inside words but leaves numbers alone', () => {
    expect(fold('1d10t a$$ b!tch @ss')).toBe('idiot ass bitch ass');
    expect(fold('In 2024 about 1488 soldiers')).toBe('in 2024 about 1488 soldiers');
  });

  it('keeps an exclamation mark at the end of a word as punctuation', () => {
    expect(fold('idiot!!! really')).toBe('idiot!!! really');
  });

  it('drops punctuation inside a word', () => {
    expect(fold("i.d.i.o.t f-u-c-k sub-human you're")).toBe('idiot fuck subhuman youre');
  });

  it('joins three or more spaced single letters', () => {
    expect(fold('f u c k you')).toBe('fuck you');
    expect(fold('k y s')).toBe('kys');
    expect(fold('s. h. i. t')).toBe('shit');
  });

  it('keeps a wider gap inside spaced letters as a word break', () => {
    expect(fold('y o u  a r e  a n  i d i o t')).toBe('you are an idiot');
  });

  it('also reads a run that starts with a one-letter word without it, mapped to the typed letters', () => {
    // Joined, `a k i k e` is `akike`, which matches nothing; the run may also spell a word of its own.
    expect(fold('He is a k i k e.')).toBe('he is akike kike.');
    expect(fold('a s s h o l e')).toBe('asshole sshole');
    expect(fold('I saw a g o o k and a g o o k')).toBe('i saw agook gook and agook gook');
    const source = 'Only a s p i c would';
    const norm = normalizeText(source);
    expect(norm.start.length).toBe(norm.text.length);
    const at = norm.text.lastIndexOf('spic');
    expect(source.slice(...sourceSpan(norm, at, at + 4))).toBe('s p i c');
  });

  it('reads no second word from short or unevenly spaced runs, nor from other first letters', () => {
    expect(fold('a b c')).toBe('abc');
    expect(fold('y o u  a r e')).toBe('you are');
    expect(fold('k i k e s')).toBe('kikes');
  });

  it('does not join two single letters or letters across a line break', () => {
    expect(fold('plan a or b')).toBe('plan a or b');
    expect(fold('a\nb\nc')).toBe('a\nb\nc');
  });

  it('marks an in-word star as a wildcard', () => {
    expect(normalizeText('f*ck off').hasWildcard).toBe(true);
    expect(normalizeText('*important* note').hasWildcard).toBe(false);
  });

  it('collapses whitespace, a line break winning over spaces', () => {
    expect(fold('a  \t b \n\n c')).toBe('a b\nc');
  });

  it('maps every folded character back to the source', () => {
    const source = 'Yоu 𝐦𝐨𝐫𝐨𝐧, f u c k off';
    const norm = normalizeText(source);
    const at = norm.text.indexOf('moron');
    expect(source.slice(...sourceSpan(norm, at, at + 5))).toBe('𝐦𝐨𝐫𝐨𝐧');
    const f = norm.text.indexOf('fuck');
    expect(source.slice(...sourceSpan(norm, f, f + 4))).toBe('f u c k');
  });
});
