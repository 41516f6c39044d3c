/**
 * A report of a threat someone received (round 34, a red-team's civil probes: `Журналистка Соколова сообщила,
 * что ей написали про школу номер 12, где учится её дочь; полиция проверяет`, `Sofia L. raconte qu'un internaute
 * lui a conseillé de ne plus rentrer seule le soir`): the classifier reads the threat's own details (a child's
 * school, a street at night) and rejected the report as the threat. A comment that tells what was said to a third
 * person — a verb of telling with its `that`, or the police investigating — and speaks to no one (no handle, no
 * second person) is read without its `threat` mass (`modelVerdict`). A threat dressed as a report still speaks
 * to its target (`police won't help you`) and is read as before.
 */
import { wordClass } from '../text/phrases';
import { HANDLE, tokensOf } from '../text/tokens';
import { CLASSES } from './word-classes';

/** The reader spoken to, or their possessions (`word-classes.ts`, as every check reads them). */
const SECOND_PERSON = wordClass(`${CLASSES.you}|${CLASSES.your}`);

/**
 * A verb of telling in the third person, before the `that` of what was told. Not `wrote`: `the reporter who wrote
 * this` is how a threat names its target.
 */
const TOLD = wordClass(
  [
    'told|tells|said|says|reported|reports|recounted|recounts|described|describes|explained|explains|testified',
    'conto|cuenta|dijo|relato|denuncio|explico|aseguro|declaro',
    'raconte|racontait|explique|declare|affirme|temoigne|rapporte|relate',
    'berichtet|berichtete|erzahlt|erzahlte|sagte|schilderte|schildert|erklarte',
    'сообщил|сообщила|сообщили|рассказал|рассказала|рассказали|заявил|заявила|заявили',
    'soobshchil|soobshchila|soobshila|rasskazal|rasskazala|zayavil|zayavila',
  ].join('|'),
);
const THAT = wordClass('that|que|qu|dass|что|chto|shto');
/** The speaker as the one told (`told me that`): the speaker's own story, not a report. */
const SPEAKER = wordClass('me|us|mir|mich|uns|moi|nous|мне|нам|mne|nam');

/** A relative `who` before the verb describes someone (`the reporter who said that …`), not a report. */
const WHO = wordClass('who|que|qui|der|die|который|которая|kotoryy|kotoraya');

const POLICE = wordClass('police|policia|polizei|полиция|policiya|politsiya|gendarmerie');
const INVESTIGATING = wordClass(
  'investigating|investigates|investigate|investiga|investigan|enquete|ermittelt|ermitteln|проверяет|проверяют|расследует|proveryaet|proveryayut|rassleduet',
);

/** Whether `text` reports a threat told to someone else and speaks to no one. */
export function reportsAThreat(text: string): boolean {
  const { tokens } = tokensOf(text);
  let frame = false;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === HANDLE || SECOND_PERSON(t)) return false;
    if (frame) continue;
    if (POLICE(t)) {
      for (let j = k + 1; j <= k + 3 && j < tokens.length; j++) if (INVESTIGATING(tokens[j]!)) frame = true;
    } else if (TOLD(t) && !SPEAKER(tokens[k + 1] ?? t) && !WHO(tokens[k - 1] ?? t)) {
      for (let j = k + 1; j <= k + 5 && j < tokens.length && tokens[j]!.sentence === t.sentence; j++)
        if (THAT(tokens[j]!)) frame = true;
    }
  }
  return frame;
}
