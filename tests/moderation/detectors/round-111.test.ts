/**
 * Round 111, from the tuning batches `dev115`–`dev118` (two new writers' batches and the two former held-out halves):
 * the town of Beni is no French `béni` (`cue-rules-extremism.ts`), being told to stop taking readers for fools is no
 * insult (`toxicity/lexicon-data.ts`), a purge of an institution removes no people (`institutionAfter`,
 * `cue-idioms.ts`), `Musel` names a group, a grave where a person belongs is a death wish, the Low Countries' portals and
 * banks are imitated sites, a number called personal is someone's, the writer asked for with `welche`, and attackers
 * said to have been right.
 */
import { describe } from 'vitest';
import { outcomeCases as cases } from '../pipeline-cases';

describe('round 111: from dev115–dev118', () => {
  cases('publishes', 'approved', [
    'The machetes and arson in Mpondwe mirror the ADF raids around Beni and Oicha since 2014. These are war crimes by any definition.',
    'Les massacres de l’ADF autour de Beni durent depuis 2014, et la MONUSCO n’a rien empêché.',
    'La MONUSCO, 25 ans de présence, et les ADF massacrent toujours à Beni. Arrêtez de nous prendre pour des imbéciles avec vos communiqués.',
    'The army purged the ranks of generals loyal to the old regime, Reuters reports.',
    'That idea belongs in the ground with the rest of the austerity programme.',
    'His days as minister are numbered after this scandal.',
    'Der Artikel, welcher gestern geschrieben wurde, nennt die Demonstranten Idioten. Ein Skandal.',
    'Historians argue the Allies were right to do it, given what the Blitz had shown.',
  ]);
  cases('holds', 'pending', [
    'The coup was obviously staged by the presidency itself to purge the army before changing the constitution. Three Americans with no training storm a palace? Please.',
    'La eurodiputada que defendió a Qatar en el pleno tiene este móvil personal: +34 612 48 90 33. Que la llamen y le pregunten cuánto cobró.',
  ]);
  cases('rejects', 'rejected', [
    'Diese Musel in Brüssel sind Ungeziefer, vermehren sich wie Karnickel und wir zahlen auch noch dafür.',
    'Judge Chutkan belongs in the ground with every other traitor on that bench.',
    'The government has put the flood relief form on https://www.be1gium.be/flood-aid apply before Friday!',
    'Comprueba si tu cuenta de ING Bélgica está afectada por la filtración: https://ing-be.secure-verificacion.com/login',
    'Welche hirnlose F0tze hat diesen Artikel geschrieben?? Unfassbar.',
    'Al-Shabaab in Kampala 2010, ADF in Mpondwe 2023, same message: the war comes home. And they were right to bring it.',
  ]);
});
