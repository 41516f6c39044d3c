/**
 * Round 89, from a red-team of hate (`/work/audit49`): genocide wished (the Holocaust that "should have" happened, a
 * people that deserves to be wiped off the map, people to be eliminated at birth), collective guilt and generalisation
 * (born thieves, women only good for one thing, all of them into reservations), aberrations of nature, four slurs, and
 * the civil senses that looked like them (a dyke breached by a flood, a conviction approved `zu Recht`). With their
 * twins, each checked on the code before the round.
 */
import { describe } from 'vitest';
import { outcomeCases as cases } from '../pipeline-cases';

describe('round 89: hate wished, generalised and slurred, and its civil neighbours', () => {
  cases('publishes', 'approved', [
    'The Holocaust happened, and denying it should have consequences in court',
    'Women are only good for the job if they get the same training, said the general, and he was wrong',
    'The women only good for the front pages were the ones who survived Mariupol',
    'Babies with heart defects were killed at birth in the Aktion T4 programme, a crime historians document',
    "Der Angeklagte brüllte 'Ausländer raus' und zeigte den Hitlergruß, zu Recht verurteilt",
    'The Kakhovka dam breach flooded the dykes downstream of Kherson',
    "Les taches mongoliennes sont fréquentes chez les nourrissons d'Asie centrale",
    "Israel's government bears responsibility for the blockade, but punishing Israelis as a people would be wrong",
    "White genocide is a conspiracy theory pushed by the Christchurch shooter's manifesto",
    'Hamas deserves to be wiped out as an organisation, its voters do not',
  ]);
  cases('rejects', 'rejected', [
    "Holocaust didn't happen but it should have",
    "les Ukrainiens sont un peuple de nazis, ils méritent d'être rayés de la carte",
    'les mongoliens devraient être éliminés à la naissance',
    'цыгане — прирождённые воры, всех их в резервацию',
    'las mujeres solo sirven para la cocina y para abrir las piernas',
    'Schlitzaugen bringen nur Viren, Grenzen zu für die Gelben',
    'los travelos son aberraciones de la naturaleza',
    'os macacos pretos tinham que voltar para a África',
    "negry obez'yany, pust' sidyat v svoej Afrike",
    'Every Muslim in this city cheered for the Bataclan, treat them all as the enemy',
  ]);
});
