/**
 * Whether a `join` is told of others rather than urged (round 42 and round 78): read by the extremism detector and the
 * toxicity lexicon.
 */
import { wordClass } from '../text/phrases';
import type { Token } from '../text/tokens';
import { wordBefore } from './common';

const JOINER_3RD = wordClass('he|she|they|his|her|their');
/** Who joins, said before `join` (round 42: `Why do young Europeans join ISIS?`, `teenagers who join`). */
const JOINER = wordClass(
  'who|that|they|people|europeans|teenagers|youths|youngsters|men|women|recruits|foreigners|fighters|many|some|others|thousands|hundreds|those|converts|students|boys|girls',
);
const WHY = wordClass('why|how|reasons|research|study|studies|analysis');
/** Round 78 (`dev90`): a third person's attempt told (`He had twice tried to reach Syria to join ISIS`). */
const TRIED = wordClass(
  'tried|trying|wanted|planned|attempted|attempting|hoped|left|went|travelled|traveled|intended',
);
/** Round 93 (`heldout62`, now `dev110`): a court's or the police's account (`convicted for trying to travel to join ISIS`). */
const CHARGED = wordClass(
  'convicted|charged|jailed|sentenced|arrested|accused|prosecuted|detained|imprisoned',
);
/**
 * Whether an English `join` at `at` is told of others rather than urged (round 42, a red-team's civil probe): its
 * subject just before it (`young Europeans join`), or a question of why or how in the four words before.
 */
export function joinedBySomeone(tokens: readonly Token[], at: number): boolean {
  const { text, sentence } = tokens[at]!;
  if (text !== 'join' && text !== 'joining' && text !== 'joined') return false;
  if (tokens[at - 1]?.sentence === sentence && JOINER(tokens[at - 1]!)) return true;
  return (
    wordBefore(tokens, at, 4, WHY) ||
    wordBefore(tokens, at, 8, CHARGED) ||
    (wordBefore(tokens, at, 6, TRIED) && wordBefore(tokens, at, 9, JOINER_3RD))
  );
}
