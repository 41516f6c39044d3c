/**
 * Round 113's markers (`/work/audit60`, a red-team of sarcasm that hides hate and of dog whistles, which found 56 of its
 * 120 such probes published): the sneer at newcomers told as praise — enrichment, the danger hour, the religion of peace,
 * a euphemism for migrants in scare quotes, a sneering closer. Each is said in earnest or quoted too (`Islam is a
 * religion of peace, the imam said`, `the quarter is lively at night, especially on Saturdays`), so all are weak (two
 * hold) but the religion of peace introduced as "our friends". Weights and syntax as in `misinformation-phrases.ts`.
 */
import { wordClass } from '../text/phrases';
import { firstQuotedRun } from '../text/quotations';
import type { Token } from '../text/tokens';
import { negationAt } from './asserted';
import { MENTION_NOUN } from './common';
import { entries } from './misinformation-kinds';

const PEACE =
  '{religion of peace|religion de paix|religion de la paix|religion des friedens|religion de paz|religion del amor|религия мира|religiya mira}';

export const SNEER_PHRASES = [
  ...entries('dogwhistle', 'strong', [`{our friends|nos amis|unsere freunde|nuestros amigos} ~2 ${PEACE}`]),
  ...entries('dogwhistle', 'weak', [
    PEACE,
    '{enriching|enrichissant|enrichissants|enrichissante|enrichissantes|enrichissement culturel|bereicherung|bereichernd|kulturelle bereicherung|enriquecimiento|enriquecedor|enriquecedores|обогащение}',
    '{especially|particularly|surtout|besonders|vor allem|sobre todo|особенно|osobenno} ~4 {after dark|at night|in the evening|le soir|la nuit|nachts|abends|de noche|por la noche|вечером|ночью|po nocham|vecherom}',
    '{vibrant .|truly persecuted|vraiment une richesse|quelle richesse|danke merkel|si touchants|si touchant|cuanto sufren|aber psst|pas d amalgame|pura casualidad|reiner zufall naturlich|много их развелось|mnogo ikh razvelos}',
  ]),
];

/** Words for migrants and their crimes that a sneer puts in scare quotes (round 113: `"Fachkräfte"`, `"déséquilibré"`). */
const EUPHEMISM = wordClass(
  [
    'refugee|refugees|asylum|seeker|seekers|minors|unaccompanied|newcomers|diversity|doctors|engineers|youths',
    'mineurs|isoles|desequilibre|desequilibres|chance|diversite|voisins|nouveaux',
    'fachkrafte|schutzsuchende|schutzsuchenden|goldstucke|einzelfall|einzelfalle|vielfalt',
    'refugiados|menores|menas|trabajadores|diversidad',
    'беженцы|неуравновешенный|неуравновешенные|соседи|новые|sosedi|novye',
  ].join('|'),
);

/**
 * Whether the quoted run at `from` is named as a word (`Le mot « déséquilibré »`) or denied (`Ça ne fait pas de lui un
 * « déséquilibré »`): the word discussed, not the sneer (round 113, two civil tuning comments).
 */
function discussedAt(tokens: readonly Token[], from: number): boolean {
  const before = tokens[from - 1];
  if (before !== undefined && before.sentence === tokens[from]!.sentence && MENTION_NOUN(before)) return true;
  for (let k = from - 1; k >= 0 && k >= from - 5 && tokens[k]!.sentence === tokens[from]!.sentence; k--)
    if (negationAt(tokens, k)) return true;
  return false;
}

/** The token range of a migrant euphemism in scare quotes, one to four words (round 113: `"chance pour la France"`), or null. */
export function scareQuotedEuphemism(tokens: readonly Token[]): [number, number] | null {
  return firstQuotedRun(
    tokens,
    (from, to) =>
      to - from <= 4 && tokens.slice(from, to).some((t) => EUPHEMISM(t)) && !discussedAt(tokens, from),
  );
}
