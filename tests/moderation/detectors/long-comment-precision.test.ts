import { describe, it } from 'vitest';
import { expectOutcome } from '../pipeline-cases';

/**
 * Round 26: civil sentences of long comments (`dev82`) that a rule misread, each beside the harmful sentence
 * the rule is for, which it still catches.
 */
describe('rules that misread a civil sentence of a long comment (round 26)', () => {
  it.each([
    // A warning word before a place word is its adjective (cue-rules.ts).
    'Your reporter clearly did careful work, and some editor slapped a panic headline on top of it.',
    // `donne` is Italian for women and French for gives (group-names.ts).
    "Franchement, on se fait mettre dehors de trois pays, et la seule explication qu'on nous donne, c'est la désinformation russe.",
    // A hero's welcome reported (extremism.ts).
    "He was released in 2009 and received a hero's welcome in Tripoli, which the bomb victims' families found obscene.",
    "Megrahi was convicted of the Lockerbie bombing, released in 2009 and given a hero's welcome in Tripoli.",
    // The replacement story in a sentence that debunks it (hate.ts).
    'Rechte Telegram-Gruppen verbreiten die Verschwörungserzählung vom angeblich geplanten Bevölkerungsaustausch.',
    // A claim someone else said (misinformation.ts).
    'He said the last election was stolen, lost sixty court cases, and still repeats it at every rally.',
    'Er sagt, die Wahl sei gestohlen worden, aber kein Gericht gab ihm recht.',
  ])('publishes: %s', async (text) => {
    await expectOutcome(text, 'approved');
  });

  it.each([
    ['Be careful, we know where you work and when you leave.', 'rejected'],
    ['The Lockerbie bomber is a hero and deserves a hero’s welcome, glory to him.', 'rejected'],
    ['Der Bevölkerungsaustausch läuft, jeder sieht es.', 'pending'],
    ["Le grand remplacement c'est pas une théorie, il suffit de regarder autour de soi.", 'rejected'],
    ['The last election was stolen and everybody knows it.', 'pending'],
    ['I said it before and I say it again: the election was stolen.', 'pending'],
  ])('still acts on: %s', async (text, outcome) => {
    await expectOutcome(text, outcome as 'approved' | 'pending' | 'rejected');
  });
});

/** Round 27: civil sentences a rule misread (`dev84`, `dev83`), each beside what the rule still catches. */
describe('rules that misread a civil sentence (round 27)', () => {
  it.each([
    // `going` is an announcement only as `going to` (cue-lexicon.ts); `safe` before the noun it names is
    // its adjective, not a warning (cue-rules.ts).
    "What Hamas fighters did, going house to house in Be'eri, burning families in their safe rooms, was a massacre.",
    'The shelter has safe rooms for every family on the street, the mayor said.',
    // `Schlamperei` is sloppiness, not a form of `Schlampe` (abuse-lexicon.ts).
    'Ehrliche Frage: Ist das normal oder Schlamperei?',
    // A claim forwarded by someone else, or called staged by its author (misinformation.ts).
    'my aunt keeps forwarding the graphene in vaccines stuff and i dont know how to talk to her',
    "Putin's government shelled a maternity hospital and then called it staged. Everyone in Brussels knows it.",
    // A government's line reported (`Moscow says`), a fact-checker's finding (misinformation.ts).
    'Moscow says the whole thing was staged, as it says of every attack.',
    'The video was staged by actors hired for a Russian TV segment, Bellingcat found.',
    // A warning word beside families, children or a school in general, not someone's (cue-aimed.ts, `someones`);
    // a pity about a policy, not a person (`shame_if`).
    'Shame on Hamas and shame on the IDF, the children pay for both.',
    'Such a shame that families are still waiting for news from Bakhmut.',
    'What a shame the kids in Gaza have lost three years of school.',
    "Careful: the children's ward figures are not comparable with last year.",
    'It would be a shame if something derailed the peace talks now.',
  ])('publishes: %s', async (text) => {
    await expectOutcome(text, 'approved');
  });

  it.each([
    ["I'm going to burn your house down with your family inside.", 'rejected'],
    ['Nice house. Your family should stay safe.', 'rejected'],
    ['Halt die Klappe, du dumme Schlampe.', 'rejected'],
    ['La vacuna lleva grafeno, está más que comprobado.', 'pending'],
    ['The whole thing was staged, as always.', 'pending'],
    ['The video was staged by actors hired by the government.', 'pending'],
    [
      'Nice kids you have, Marek. Would be a shame if something happened to them on the way to school.',
      'rejected',
    ],
    ['It would be a shame if something happened to you.', 'rejected'],
    ['The mayor should be careful, his kids go to school on Lenin street.', 'rejected'],
    ['Your daughter walks to school alone. Careful now.', 'rejected'],
  ])('still acts on: %s', async (text, outcome) => {
    await expectOutcome(text, outcome as 'approved' | 'pending' | 'rejected');
  });
});
