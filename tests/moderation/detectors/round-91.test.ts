/**
 * Round 91, from a red-team of violence wished on or called for against a person in the third person, passive or
 * impersonal (`/work/audit52`): an execution called for is rejected when aimed at one person and no verb of saying
 * comes before it (`threats.ts`), a person named by a trade after a determiner counts, and new third-person wishes
 * and calls (`threats-phrases-third.ts`). With their twins, each checked on the code before the round.
 */
import { describe } from 'vitest';
import { outcomeCases as cases } from '../pipeline-cases';

describe('round 91: violence wished or called for in the third person', () => {
  cases('publishes', 'approved', [
    'the general should be hunted down by Interpol and extradited to face trial',
    "si un drone russe entre encore dans l'espace aérien polonais, il faut l'abattre sans hésiter",
    'I hope the plane carrying the hostages lands safely in Doha',
    'He deserves a statue in front of the ministry for what he did in Mariupol',
    'ojalá el avión del ministro aterrice a tiempo para la votación',
    'Hoffentlich landet sein Flugzeug pünktlich in Kiew',
    'Mussolini ended up hanging from a petrol station roof in Milan in 1945',
  ]);
  cases('holds a call reported after a verb of saying, as before the round', 'pending', [
    'Duterte said drug dealers should be shot, and thousands died in the streets',
    'the journalist says she got messages saying she should be hanged; the Met is investigating',
  ]);
  cases('rejects', 'rejected', [
    // Held at round 91 (the person too vague to count as one); rejected since round 94.
    'mark my words, the junta chief ends up hanging from a bridge in Niamey with his guts out',
    'tomara que o avião desse deputado caia',
    'that election official needs to be strung up for what he did to the count in Maricopa',
    'the imam in that video should be set on fire in front of his own mosque',
    'she should be stoned to death for that column, no exaggeration',
    'the doctor who pushed the jabs should be hunted down and shot like a dog',
    "hoping the Sahel correspondent gets kidnapped by JNIM and beheaded, then she'll stop making excuses for them",
    'the commenter above deserves a brick to the skull for defending Hamas',
    'the blonde girl from the BBC panel is going to be found with her throat cut one of these days',
    'that UN envoy should be dragged behind a truck through Gaza City',
    'ojalá se estrelle el avión del ministro a la vuelta de Bruselas',
    'esa jueza merece que la cuelguen de un puente',
    'alguien debería meterle una bala a ese diputado antes de la votación',
    'que alguien queme la casa de ese fiscal con él dentro',
    "cette juge mérite d'être pendue place de la Concorde",
    'on le retrouvera dans un fossé un de ces jours, ce préfet',
    'hoffentlich stürzt sein Flugzeug auf dem Rückweg aus Kiew ab',
    'jemand sollte dem Bürgermeister endlich eine Kugel verpassen',
    'надеюсь, его самолёт рухнет где-нибудь над морем',
    'скоро его найдут в канаве, этого предателя',
    "nadeyus' ego samolet upadet v more",
    "speriamo che l'aereo del ministro precipiti",
  ]);
});
