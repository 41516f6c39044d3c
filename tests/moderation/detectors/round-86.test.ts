/**
 * Round 86, from a red-team of personal data (`/work/audit48`): public and historical contact details are no one's
 * personal data — NGOs, memorials, embassies in more languages, houses now museums, addresses told with a year of the
 * past, famous fictional addresses, dates after a street, newsroom mailboxes, switchboards and helplines. With their
 * twins, each checked on the code before the round.
 */
import { describe } from 'vitest';
import { outcomeCases as cases } from '../pipeline-cases';

describe('round 86: public and historical contact details', () => {
  cases('publishes', 'approved', [
    "MSF's office is at Chancery Exchange, 10 Furnival Street, London EC4A 1AB, donations by post work too",
    'The 9/11 memorial is at 180 Greenwich St, New York, NY 10007, free entry to the plaza',
    'Hommage devant le Bataclan, 50 boulevard Voltaire, à 21h',
    "Victor Hugo vivait au 6 place des Vosges, c'est un musée maintenant",
    'Trotsky was killed in his house on Avenida Viena 19 in Coyoacán, 1940, ice axe',
    'The Dakota, 1 West 72nd Street, where Lennon was shot in 1980',
    '742 Evergreen Terrace has a more coherent foreign policy than this government',
    'Breitscheidplatz, 19.12.2016, 13 Tote. Nicht vergessen',
    "Karl Marx' Geburtshaus steht in der Brückenstraße 10 in Trier",
    'Embaixada de Portugal em Kiev: Rua Yaroslaviv Val 4, atendimento consular por marcação',
    "The Guardian's switchboard is +44 20 3353 2000 if you want to complain about the headline",
    'Home Office public enquiries: 020 7035 4848, good luck getting through',
    "SOS Amitié : 09 72 39 40 50, si l'article vous a remué",
    'La rédaction de France Info a un formulaire de témoignage, ou par mail à alerte@radiofrance.com',
  ]);
  cases('still holds', 'pending', [
    '1420 W Fullerton Ave #2, Chicago, IL — the ICE snitch lives there with her boyfriend',
    'she lives at 1905 Maple Street, go tell her what you think',
    'her mobile is 07700 900123, call her and tell her what you think of her article',
    'write to him directly, d.kowalski.home@gmail.com, he reads everything',
  ]);
});
