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
  /** A phone number in a freephone range (`0800`, `1-800`, `8-800`): a seller's channel as much as a service's. */
  freephone?: true;
  /** Token indices [from, to) covered. */
  from: number;
  to: number;
}

export const isDigit = (c: number): boolean => c >= 48 && c <= 57;
export const isAsciiAlnum = (c: number): boolean =>
  isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
export const isLetterish = (c: number): boolean => isAsciiAlnum(c) || (c >= 0xc0 && c < 0x2000);

export const DOT_WORD = wordClass('dot|punto|point|punkt|kropka|точка|tochka|tchk|тчк');
/**
 * Words that spell a phone number's digits: digits, and (round 31) the tens and teens it is read in by pairs
 * (`zéro six, douze, trente-quatre`), `double`, and Italian, Portuguese and Russian typed in Latin letters.
 */
export const DIGIT_WORDS = [
  'zero|oh|one|two|three|four|five|six|seven|eight|nine|double|triple|hundred',
  'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety',
  'cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve',
  'diez|once|doce|trece|catorce|quince|dieciseis|diecisiete|dieciocho|diecinueve|veinte|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa',
  'zero|un|deux|trois|quatre|cinq|six|sept|huit|neuf',
  'dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|septante|huitante|nonante',
  'null|eins|zwei|drei|vier|funf|sechs|sieben|acht|neun',
  'zehn|elf|zwolf|zwanzig|dreissig|vierzig|funfzig|sechzig|siebzig|achtzig|neunzig',
  'uno|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|venti|trenta|quaranta|cinquanta|sessanta|settanta|ottanta|novanta',
  'um|dois|quatro|cinco|sete|oito|dez|vinte|trinta|quarenta|cinquenta|sessenta|setenta|oitenta|noventa',
  'ноль|один|два|три|четыре|пять|шесть|семь|восемь|девять',
  'nol|odin|dva|tri|chetyre|pyat|shest|sem|vosem|devyat|desyat|dvadtsat|tridtsat|sorok|pyatdesyat|shestdesyat|semdesyat|vosemdesyat|devyanosto',
].join('|');

/**
 * Cues read with the shared phrase scan, so that no detector walks every token for them: seven digit
 * words in a row, an `at` word, a dot word.
 */
export const CUES = new PhraseSet<'digits' | 'at' | 'dot'>(
  [
    ['$d $d $d $d $d $d $d', 'digits'],
    ['{at|arroba|собака|sobaka|chez|bei}', 'at'],
    ['{dot|punto|point|punkt|kropka|точка|tochka|tchk|тчк}', 'dot'],
  ],
  { d: DIGIT_WORDS },
);
