/**
 * What the contact finders (`contacts.ts`) share: the result shape, character tests, and the cues they
 * read with the shared phrase scan.
 */
import { PhraseSet, wordClass } from '../text/phrases';

export interface Found {
  /** `phone`, `email`, `domain`. */
  kind: string;
  value: string;
  span: [number, number];
  /** Written to dodge detection (spaced letters, `dot`, `(.)`, `собака`). */
  obfuscated: boolean;
  /** A public service number (hotline, freephone) or an institutional address (`press@`). */
  institutional: boolean;
  /** Token indices [from, to) covered. */
  from: number;
  to: number;
}

export const isDigit = (c: number): boolean => c >= 48 && c <= 57;
export const isAsciiAlnum = (c: number): boolean =>
  isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
export const isLetterish = (c: number): boolean => isAsciiAlnum(c) || (c >= 0xc0 && c < 0x2000);

export const DOT_WORD = wordClass('dot|punto|point|punkt|точка|tochka|tchk|тчк');
const DIGIT_WORDS = [
  'zero|oh|one|two|three|four|five|six|seven|eight|nine',
  'cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve',
  'zero|un|deux|trois|quatre|cinq|six|sept|huit|neuf',
  'null|eins|zwei|drei|vier|funf|sechs|sieben|acht|neun',
  'ноль|один|два|три|четыре|пять|шесть|семь|восемь|девять',
].join('|');

/**
 * Cues read with the shared phrase scan, so that no detector walks every token for them: seven digit
 * words in a row, an `at` word, a dot word.
 */
export const CUES = new PhraseSet<'digits' | 'at' | 'dot'>(
  [
    ['$d $d $d $d $d $d $d', 'digits'],
    ['{at|arroba|собака|sobaka|chez|bei}', 'at'],
    ['{dot|punto|point|punkt|точка|tochka|tchk|тчк}', 'dot'],
  ],
  { d: DIGIT_WORDS },
);
