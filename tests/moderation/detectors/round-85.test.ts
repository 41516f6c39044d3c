/**
 * Round 85, from a red-team of violent extremism (`/work/audit47`) and the misses of the tuning batch `dev102` (scored once
 * when it arrived): the attackers' saints and the call to "real Muslims" in more languages, spellings that dodge the
 * organisations' names, justification by harvest, coded blessings; a post held, and three more moves of conspiracy talk.
 * With their twins, each checked on the code before the round.
 */
import { describe } from 'vitest';
import { outcomeCases as cases } from '../pipeline-cases';

describe('round 85: extremism in more languages and spellings', () => {
  cases('rejects', 'rejected', [
    'San Tarrant no hizo nada malo, lean el manifiesto y despierten',
    'Святой Таррант ничего плохого не сделал, читайте манифест',
    'Svyatoy Tarrant vse sdelal pravilno, chitayte manifest',
    'Święty Tarrant nie zrobił nic złego, przeczytajcie manifest',
    "Un vrai musulman serait avec l'État islamique en ce moment, pas à commenter chez les kouffar",
    'Wer ein echter Muslim ist, schließt sich dem Islamischen Staat an statt hier zu kommentieren',
    'Si eres musulmán de verdad deberías estar con el Estado Islámico, no aquí comentando',
    'The Manchester Arena bombing victims were collateral, nothing more',
    'Da primet Allah bratyev iz ISIS, nastoyashchie lvy',
  ]);
  cases('publishes', 'approved', [
    'Таррант убил 51 человека в Крайстчерче, суд дал ему пожизненное',
    'San Francisco has a Tarrant Street, apparently, which caused some confusion in the coverage',
    'A real Muslim scholar explained on TV why the Islamic State has nothing to do with the faith',
    "Petite précision : c'est Ferdinand Marcos qui était chef de l'État, Imelda avait des postes de ministre et de gouverneure de Manille mais pas plus.",
  ]);
  cases('still holds', 'pending', ['ces traîtres, au poste de police puis à la lanterne']);
});

describe('round 85: conspiracy moves', () => {
  cases('holds', 'pending', [
    'The Jolo bombing was done by the army itself to justify extending martial law in Mindanao. Everyone in Sulu knows it.',
    'Aquino sam vse i ustroil chtoby stat geroem, a strelyal v nego ego zhe ohrannik. ob etom vse molchat',
  ]);
});
