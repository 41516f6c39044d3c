/**
 * Russian typed in Latin letters (`ya tebya naidu`, `sozhgu tvoyu hatu`), read back in Cyrillic, offset for
 * offset, so that the Russian word lists of the threats, hate, abuse and extremism checks read it as they
 * read Russian: a check's second reading of such a comment (`readUndisguised`). The classifier does not
 * read it (it held civil comments so: docs/moderation-rounds.md, round 23).
 *
 * - Only a comment that reads as transliterated Russian: no Cyrillic letter, no letter a Latin-script
 *   language writes with a diacritic (Polish, Czech, Turkish, German, French …), at least one word that is
 *   Russian and no other language's (`tebya`, `chto`, `seichas`), and no other language leading the
 *   function-word vote (`voteLanguage`) — or two such words where Polish leads it (the two share `na`,
 *   `do`, `za`, `to`).
 * - Offsets are kept: a digraph (`zh`, `shch`, `ya`) becomes one Cyrillic letter followed by soft hyphens,
 *   which the tokenizer skips inside a word, so a span of the reading is a span of the comment.
 * - The usual spellings of each letter: `zh`/`sh`/`ch`/`kh`/`ts`/`shch`/`sch`, `ya`/`ja`, `yu`/`ju`,
 *   `yo`/`jo`/`ye`/`je`, `j` for `ж` and `w` for `щ` where the writer's other spellings leave them free
 *   (`styleOf`), `4` for `ч` in a word, `'` for `ь` after a letter (an apostrophe
 *   opening a word opens a quotation, and the one ending a later word closes it), `шь` ending a verb's
 *   second person (`zhivesh`). `y` is `й` after a vowel and `ы` after a consonant; `i` after a vowel is
 *   `й` unless a vowel follows (`moi`, `pervyi`, `naidu`; the rarer `naivnyi` is misread). The
 *   demonstrative `eto`, `etot` … starts with `э`.
 */
import { memoLast } from './memo';
import { tokensOf } from './tokens';
import { FUNCTION_WORDS, voteLanguage } from '../detectors/cue-languages';

const SOFT_HYPHEN = '\u00AD';

/**
 * Words typed only by someone writing Russian in Latin letters: one of them opens the gate (two where Polish
 * leads the vote).
 */
const MARKERS =
  /(?<![\p{L}\p{N}])(?:tebya|tebja|teb[ae]|menya|menja|mne|tvo(?:[iyj]|ya|ja|yu|ju|ego|ei|ey|im)|toboi|toboy|soboi|soboy|sebya|sebja|sebe|chto|shto|4to|chtob|chtoby|eto|etot|etu|etogo|etih|etikh|uzhe|eshe|eshche|esche|tolko|kogda|potomu|pochemu|seichas|sejchas|ochen|budet|budesh|budu|tozhe|takoi|kakoi|kakaya|vot|nahui|nahuy|blyat|zhe|esli|vsyo|vseh|vsekh|kotor(?:yi|yj|yy|aya|oe|ye|ie|ykh|ogo|uyu|om)|srochno|segodnya|vchera|zavtra|nikogda|vsegda|khorosho|horosho|spasibo|dumayu|znayut|sprashivayu|voobshche|voobshe|ili|inache|pora|[a-z]{2,}tsya)(?![\p{L}\p{N}])/giu;
/** Letters a transliteration has no use for: a Latin-script language is being written. */
const OTHER_SCRIPT =
  /[\p{Script=Cyrillic}]|[^\p{ASCII}\p{Emoji_Presentation}\p{P}\p{S}\p{Z}\p{N}\u00AD\u200B-\u200F]/u;

