/**
 * Praise words inside the title of a series, a film or a game (round 65, `/work/audit34`: `Dans Le Bureau des légendes
 * l'attentat de la saison 3 est étonnamment réaliste`, `The League of Legends finals were cancelled after the bomb
 * threat`): a capitalised word mid-sentence, a particle (`of`, `des`, `der`, an article after it), then the praise
 * word, in a comment that speaks of a work (a season, a series, a film, a game). The extremism check and its cue rules
 * read no praise there.
 */
import { wordClass } from '../text/phrases';
import type { Token } from '../text/tokens';

const PARTICLE = wordClass('of|des|de|du|del|della|dei|degli|der|do|da|dos|das');
const ARTICLE = wordClass('the|la|le|les|el|los|las|die|das|den');
const WORK = wordClass(
  [
    'season|seasons|series|episode|episodes|film|films|movie|movies|game|games|videogame|finals|tournament|esports|netflix|novel|book|show',
    'temporada|serie|series|episodio|pelicula|juego|videojuego|novela|libro',
    'saison|serie|episode|film|jeu|roman|livre',
    'staffel|serie|folge|film|spiel|videospiel|roman|buch',
    'сезон|сериал|серия|фильм|игра|игре|роман|книга|книге',
  ].join('|'),
);
const UPPER = /^\p{Lu}/u;

/** Whether the comment speaks of a work (memoised per token list). */
const worksMemo = new WeakMap<readonly Token[], boolean>();
const speaksOfAWork = (tokens: readonly Token[]): boolean => {
  let known = worksMemo.get(tokens);
  if (known === undefined) worksMemo.set(tokens, (known = tokens.some((t) => WORK(t))));
  return known;
};

/** Whether the praise word at token `from` is part of a title (see the module comment). */
export function inTitleAt(source: string, tokens: readonly Token[], from: number): boolean {
  let j = from - 1;
  if (j >= 0 && ARTICLE(tokens[j]!)) j--;
  if (j < 1 || !PARTICLE(tokens[j]!)) return false;
  const name = tokens[j - 1]!;
  const before = tokens[j - 2];
  if (before === undefined || before.sentence !== name.sentence) return false;
  return UPPER.test(source.slice(name.start, name.end)) && speaksOfAWork(tokens);
}
