/**
 * A name someone was called, told by or of the one who received it (round 70, `/work/audit40`: `my son was called a
 * p*ki at school last week`): a mention of the slur, not its use, for the hate check and the toxicity lexicon alike.
 */
import { wordClass } from '../text/phrases';
import type { Token } from '../text/tokens';

/** Calling someone a name, and who may have been called it. */
const CALLED_NAME = wordClass(
  'called|calling|llamaron|llamo|llamado|llamada|traite|traitee|traites|genannt|nannte|nannten|beschimpft|назвали|обозвали|назвал|обозвал|nazvali|obozvali',
);
const RECEIVER = wordClass(
  'was|were|got|get|gets|been|being|is|are|him|her|me|us|them|son|daughter|kid|kids|boy|girl|fue|fueron|me|le|la|lo|nos|les|lui|ete|wurde|wurden|ihn|mich|uns|меня|его|её|нас|их|сына|дочь|menya|ego|nas',
);
const SPEAKER = wordClass('i|we|je|nous|yo|ich|wir|я|мы');
const NAME_ARTICLE = wordClass('a|an|un|une|una|de|d|als|ein|eine|einen|einer');

/**
 * Whether the slur at `from` is a name someone was called, told by or of the one who received it (`my son was called a
 * p*ki at school`, `on l'a traitée de …`, `его обозвали …`): a verb of calling right before it (an article between at
 * most), with a receiver before that verb (a passive auxiliary or an object) and not the speaker as the one who called.
 */
export function calledReceived(tokens: readonly Token[], from: number): boolean {
  let k = from - 1;
  if (k >= 0 && NAME_ARTICLE(tokens[k]!)) k--;
  // `called him a …`: the object between the verb and the name.
  let received = false;
  if (k > 0 && RECEIVER(tokens[k]!) && CALLED_NAME(tokens[k - 1]!)) {
    received = true;
    k--;
  }
  if (k < 0 || !CALLED_NAME(tokens[k]!)) return false;
  const sentence = tokens[k]!.sentence;
  for (let j = k - 1; j >= 0 && j >= k - 3 && tokens[j]!.sentence === sentence; j--) {
    if (SPEAKER(tokens[j]!)) return false;
    if (RECEIVER(tokens[j]!)) received = true;
  }
  return received;
}
