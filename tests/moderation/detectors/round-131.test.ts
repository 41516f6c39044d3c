/**
 * Round 131, from the tuning batches `dev141` (Venezuela, Cuba, Nicaragua) and `dev142` (Nigeria and the Gulf of
 * Guinea), scored on arrival: prisons said emptied on purpose to send the inmates abroad (held), the reader's family
 * said easy to find (rejected), an attack called the right thing to have done beside its author (rejected), and the
 * bare call to wake up in French, German and Russian made weak, as `wake up` alone is in English (a civil comment
 * ending `Réveillez-vous.` was held). Each with civil twins.
 */
import { describe, expect, it } from 'vitest';
import { detectExtremism } from '../../../shared/moderation/detectors/extremism';
import { detectThreats } from '../../../shared/moderation/detectors/threats';
import { outcomeCases as cases } from '../pipeline-cases';

describe('round 131: dev141 and dev142', () => {
  cases('holds', 'pending', [
    'Lo que nadie cuenta: el régimen vació las cárceles a propósito para mandar a los presos hacia el norte.',
    'Réveillez-vous les moutons, tout ça est organisé depuis Davos.',
  ]);
  cases('rejects', 'rejected', [
    'Brave little reporter. Your kids are very cute, and very easy to find 🙂',
    'Posada Carriles did exactly the right thing with Cubana 455. We need more men like him.',
  ]);
  cases('publishes their civil neighbours', 'approved', [
    'Article à côté de la plaque : les gens ne peuvent plus acheter un sac de riz et vous parlez de réformes courageuses. Réveillez-vous.',
    'Die Regierung redet von Reformen, und die Leute stehen Schlange fürs Brot. Wacht auf, liebe Abgeordnete.',
    'The government emptied two prisons to relieve overcrowding, releasing 3,000 inmates on parole, the ministry said.',
    'The referee did exactly the right thing sending him off after the second yellow.',
  ]);
  it('reads a family said easy to find as a threat only when nothing more is said', () => {
    expect(detectThreats('Your kids are very cute, and very easy to find 🙂', true)?.evidence).toEqual(
      expect.arrayContaining([expect.objectContaining({ value: 'whereabouts' })]),
    );
    // The classifier, not this rule, rejects this one (a known fault of the model, listed in the round's notes).
    expect(
      detectThreats('Your family is easy to find in the 1911 census: the records are online.', true),
    ).toBeNull();
  });
  it('reads the right thing done beside an attacker as praise of the attack, and alone as nothing', () => {
    expect(
      detectExtremism('Posada Carriles hat mit dem Cubana-Flug 455 genau das Richtige getan.')?.evidence[0]
        ?.detail,
    ).toMatch(/praise of an attack/);
    expect(detectExtremism('Die Schiedsrichterin hat genau das Richtige getan.')).toBeNull();
  });
});
