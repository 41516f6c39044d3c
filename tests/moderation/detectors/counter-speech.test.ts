/**
 * Counter-speech: readers who answer hate and praise of terror repeat their words. The rules that read
 * those words (the hate detector and its cue rule, the toxicity lexicon's group rules, the extremism
 * detector and its cue rule) ask whether the word is asserted (detectors/asserted.ts); the bigot's own
 * forms of the same sentences still count.
 */
import { describe, expect, it } from 'vitest';
import { extremism } from '../../../shared/moderation/checks/extremism';
import { hate } from '../../../shared/moderation/checks/hate';
import { createLexiconProvider } from '../../../shared/moderation/toxicity/lexicon';
import { deniedAt, spokenOfAt } from '../../../shared/moderation/detectors/asserted';
import { tokensOf } from '../../../shared/moderation/text/tokens';
import { outcomeOf } from './support';

const lexicon = createLexiconProvider();
const hateScore = (text: string) => lexicon.scoreText(text).categories.hate;

describe('hate words denied, reported or compared', () => {
  it.each([
    'Migrants are not vermin, and anyone who says so should be ashamed.',
    'Refugees are not parasites, they are people fleeing bombs.',
    'Flüchtlinge sind keine Ungeziefer, wer so redet, hetzt.',
    'Les migrants ne sont pas des cafards, arrêtez avec ce vocabulaire.',
    'The Nazis called Jews vermin for years before the camps.',
    'Every time someone calls Jews vermin here, the thread fills with reports.',
    'Moscow television talks about Ukrainians like about subhumans, just without the word.',
    'Das Staatsfernsehen redet über Ukrainer wie über Untermenschen.',
    'The youth wing posted a meme of migrants as rats on a boat.',
  ])('passes the hate check: %s', async (text) => {
    expect(await outcomeOf(hate, text)).toBe('pass');
  });

  it.each([
    'Migrants are not vermin, and anyone who says so should be ashamed.',
    'Refugees are not parasites, they are people fleeing bombs.',
    'Every time someone calls Jews vermin here, the thread fills with reports.',
  ])('scores no group hate in the lexicon: %s', (text) => {
    expect(hateScore(text)).toBeLessThan(0.7);
  });

  it.each([
    // The assertion after the denial, a limiting negation, a negated comparison.
    'They are not refugees, they are parasites.',
    'These are not people. Migrants are vermin.',
    'Muslims are nothing but parasites.',
    'Migrants are not just vermin, they are a plague.',
    'Мигранты — не люди, а тараканы.',
    'Diese Flüchtlinge sind Ungeziefer.',
    'Migrants are like rats.',
    'This meme is right, migrants are rats.',
  ])('still rejects: %s', async (text) => {
    expect(await outcomeOf(hate, text)).toBe('reject');
  });

  it('reads the negation of `aren’t` and a refutation with `not true`', () => {
    const denied = tokensOf('Refugees aren’t parasites.').tokens;
    expect(
      deniedAt(
        denied,
        denied.findIndex((t) => t.text === 'parasites'),
      ),
    ).toBe(true);
    const limited = tokensOf('Refugees are not just parasites.').tokens;
    expect(
      deniedAt(
        limited,
        limited.findIndex((t) => t.text === 'parasites'),
      ),
    ).toBe(false);
  });
});

describe('praise of attackers cited to reject it', () => {
  it.each([
    'Anyone who calls the Bataclan attackers heroes has lost their moral compass.',
    'Celui qui a écrit que les tueurs du Bataclan étaient des héros devrait avoir honte.',
    'The Bataclan gunmen murdered 90 people at a concert. There was nothing heroic about the attackers.',
    "Il n'y a rien d'héroïque à tirer sur des gens au Bataclan.",
  ])('passes the extremism check: %s', async (text) => {
    expect(await outcomeOf(extremism, text)).toBe('pass');
  });

  it.each([
    'I call the Bataclan attackers heroes.',
    'The Bataclan attackers were heroes, whatever the people who call them terrorists say.',
    'Those who attacked the Bataclan are not criminals, they are heroes.',
  ])('still rejects: %s', async (text) => {
    expect(await outcomeOf(extremism, text)).toBe('reject');
  });

  it('needs the verb in the same clause and a relative pronoun or a leading gerund', () => {
    const source = 'People who know, the attackers are heroes.';
    const { tokens } = tokensOf(source);
    expect(
      spokenOfAt(
        source,
        tokens,
        tokens.findIndex((t) => t.text === 'heroes'),
      ),
    ).toBe(false);
    const cited = 'Calling the attackers heroes is obscene.';
    const t2 = tokensOf(cited).tokens;
    expect(
      spokenOfAt(
        cited,
        t2,
        t2.findIndex((t) => t.text === 'heroes'),
      ),
    ).toBe(true);
  });
});

describe('`go back to` as an idiom', () => {
  it('passes when it sends someone back to school, work or the drawing board', async () => {
    expect(
      await outcomeOf(hate, 'Migrants are welcome here. The MP who said otherwise should go back to school.'),
    ).toBe('pass');
    expect(await outcomeOf(hate, 'Refugee policy? The ministry should go back to the drawing board.')).toBe(
      'pass',
    );
  });

  it('still rejects a group sent back to a country', async () => {
    expect(await outcomeOf(hate, 'Those migrants should go back to Syria.')).toBe('reject');
  });
});

describe('the toxicity lexicon on quoted words', () => {
  it('reads a match with any word in quotation marks as a mention', () => {
    expect(hateScore('Palestinians are not "human animals", whatever the minister said.')).toBeLessThan(0.7);
  });

  it('reads a hole in an argument as no insult', () => {
    expect(lexicon.scoreText('Your logic has a hole in it, friend.').categories.insult).toBe(0);
  });
});
