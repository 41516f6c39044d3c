/**
 * Round 38's markers, read from the tuning batches' published `semantic` comments (docs/moderation-rounds.md,
 * round 38): hearsay as a source beside a cover-up, an event fabricated or scripted for a purpose, the call to
 * share before deletion, with civil twins (a reader's own experience, a report of what was proven).
 */
import { describe } from 'vitest';
import { outcomeCases as cases } from '../pipeline-cases';

describe('hearsay beside a cover-up, fabrication for a purpose, sharing before deletion', () => {
  cases('holds', 'pending', [
    'Die Zahlen werden seit Jahren vertuscht. Hat mir ein Polizist aus Köln persönlich erzählt.',
    'The leak was fabricated by the ministry to justify the new surveillance law.',
    'Le rapport a été fabriqué pour faire passer la réforme des retraites.',
    'Partagez avant que ça disparaisse : le rapport interne dit tout.',
    'Teilt es, bevor es gelöscht wird! Die Behörde hat die Studie versteckt.',
    'Das Ergebnis stand schon vorher fest, und warum berichtet keiner darüber?',
    'Todo estaba guionizado, ya está demostrado aunque no les interesa contarlo.',
  ]);
  cases('publishes', 'approved', [
    'Hat mir ein Freund erzählt, dass das Museum am Sonntag kostenlos ist.',
    'Мне знакомый врач рассказывал, как тяжело работать в прифронтовой больнице.',
    'Me lo dijo un amigo que vive en Valencia: el agua llegó hasta el segundo piso.',
    'The court found the evidence was fabricated by the police officers, who were convicted.',
    'The ceremony was scripted down to the minute, as royal events always are.',
    'The link between smoking and lung cancer has been proven for decades.',
    'Partagez l’article avec vos proches, il explique bien la réforme.',
  ]);
});
