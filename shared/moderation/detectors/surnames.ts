/**
 * A listed word that is someone's surname (round 33, a red-team's civil look-alike: `Die Schweizer Diplomatin
 * Regula Wichser leitete die Vermittlungsrunde in Genf` was rejected as severe abuse naming someone). Read as a
 * name when it is capitalised, stands right after a capitalised first name, and a title or a role stands right
 * before that name (`Diplomatin Regula Wichser`, `Ms Priya Cockburn`, `juez Ana Polla`). A title right before the
 * word itself is not enough: `Herr Arschloch` is how German insults a man.
 */
import { wordClass } from '../text/phrases';
import type { Token } from '../text/tokens';
import { isCapital } from './cues';

/** Titles and roles a full name follows in news prose. */
const TITLE_OR_ROLE = wordClass(
  [
    'mr|mrs|ms|miss|dr|prof|professor|sir|dame|lord|lady|minister|ambassador|diplomat|judge|senator|mayor|governor|general|colonel|captain|reporter|journalist|author|editor|lawyer|prosecutor|president|chancellor|spokesman|spokeswoman|spokesperson|mp|envoy|negotiator|commissioner|deputy|councillor',
    'senor|senora|sr|sra|don|dona|ministro|ministra|embajador|embajadora|juez|jueza|senador|senadora|alcalde|alcaldesa|periodista|fiscal|diputado|diputada|presidente|presidenta|diplomatico|diplomatica|general|coronel',
    'm|mme|monsieur|madame|ministre|ambassadeur|ambassadrice|juge|senateur|senatrice|maire|journaliste|procureur|procureure|depute|deputee|president|presidente|diplomate|general|colonel',
    'herr|frau|minister|ministerin|botschafter|botschafterin|diplomat|diplomatin|richter|richterin|senator|senatorin|burgermeister|burgermeisterin|journalist|journalistin|staatsanwalt|staatsanwaltin|abgeordneter|abgeordnete|prasident|prasidentin|kanzler|kanzlerin|sprecher|sprecherin|professorin|general|oberst',
    'господин|госпожа|министр|посол|дипломат|судья|сенатор|мэр|журналист|журналистка|прокурор|депутат|президент|генерал|полковник',
  ].join('|'),
);

/** Words that stand capitalised before a vocative insult, never as a first name (`Du Wichser`, `You Bastard`). */
const NOT_A_NAME = wordClass(
  'du|sie|ihr|der|die|das|ein|eine|dieser|diese|so|was|alter|you|ya|this|that|the|a|what|tu|vous|ce|cette|espece|quel|quelle|el|la|un|una|que|vaya|ты|вы|этот|эта|какой|какая',
);

const capitalised = (source: string, t: Token): boolean => isCapital(source[t.start]!);

/** Whether the one-token term at `from` is a surname (see the module comment). */
export function surnameAt(source: string, tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from !== 1 || from < 2) return false;
  const term = tokens[from]!;
  const given = tokens[from - 1]!;
  const title = tokens[from - 2]!;
  if (given.sentence !== term.sentence || title.sentence !== term.sentence) return false;
  if (!capitalised(source, term) || !capitalised(source, given) || NOT_A_NAME(given)) return false;
  // Nothing but a space between the three (`Diplomatin Regula Wichser`, not `Diplomatin, Regula: Wichser!`).
  const afterTitle = source.slice(title.end, given.start).trim();
  if (afterTitle !== '' && afterTitle !== '.') return false;
  if (source.slice(given.end, term.start).trim() !== '') return false;
  return TITLE_OR_ROLE(title);
}
