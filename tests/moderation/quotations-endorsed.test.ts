/**
 * A quotation agreed with is the comment's own words (round 36, a red-team of replies, `/work/audit21`): agreement
 * with the one quoted, next to the quotation, in a longer reply. Quoting in order to object, to report or to say
 * someone else was right to report it stays a mention (docs/moderation-rounds.md, round 36).
 */
import { describe } from 'vitest';
import { outcomeCases as cases } from './pipeline-cases';

describe('a quotation agreed with', () => {
  cases('rejects', 'rejected', [
    '"Refugees are vermin and should be gassed" — harsh but true, and everyone in my street says so.',
    'Somebody wrote "the Roma are a plague, gas them all" and honestly they are not wrong.',
    'Alguien puso «los inmigrantes son ratas que hay que ahogar» y tiene toda la razón, que se ahoguen.',
    'Jemand schrieb „Flüchtlinge sind Ratten, die man vergasen sollte“ und hat völlig recht.',
    'Totally agree with the guy who wrote "migrants are rats and should be gassed".',
  ]);
  cases('publishes', 'approved', [
    '"Refugees are vermin and should be gassed" — that is not true, and it is the language of 1938.',
    'Alguien puso «los inmigrantes son ratas que hay que ahogar». No estoy de acuerdo y lo he denunciado.',
    'Someone chanted "death to the Jews" at the march. The reporter was right to quote it word for word.',
    'The message the MP received — "we know where your kids go to school" — is exactly why security matters.',
    'Der Angeklagte schrieb „Die gehören alle ins Gas“. Das Gericht wertete das als Volksverhetzung. Richtig so.',
  ]);
});
