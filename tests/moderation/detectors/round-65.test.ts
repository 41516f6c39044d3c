/**
 * Round 65, from a red-team of the hold/reject boundary (`/work/audit34`) and one of innocent look-alikes
 * (`/work/audit35`): an attack's authors praised for a job well done, and thanked as brothers in Russian; contempt for
 * office holders held, not rejected as hate; a praise word inside the title of a series or a game; Vietnamese names
 * kept out of the Cyrillic reading; an embankment, a dog with her litter, a Norman king's epithet and German dung;
 * `what a dick` said of a commenter. Each with the twins the rules must leave as they were.
 */
import { describe, expect, it } from 'vitest';
import { namesOfficialsOnly } from '../../../shared/moderation/detectors/officials';
import { inCyrillic } from '../../../shared/moderation/text/translit';
import { outcomeCases as cases } from '../pipeline-cases';

describe('round 65: an attack praised as a job well done', () => {
  cases('rejects', 'rejected', [
    'the Crocus attackers did a good job, Russians deserve every death',
    'honestly the bombers did a great job, the whole station is gone',
    'respekt bratyam, kotorye vzorvali etot avtobus, tak i nado',
    'респект братьям, которые взорвали этот автобус',
  ]);
  cases('publishes', 'approved', [
    'the police did a good job catching the attackers',
    'The bomb squad did a great job defusing the device the attackers left',
    'the firefighters did a great job after the bombing',
    'my brothers did a good job renovating the flat',
    'respekt bratyam Klichko, oni horosho boksiruyut',
  ]);
});

describe('round 65: contempt for office holders is held, not rejected as hate', () => {
  cases('holds', 'pending', ['Brussels bureaucrats are parasites living off our taxes']);
  cases('rejects', 'rejected', [
    'migrants are parasites living off our taxes',
    'Muslims are parasites and the politicians protect them',
    'Lampedusa is just the doormat. The infestation spreads north every summer and Brussels hands out welcome packs. Time for pest control, not asylum hearings.',
  ]);
  it('spares only a sentence whose subject is the office holders, and never one that names a group', () => {
    expect(namesOfficialsOnly('Brussels bureaucrats are parasites')).toBe(true);
    expect(namesOfficialsOnly('los de Bruselas son unos vividores')).toBe(true);
    expect(namesOfficialsOnly('the politicians keep the tap running for the sludge')).toBe(false);
    expect(namesOfficialsOnly('the politicians are letting the migrants in, parasites all')).toBe(false);
  });
});

describe('round 65: a praise word inside the title of a work', () => {
  cases('publishes', 'approved', [
    "Dans Le Bureau des légendes l'attentat de la saison 3 est étonnamment réaliste.",
    'The League of Legends finals were cancelled after the bomb threat in Berlin.',
    'Die Serie Haus der Helden zeigt den Anschlag sehr realistisch.',
  ]);
  cases('rejects', 'rejected', [
    'The attackers of Crocus are Heroes of the Ummah',
    'the attackers are legends, better than any film',
  ]);
});

describe('round 65: innocent look-alikes', () => {
  it('keeps Vietnamese names in Latin letters when it reads Russian typed in Latin letters', () => {
    const text = 'vietnamskiy posol Huynh Van Dung vstretilsya s ministrom, v statye oshibka v imeni';
    expect(inCyrillic(text)).toContain('Huynh');
    expect(inCyrillic(text)).toContain('посол');
  });
  cases('publishes', 'approved', [
    'vietnamskiy posol Huynh Van Dung vstretilsya s ministrom, v statye oshibka v imeni',
    'the dyke in Zeeland held during the storm surge, Dutch engineering is something else',
    'Our greyhound bitch just had seven puppies, one is going to a Ukrainian family 🐶',
    'William the Bastard had his own succession crisis, the parallels with this leadership race are funny',
    'Der Bauer fährt den Mist aufs Feld und die Grünen regen sich über Traktoren auf',
  ]);
  cases('still holds', 'pending', [
    'so ein Mist, schon wieder verloren',
    'eto vse huinya, nikto ne poverit',
    "what a dick, this commenter has no idea what he's talking about",
  ]);
  cases('still rejects', 'rejected', ['you bitch, go walk your greyhound']);
});
