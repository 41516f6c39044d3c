/**
 * A small, offline language guess, good enough to decide whether a comment is English (the only
 * language Comprehend's DetectToxicContent accepts). Script first (Cyrillic, Arabic, CJK…), then, for
 * Latin text, common function words. When unsure it says English: most comments on an English site
 * are, and a short `Agreed.` should not lose its toxicity scoring.
 */
import { once } from '../text/memo';

const SCRIPTS: ReadonlyArray<[RegExp, (text: string) => string]> = [
  [/\p{Script=Cyrillic}/gu, (t) => (/[іїєґ]/iu.test(t) ? 'uk' : 'ru')],
  // Persian letters (pe, che, zhe, gaf, keheh, Farsi yeh) that Arabic does not use.
  [/\p{Script=Arabic}/gu, (t) => (/[\u067E\u0686\u0698\u06AF\u06A9\u06CC]/u.test(t) ? 'fa' : 'ar')],
  [/\p{Script=Hebrew}/gu, () => 'he'],
  [/\p{Script=Greek}/gu, () => 'el'],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/gu, () => 'ja'],
  [/\p{Script=Han}/gu, () => 'zh'],
  [/\p{Script=Hangul}/gu, () => 'ko'],
  [/\p{Script=Devanagari}/gu, () => 'hi'],
  [/\p{Script=Thai}/gu, () => 'th'],
];

const FUNCTION_WORDS: Record<string, readonly string[]> = {
  en: 'the and is are of to in that it not this with for you was have they be on but what who would their'.split(
    ' ',
  ),
  fr: 'le les et est des une un que qui pas dans pour ce sont du au avec mais il nous vous cette sur leur'.split(
    ' ',
  ),
  de: 'der die das und ist nicht ein eine zu den mit sich auf für auch es sind dem wir ich aber oder wird'.split(
    ' ',
  ),
  es: 'el los las y es que en un una por con para no se del al pero lo como más está son esto'.split(' '),
  it: 'il di che è un una per non sono del della con gli ma anche questo nel alla perché'.split(' '),
  pt: 'os e é de que não um uma para com do da em por mas são isso uma está nós'.split(' '),
  nl: 'het een en is van niet dat op te zijn met voor maar ook dit wij wordt naar'.split(' '),
};
/** The languages of each function word, built on first use (only a Comprehend deployment asks). */
const wordLangs = once(() => {
  const map = new Map<string, string[]>();
  for (const [lang, words] of Object.entries(FUNCTION_WORDS)) {
    for (const w of words) map.set(w, [...(map.get(w) ?? []), lang]);
  }
  return map;
});

const LETTER = /\p{L}/gu;
const WORD = /\p{L}+/gu;

/** ISO 639-1 code of the text's language (best guess), `en` when unsure. */
export function detectLanguage(text: string): string {
  const letters = text.match(LETTER)?.length ?? 0;
  if (letters === 0) return 'en';
  for (const [re, pick] of SCRIPTS) {
    const n = text.match(re)?.length ?? 0;
    if (n / letters > 0.5) return pick(text);
  }
  const hits: Record<string, number> = {};
  const langsOf = wordLangs();
  for (const w of text.toLowerCase().match(WORD) ?? []) {
    for (const lang of langsOf.get(w) ?? []) hits[lang] = (hits[lang] ?? 0) + 1;
  }
  const en = hits.en ?? 0;
  let best = 'en';
  let bestHits = en;
  for (const [lang, n] of Object.entries(hits)) {
    if (n > bestHits) {
      best = lang;
      bestHits = n;
    }
  }
  return best !== 'en' && bestHits >= 2 && bestHits > en * 1.5 ? best : 'en';
}
