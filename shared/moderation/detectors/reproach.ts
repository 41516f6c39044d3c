/**
 * Round 82: what follows `should` or `deserve` when no harm is wished — a reproach (`should be ashamed of themselves`,
 * `should resign`) or a reward (`deserve every medal going`). Read by the cue rules of `cue-rules.ts` (the people called
 * to act, harm wished on people).
 */
import { wordClass } from '../text/phrases';
import type { CueScan } from './cues';

/**
 * A reproach or a reward after `should` or `deserve`: `be ashamed`, `resign`, `apologise`, `avoir honte`, `sich schämen`;
 * `deserve every medal`, `merecen un premio`.
 */
const REPROACH = wordClass(
  [
    'ashamed|embarrassed|resign|apologise|apologize|apologising|apologizing|avergonzarse|avergonzados|avergonzadas|dimitir|honte|demissionner|schamen|zurucktreten|стыдно|стыдиться',
    'medal|medals|award|awards|thanks|credit|praise|recognition|medalla|medallas|premio|reconocimiento|medaille|medailles|auszeichnung|награду|награды|медаль|медали',
  ].join('|'),
);
/** Whether a reproach or a reward follows within two words (`should be ashamed`, `devraient avoir honte`, `deserve every medal`). */
export function reproachAt(scan: CueScan, at: number): boolean {
  for (let k = at; k < at + 3 && k < scan.tokens.length; k++) if (REPROACH(scan.tokens[k]!)) return true;
  return false;
}
