/** The shape of an entry of the abuse lexicon (`abuse-lexicon.ts`, `abuse-lexicon-more.ts`) and how one is written. */

export type AbuseClass =
  'severe' | 'degrading' | 'insult' | 'label' | 'strong' | 'mild' | 'command' | 'severe_command';
/**
 * The languages with a long tail from the maintained lists, read in frames that address someone, and
 * detected by tinyld for gated words: English, Spanish, French, German, Russian.
 */
export type ListLanguage = 'en' | 'es' | 'fr' | 'de' | 'ru';
/** Every language of the table: the five, and Italian, Portuguese, Polish, Ukrainian and Turkish (no long tail). */
export type AbuseLanguage = ListLanguage | 'it' | 'pt' | 'pl' | 'uk' | 'tr';

export interface AbuseEntry {
  /** Phrase syntax (`text/phrases.ts`): words, `word*` stems, `{a|b}` alternatives. */
  term: string;
  cls: AbuseClass;
  lang: AbuseLanguage;
  /** An innocent word in another language (`retard` is a delay in French): counted only when the language detector (tinyld) says the comment is in `lang`. */
  gated?: boolean;
}

/** Comma-separated terms; a term ending in `!` is gated by language (see `AbuseEntry.gated`; list languages only). */
export const entries = (lang: AbuseLanguage, cls: AbuseClass, terms: string): AbuseEntry[] =>
  terms
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t !== '')
    .map((t) =>
      t.endsWith('!') ? { term: t.slice(0, -1), cls, lang, gated: true } : { term: t, cls, lang },
    );
