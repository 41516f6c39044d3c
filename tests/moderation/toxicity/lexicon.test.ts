import { describe, expect, it } from 'vitest';
import { createLexiconProvider, lexiconProvider } from '../../../shared/moderation/toxicity/lexicon';
import type { ToxicityResult } from '../../../shared/moderation/toxicity/types';

const score = (text: string) => lexiconProvider.score(text) as ToxicityResult;

describe('lexicon provider', () => {
  it('scores nothing in the vocabulary of war reporting', () => {
    const r = score(
      'The strike killed 40 civilians; investigators documented rape as a weapon of war, and the terrorists who bombed the market were Nazis in all but name. Genocide charges follow.',
    );
    expect(Object.values(r.categories).every((s) => s === 0)).toBe(true);
    expect(r.evidence).toEqual([]);
  });

  it('rates an insult higher when it is aimed at the reader', () => {
    expect(score('Only an idiot would believe that').categories.insult).toBe(0.55);
    // Held, not rejected: a milder insult aimed at someone (the evaluation set's labelling guide).
    expect(score('you are an idiot').categories.insult).toBe(0.75);
    expect(score('idiot, you are').categories.insult).toBe(0.75);
    expect(score('you are a wanker').categories.insult).toBe(0.92);
  });

  it('scores nothing for an insult the speaker says of themselves', () => {
    for (const text of [
      "I'm an idiot, I misread the chart: the figure is per capita.",
      'I am such an idiot, I confused Georgia the state with Georgia the country.',
      "Je suis un idiot, j'ai confondu les deux rapports.",
      'Ich bin ein Idiot, ich habe die Zahl falsch gelesen.',
    ])
      expect(score(text).categories.insult, text).toBe(0);
    // The same word of anyone else still counts.
    expect(score("I'm surrounded by idiots in this thread.").categories.insult).toBeGreaterThan(0);
    expect(score('I think you are an idiot.').categories.insult).toBe(0.75);
  });

  it('does not aim an insult across a sentence', () => {
    expect(score('Thank you. The policy is stupid.').categories.insult).toBe(0.3);
  });

  it('scores a dehumanising word as hate only next to a group of people', () => {
    expect(score('Rats spread plague in the trenches').categories.hate).toBe(0);
    expect(score('Migrants are rats').categories.hate).toBe(0.85);
    expect(score('Prisoners were treated like animals by the guards').categories.hate).toBe(0);
  });

  it('scores a call to execute people as a threat, as one to hang or shoot them', () => {
    // An outside red-team: `… should be executed.` was published where `… should be hanged.` was not.
    for (const text of [
      'Migrants should be executed.',
      'Jews must be executed.',
      'Muslims should be beheaded.',
    ])
      expect(score(text).categories.threat, text).toBeGreaterThanOrEqual(0.7);
    // History and reporting are not calls.
    for (const text of ['Under the old law, traitors could be executed.', 'The hostages were executed.'])
      expect(score(text).categories.threat, text).toBe(0);
  });

  it('scores a threat more with a speaker’s intent', () => {
    expect(score('the cold will kill you').categories.threat).toBe(0.5);
    expect(score("I'll kill you").categories.threat).toBe(0.92);
  });

  it('combines separate matches of a category as independent evidence', () => {
    expect(score('shit. shit.').categories.profanity).toBeCloseTo(1 - 0.55 * 0.55, 3);
  });

  it('lets a phrase define the words inside it', () => {
    const r = score('useful idiots for the Kremlin');
    expect(r.categories.insult).toBe(0.2);
    expect(r.evidence.map((e) => e.value)).toEqual(['useful idiot']);
  });

  it('records each term with its span and why it scored', () => {
    expect(score('Migrants are rats').evidence).toEqual([
      {
        kind: 'term',
        value: 'rats',
        span: [13, 17],
        score: 0.85,
        detail: 'hate: "rats" near "Migrants" (group)',
      },
    ]);
  });

  it('reads a capitalised word with an accent the term lacks as a name, not the insult', () => {
    expect(score('La base de Morón va a recibir más tropas, según el artículo.').categories.insult).toBe(0);
    // Lower-case accents still read through as obfuscation.
    expect(score('you are a mòron').categories.insult).toBe(0.75);
  });

  it('is deterministic', () => {
    const text = 'You absolute m0r0n, I will find you';
    expect(score(text)).toEqual(score(text));
  });

  it('accepts a custom lexicon', () => {
    const custom = createLexiconProvider({
      entries: [{ term: 'blorf', base: { insult: 0.7 } }],
      markers: [],
      allowed: [],
    });
    expect((custom.score('b.l.o.r.f') as ToxicityResult).categories.insult).toBe(0.7);
  });
});
