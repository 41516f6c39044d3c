/**
 * A harm told as the purpose something served (round 73, the tuning batch `dev88`: `Les vaccins distribués dans les camps
 * de réfugiés servaient à stériliser les femmes`): a claim about the past, which the misinformation check reads, not a
 * call to remove a group (`cue-rules.ts`).
 */
import { wordClass } from '../text/phrases';
import type { Token } from '../text/tokens';

const SERVED = wordClass(
  'served|used|meant|servaient|servait|sirven|servian|servia|dienten|dienen|diente|служили|служат|служило',
);
const SERVED_TO = wordClass('to|a|para|zu|для|dlya');
/** Whether the word at `at` follows `served to`, `were used to`, `servaient à` (a purpose told, not a call). */
export function servedTo(tokens: readonly Token[], at: number): boolean {
  const to = tokens[at - 1];
  const served = tokens[at - 2];
  return (
    to !== undefined &&
    served !== undefined &&
    SERVED_TO(to) &&
    SERVED(served) &&
    served.sentence === tokens[at]!.sentence
  );
}
