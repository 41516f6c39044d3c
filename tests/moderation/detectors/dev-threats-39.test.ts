/**
 * Round 39, from the tuning batches' published threats and ambiguous calls: a threat told as surveillance
 * (`detectors/threats-routine.ts`: a routine or a family watched with a time or a place, and a warning anywhere in
 * the comment; each part alone is civil), and calls that say the street or the people will act.
 */
import { describe, expect, it } from 'vitest';
import { watchedRoutine } from '../../../shared/moderation/detectors/threats-routine';
import { outcomeCases as cases } from '../pipeline-cases';

describe('a routine or a family watched, and a warning', () => {
  cases('rejects', 'rejected', [
    'Councillor Hayes, your daughter walks to school down Mill Lane every morning at 8. Think carefully before the vote.',
    'Señora alcaldesa, su hijo sale del colegio todos los días a las 5. Piénselo bien antes de firmar.',
    'Monsieur le maire, votre femme fait ses courses chaque samedi à Carrefour. Ce serait dommage qu’il lui arrive quelque chose.',
    'Herr Bürgermeister, Ihre Kinder spielen jeden Nachmittag im Park. Überlegen Sie sich das gut.',
    'Assessore Rossi, sua figlia prende il treno delle 7:40 ogni mattina. Ci pensi bene.',
    'Депутат Смирнов, ваша жена каждый день гуляет с собакой в 7 утра. Подумайте хорошенько.',
    // Published by every other check.
    'Frau Senatorin, Ihre Tochter trainiert jeden Dienstag um 18 Uhr im Verein. Man findet jeden.',
    'Onorevole Bianchi, suo marito esce dalla palestra alle 21 ogni sera. Sarebbe un peccato se qualcuno lo aspettasse.',
    'Minister Okafor talks big for a man whose convoy takes the same road past the market every Friday at 5.',
  ]);
  cases('publishes', 'approved', [
    'Councillor Hayes, your office at the town hall closes early every Friday. Please think of the residents who need it.',
    'My daughter walks to school every morning at 8 and the crossing still has no lights.',
    'Think carefully before the vote: the bill changes how schools are funded.',
    'Her son was diagnosed in Leipzig last year; the family asks for privacy.',
  ]);
});

describe('its evidence', () => {
  it('spans the watched routine and the warning', () => {
    const text =
      'Sindaco Colombo, suo figlio prende il bus delle 7:20. Ci pensi bene prima di aprire il centro.';
    const evidence = watchedRoutine(text);
    expect(evidence?.value).toBe('watched');
    expect(text.slice(...evidence!.span!)).toMatch(/^suo figlio .* Ci pensi bene$/);
  });
  it('needs a warning', () => {
    expect(watchedRoutine('Sindaco Colombo, suo figlio prende il bus delle 7:20 per il liceo.')).toBeNull();
  });
});

describe('the street will have its say, power hears one language, a welcome they will not forget', () => {
  cases('holds', 'pending', [
    'ulica eshche skazhet svoe slovo, pust chinovniki poka spyat spokoino',
    'Хватит петиций. Власть слышит только один язык.',
    'En mi barrio ya estamos organizados: la próxima patera que llegue a la playa va a tener un comité de bienvenida que no se van a olvidar.',
  ]);
  cases('publishes', 'approved', [
    'Улица в центре снова перекрыта из-за ремонта, объезд через мост.',
    'The welcome committee at the refugee centre handed out tea and blankets.',
  ]);
});

describe('someone announced to visit the person addressed', () => {
  cases('rejects', 'rejected', [
    'Someone will pay you a visit soon, Okafor. People here remember names.',
    'Alguien te va a hacer una visita, Marta. En el barrio no se olvida.',
    'Quelqu’un va te rendre une petite visite, Dupont.',
  ]);
  cases('publishes', 'approved', [
    'I’ll pay you a visit next time I’m in Lisbon, we can finally get that coffee.',
    'Le médecin va te rendre visite demain matin, repose-toi.',
  ]);
});
