/**
 * A blessing said over the dead a comment mourns (`Our neighbour's son died in the flood. May Allah accept
 * him`, `Пусть Аллах примет его, наш сосед погиб при обстреле`): what a reader of a Middle East desk writes
 * under every report of a strike, a flood or an earthquake. The same words bless an attacker in the mouths of
 * his admirers (`may Allah accept them`, `extremism-phrases.ts`), so a blessing is mourning only where the
 * comment says someone died or was killed and says nothing in praise of an attack, an attacker or an
 * organisation, and recruits for none.
 *
 * The extremism check leaves such a blessing alone, and the classifier does not count its `extremism`
 * probability towards a hold or a rejection (as for praise of those who fought an organisation,
 * `onTheOtherSide`).
 */
import { PhraseSet, wordClass } from '../text/phrases';
import { tokensOf } from '../text/tokens';
import { deniedAt } from './asserted';
import { mentioned } from './common';
import { PHRASES } from './extremism-phrases';
import type { Kind } from './extremism-phrases';

/** Someone died, was killed or is mourned. */
const DEATH = wordClass(
  [
    'died|dies|passed|killed|victim|victims|funeral|buried|mourn|mourning|condolences|rip|perished',
    'murio|murieron|fallecio|fallecieron|fallecido|fallecida|asesinado|asesinada|asesinados|victima|victimas|entierro|pesame|velorio',
    'mort|morte|morts|mortes|decede|decedee|tue|tuee|tues|victime|victimes|obseques|condoleances',
    'gestorben|starb|starben|getotet|umgekommen|opfer|beerdigung|beileid|trauer',
    'погиб|погибла|погибли|умер|умерла|умерли|убит|убита|убиты|жертва|жертвы|похороны|соболезнования|pogib|pogibli|umer',
    'morto|morta|morti|ucciso|uccisa|uccisi|vittima|vittime|funerale|faleceu|morreu|morreram|vitima|vitimas|zginal|zginela|zgineli|zmarl|zmarla',
    'vefat|kaybettigimiz|hayatini|rahmet|lillahi|rajiun|raji',
  ].join('|'),
);

/**
 * What makes a blessing praise: praise, a praised act, a justification, recruitment, a call, a slogan, or the
 * blessed being attackers or fighters. An organisation named is not enough (`three children killed in the Hamas
 * strike`).
 */
const PRAISING = new Set<Kind>([
  'praise',
  'praise_act',
  'justify',
  'recruit',
  'recruit_strong',
  'call',
  'slogan',
  'attacker',
  'fighter',
]);

/**
 * The dead made martyrs (`parmi les chouhada`), or the attacker as his admirers name him (`the brother`, `le
 * frère de Molenbeek`, where a mourner says `my brother`): a blessing beside them is an admirer's.
 */
const ADMIRERS = new PhraseSet<true>([
  [
    '{martyr|martyrs|martyrdom|shaheed|shahid|shuhada|shuhadaa|chahid|chouhada|martir|martires|martyre|martyres|martyrer|schahid|шахид*|мученик*}',
    true,
  ],
  [
    '{the|le|du|au|der|dem|den|el|al|del|il|этот|наш} {brother|frere|bruder|hermano|fratello|брат|брату|брата}',
    true,
  ],
]);

/** Whether the comment's blessings are said over the dead it mourns (see the module comment). */
export function mourned(source: string): boolean {
  const { tokens } = tokensOf(source);
  let blessing = false;
  for (const h of PHRASES.scan(tokens)) {
    const kind = h.phrase.meta;
    if (kind === 'bless') blessing = true;
    else if (PRAISING.has(kind) && !mentioned(tokens, h.from, h.to) && !deniedAt(tokens, h.from))
      return false;
  }
  return blessing && tokens.some((t) => DEATH(t)) && ADMIRERS.scan(tokens).length === 0;
}
