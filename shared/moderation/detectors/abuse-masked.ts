/**
 * Round 88 (`/work/audit50`): a Cyrillic word masked with asterisks (`д*бил`, `х*йло ты конченое`). The Latin words of
 * the abuse lexicon are read through the obfuscation-resistant matcher; the Cyrillic ones only as written. A masked
 * word is read as the lexicon word it hides when each fill of its one run of asterisks (one or two letters) that makes a
 * lexicon word makes words of one class only (one letter tried before two): `д*бил` can only be `дебил` (an insult); a
 * mask that fits words of two classes is left alone.
 */
import { expandBraces } from '../text/phrases';
import { once } from '../text/memo';
import type { Token } from '../text/tokens';
import { tokenAt } from './common';
import type { AbuseClass } from './abuse-entry';
import { ABUSE_LEXICON } from './abuse-lexicon';

const LETTERS = 'абвгдеёжзийклмнопрстуфхцчшщъыьэюя';
/** A Cyrillic word with one run of asterisks inside or at its end, two letters at least. */
const MASKED = /[а-яё]+\*{1,3}[а-яё]*|\*{1,3}[а-яё]{2,}/giu;

/** The single Cyrillic words of the lexicon: whole words, and stems (`шлюх*`) by their first two letters. */
const cyrillicWords = once(() => {
  const exact = new Map<string, number>();
  const stems = new Map<string, Array<[string, number]>>();
  ABUSE_LEXICON.forEach((e, i) => {
    for (const t of expandBraces(e.term)) {
      if (t.includes(' ') || !/^[а-яё]+\*?$/u.test(t)) continue;
      if (t.endsWith('*')) {
        const stem = t.slice(0, -1);
        const key = stem.slice(0, 2);
        const list = stems.get(key);
        if (list) list.push([stem, i]);
        else stems.set(key, [[stem, i]]);
      } else if (!exact.has(t)) exact.set(t, i);
    }
  });
  return { exact, stems };
});

function entryOf(word: string): number | undefined {
  const { exact, stems } = cyrillicWords();
  const whole = exact.get(word);
  if (whole !== undefined) return whole;
  for (const [stem, i] of stems.get(word.slice(0, 2)) ?? []) if (word.startsWith(stem)) return i;
  return undefined;
}

export interface MaskedHit {
  entryId: number;
  span: [number, number];
  from: number;
  to: number;
}

/** The masked Cyrillic words of `source` that hide a lexicon word of one class (see the module comment). */
export function maskedCyrillic(source: string, tokens: readonly Token[]): MaskedHit[] {
  if (!source.includes('*')) return [];
  const hits: MaskedHit[] = [];
  for (const m of source.matchAll(MASKED)) {
    const word = m[0].toLowerCase().replace(/ё/g, 'е');
    const star = word.indexOf('*');
    const head = word.slice(0, star);
    const tail = word.slice(word.lastIndexOf('*') + 1);
    // One letter first: `х*йло` is `хуйло`, not also `хуе…`; two only when no single letter makes a word.
    const found = new Map<AbuseClass, number>();
    for (const a of LETTERS) {
      const one = entryOf(head + a + tail);
      if (one !== undefined) found.set(ABUSE_LEXICON[one]!.cls, one);
    }
    if (found.size === 0)
      for (const a of LETTERS)
        for (const b of LETTERS) {
          const two = entryOf(head + a + b + tail);
          if (two !== undefined) found.set(ABUSE_LEXICON[two]!.cls, two);
        }
    if (found.size !== 1) continue;
    const span: [number, number] = [m.index, m.index + m[0].length];
    const from = tokenAt(tokens, span[0]);
    hits.push({
      entryId: [...found.values()][0]!,
      span,
      from,
      to: Math.max(from + 1, tokenAt(tokens, span[1] - 1) + 1),
    });
  }
  return hits;
}
