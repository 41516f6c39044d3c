/**
 * False friends of the cue lists: single words that are a cue in one language and a common word in
 * another — English `die` (harm) is the German article, Polish `ich` (them) is German `I`, German `du`
 * (you) is the French article, Turkish `size` (to you) is English `size`; folding makes more (`gün`, a
 * Turkish day, reads as `gun`; Polish `się` as German `sie`). Such a word counts as its cue only when the
 * comment is in one of the languages given here, or when its language is unclear.
 *
 * The language is a vote of function words over the comment's folded tokens (one table lookup per
 * token): the language with the most, at least two and more than any other, wins.
 */
import type { Token } from '../text/tokens';
import { hashWord } from '../text/tokens';

export const FUNCTION_WORDS: Readonly<Record<string, string>> = {
  en: 'the and is are was were of to in that this it for with not they have has be on what who would if will you your his she from but just about when there their them been',
  de: 'der die das und ist nicht ich wir sie es mit auf fur ein eine einen zu den dem auch sind wie aber noch von im hat wird dich dir mich mir wirst bist hast haben werden uber sich schon nur oder wenn dass',
  fr: 'le la les et est un une des du que qui pas pour dans sur ce il elle nous vous ne au avec mais sont',
  es: 'el la los las y es un una que de en no por para con se lo del al pero como mas esta son',
  it: 'il la le gli e che di un una non per con del della sono ma come piu questo anche',
  pt: 'o a os as e que de um uma nao para com do da em por mas sao isso esta',
  nl: 'de het een en is van niet dat op te zijn met voor maar ook dit wij',
  pl: 'i w z na nie sie jest to ze do jak ale czy tak po od co juz tylko a przez za dla bo przy teraz jego jej',
  tr: 've bir bu da de icin ile cok ne mi ama daha gibi olan var yok',
  'ru-latn': 'i v na ne chto eto kak ya ty on ona my vy oni vse tak uzhe esli kogda net budet',
};

/** Cue words and the languages in which they are that cue. */
const FALSE_FRIENDS: Readonly<Record<string, readonly string[]>> = {
  // harm
  die: ['en'],
  rot: ['en'],
  pain: ['en'],
  grave: ['en'],
  gun: ['en'],
  rope: ['en'],
  // a group told to get out (transliterated Russian `вон`); German `von` (of, from)
  von: ['ru-latn'],
  // people addressed; English `ya` (you) is Spanish `ya` (already) and transliterated Russian `я` (I)
  ya: ['en'],
  du: ['de'],
  sie: ['de'],
  pan: ['pl'],
  pani: ['pl'],
  panu: ['pl'],
  size: ['tr'],
  sen: ['tr'],
  ton: ['fr'],
  ta: ['fr'],
  voce: ['pt'],
  // mild approval: a gift, or the salute to the fallen (`¡presente!`); French `présente` (presents)
  presente: ['pt', 'es', 'it'],
  // third persons
  ich: ['pl'],
  im: ['ru-latn'],
  ego: ['ru-latn'],
};

const byHash = <T>(entries: Iterable<readonly [string, T]>): Map<number, T> =>
  new Map([...entries].map(([word, value]) => [hashWord(word), value] as const));

const LANGUAGES = Object.keys(FUNCTION_WORDS);
/** Function word → bit set of the languages it votes for. */
const VOTES = (() => {
  const bits = new Map<number, number>();
  LANGUAGES.forEach((lang, i) => {
    for (const word of FUNCTION_WORDS[lang]!.split(' ')) {
      const h = hashWord(word);
      bits.set(h, (bits.get(h) ?? 0) | (1 << i));
    }
  });
  return bits;
})();
const FRIENDS = byHash(
  Object.entries(FALSE_FRIENDS).map(([word, langs]) => [word, { word, langs }] as const),
);

/** The comment's language by function-word vote, or null when no language clearly leads. */
export function voteLanguage(tokens: readonly Token[]): string | null {
  const counts = new Array<number>(LANGUAGES.length).fill(0);
  for (const t of tokens) {
    const bits = VOTES.get(t.hash);
    if (bits === undefined) continue;
    for (let i = 0; i < LANGUAGES.length; i++) if (bits & (1 << i)) counts[i]!++;
  }
  let best = -1;
  let second = 0;
  counts.forEach((n, i) => {
    if (best < 0 || n > counts[best]!) {
      second = best < 0 ? 0 : counts[best]!;
      best = i;
    } else if (n > second) second = n;
  });
  return counts[best]! >= 2 && counts[best]! > second ? LANGUAGES[best]! : null;
}

/** Whether a one-word cue hit on `token` is a false friend in a comment of language `lang`. */
export function isFalseFriend(token: Token, lang: string | null): boolean {
  if (lang === null) return false;
  const friend = FRIENDS.get(token.hash);
  return friend !== undefined && friend.word === token.text && !friend.langs.includes(lang);
}

/** Whether any token is a false friend candidate (the vote is only taken then). */
export const hasFalseFriendCandidate = (tokens: readonly Token[]): boolean =>
  tokens.some((t) => FRIENDS.get(t.hash)?.word === t.text);