const CHUNKS: readonly (readonly [string, string])[] = [
  ['shch', 'щ'],
  ['sch', 'щ'],
  ['tsya', 'тся'],
  ['zh', 'ж'],
  ['kh', 'х'],
  ['ch', 'ч'],
  ['sh', 'ш'],
  ['ts', 'ц'],
  ['ya', 'я'],
  ['ja', 'я'],
  ['yu', 'ю'],
  ['ju', 'ю'],
  ['yo', 'е'],
  ['jo', 'е'],
  ['ye', 'е'],
  ['je', 'е'],
];
const LETTERS: Readonly<Record<string, string>> = {
  a: 'а',
  b: 'б',
  v: 'в',
  g: 'г',
  d: 'д',
  e: 'е',
  z: 'з',
  i: 'и',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  o: 'о',
  p: 'п',
  r: 'р',
  s: 'с',
  t: 'т',
  u: 'у',
  f: 'ф',
  h: 'х',
  c: 'ц',
  x: 'х',
  q: 'к',
  "'": 'ь',
  '’': 'ь',
  '4': 'ч',
};
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);
/** The demonstrative `это` and its forms, which a transliteration writes with `e`. */
const E_WORDS = /^et(?:o|a|u|i|ot|ogo|omu|om|im|ih|ikh|oi|oy|oj)$/;
const WORD = /[a-z4'’]+/gi;

const isApostrophe = (ch: string | undefined): boolean => ch === "'" || ch === '’';

/**
 * One word of Latin letters in Cyrillic, as long as the word (soft hyphens fill what digraphs save).
 * `closesQuote`: an apostrophe ending the word closes a quotation opened earlier (`'ya tebya naidu'`)
 * instead of being a soft sign (`mraz'`).
 */
function wordInCyrillic(word: string, closesQuote: boolean, style: Style): string {
  const lower = word.toLowerCase();
  const end = closesQuote && isApostrophe(lower[lower.length - 1]) ? lower.length - 1 : lower.length;
  let out = '';
  for (let i = 0; i < end;) {
    let cyr: string | undefined;
    let len = 1;
    const ch = lower[i]!;
    // `ye` after a consonant is `ые` (`novye`), elsewhere `е` (`yest`).
    const skip =
      (ch === 'j' && style.j === 'ж') ||
      (ch === 'y' && lower[i + 1] === 'e' && i > 0 && !VOWELS.has(lower[i - 1]!));
    const chunk = skip ? undefined : CHUNKS.find(([latin]) => lower.startsWith(latin, i));
    if (chunk) [cyr, len] = [chunk[1], chunk[0].length];
    else if (ch === 'j' || ch === 'w') cyr = style[ch];
    else if (ch === 'y') cyr = i > 0 && VOWELS.has(lower[i - 1]!) ? 'й' : 'ы';
    else if (ch === 'i' && i > 0 && VOWELS.has(lower[i - 1]!) && !VOWELS.has(lower[i + 1] ?? '')) cyr = 'й';
    else if (ch === 'e' && i === 0 && E_WORDS.test(lower.slice(0, end).replace(/['’]+$/, ''))) cyr = 'э';
    // A soft sign follows a letter; an apostrophe opening a word is a quotation mark.
    else if (isApostrophe(ch) && !(i > 0 && /[a-z]/.test(lower[i - 1]!))) cyr = ch;
    else cyr = LETTERS[ch] ?? ch;
    // A verb's second person (`zhivesh`, `uvidish`) ends in `шь`.
    if (len === 2 && cyr === 'ш' && i + 2 === lower.length && (lower[i - 1] === 'e' || lower[i - 1] === 'i'))
      cyr = 'шь';
    if (word[i] !== ch) cyr = cyr.toUpperCase();
    out += cyr + SOFT_HYPHEN.repeat(len - cyr.length);
    i += len;
  }
  return out + word.slice(end);
}

/**
 * What `j` and `w` stand for in one comment: a writer who spells `я` as `ya` and never writes `zh` types
 * `ж` as `j` (`uje`, `kajdyi`); one who writes `sh` for `ш` types `щ` as `w` (`ewe`).
 */
interface Style {
  j: 'ж' | 'й';
  w: 'ш' | 'щ';
}
const styleOf = (body: string): Style => ({
  j: !/zh/i.test(body) && /y[aueo]/i.test(body) ? 'ж' : 'й',
  w: /sh/i.test(body) ? 'щ' : 'ш',
});

const RUSSIAN_VOTER = new Set(FUNCTION_WORDS['ru-latn']!.split(' '));
const ENGLISH_VOTER = new Set(FUNCTION_WORDS['en']!.split(' '));

/** Whether `body` reads as Russian typed in Latin letters (see the header). */
export function readsAsRussianInLatin(body: string): boolean {
  if (OTHER_SCRIPT.test(body)) return false;
  const { tokens } = tokensOf(body);
  const vote = voteLanguage(tokens);
  // English shares words the vote counts (`I`, `my`, `on`, `net`): the pronoun `I` in capitals and the `net` of a
  // `.net` address do not count for Russian, and the rest must outnumber English's own words (round 57: `she showed
  // me her bank statement. … easycashdesk.net`, read in Cyrillic, had `хер` in it).
  if (vote === 'ru-latn') {
    const russian = tokens.filter(
      (t) =>
        RUSSIAN_VOTER.has(t.text) &&
        !(t.text === 'i' && body[t.start] === 'I') &&
        !(t.text === 'net' && body[t.start - 1] === '.'),
    ).length;
    const english = tokens.filter((t) => ENGLISH_VOTER.has(t.text)).length;
    if (russian >= 2 && russian > english) return true;
  }
  // Polish shares the short words the vote counts (`na`, `do`, `za`, `to`): typed without its letters, it
  // can lead a Russian comment's vote, which two different words only Russian has outweigh.
  if (vote !== null && vote !== 'pl' && vote !== 'ru-latn') return false;
  const markers = new Set<string>();
  for (const [word] of body.matchAll(MARKERS))
    if (markers.add(word.toLowerCase()).size >= (vote === 'pl' ? 2 : 1)) return true;
  return false;
}

/**
 * A word no Russian one is typed as: Vietnamese names end in `nh` (`Huynh`, `Minh`, `Thanh`), which Russian never
 * does (round 65, `/work/audit35`: `posol Huynh Van Dung` read as `Хуйнх`). Kept in Latin letters.
 */
const FOREIGN_NAME = /nh$/i;

/** `body` in Cyrillic when it is Russian typed in Latin letters, offset for offset; else `body` itself. */
export const inCyrillic = memoLast((body: string): string => {
  if (!readsAsRussianInLatin(body)) return body;
  // Whether a quotation opened by an apostrophe (`'ya tebya naidu, pidor'`) is still open.
  let quoting = false;
  const style = styleOf(body);
  return body.replace(WORD, (word) => {
    if (!/[a-z]/i.test(word) || FOREIGN_NAME.test(word)) return word;
    if (isApostrophe(word[0])) quoting = true;
    const closes = quoting && word.length > 1 && isApostrophe(word[word.length - 1]);
    if (closes) quoting = false;
    return wordInCyrillic(word, closes, style);
  });
});
