import { describe, expect, it } from 'vitest';
import { shouting } from '../../../shared/moderation/checks/shouting';
import { textFlood } from '../../../shared/moderation/checks/text-flood';
import { defaultPolicy } from '../../../shared/moderation/policy';
import { outcomeOf, resultOf } from './support';

describe('shouting check', () => {
  it.each([
    'STOP PRETENDING THE SANCTIONS ARE WORKING, THEY ARE NOT AND YOU KNOW IT',
    'ok so. NOBODY IN THIS GOVERNMENT HAS READ THE REPORT ON THE FLOODS',
    'ДОКОЛЕ МОЖНО ТЕРПЕТЬ ЭТО ВРАНЬЕ ПРО ЭКОНОМИКУ И ЗАРПЛАТЫ',
    'WARUM BERICHTET NIEMAND ÜBER DIE LAGE AN DER GRENZE ZU POLEN',
    'CES GENS NE SAVENT RIEN DE LA VIE DANS LES VILLAGES DU NORD',
  ])('holds a comment mostly in capitals: %s', async (text) => {
    const result = await resultOf(shouting, text);
    expect(result).toMatchObject({ outcome: 'hold', reason: 'shouting' });
    expect(result.evidence?.[0]?.span?.[0]).toBeGreaterThanOrEqual(0);
  });

  it.each([
    'NATO and the EU met ISIS-linked networks in the MENA region with the IAEA, OSCE and UNHCR present.',
    'This is NOT what the ceasefire agreement says. Read clause 3 again.',
    'GREAT ARTICLE!',
    'The USSR, the USA and the UK signed the NPT in 1968; the DPRK left it in 2003.',
    'Ukraine and Russia both deny it.',
  ])('passes ordinary text with acronyms or short capitals: %s', async (text) => {
    expect(await outcomeOf(shouting, text)).toBe('pass');
  });

  it('follows the policy knobs', async () => {
    const text = 'WHY IS NOBODY TALKING ABOUT THIS AT ALL';
    expect(await outcomeOf(shouting, text)).toBe('hold');
    const policy = defaultPolicy();
    expect(await outcomeOf(shouting, text, { shouting: { ...policy.shouting, minLetters: 40 } })).toBe(
      'pass',
    );
    expect(await outcomeOf(shouting, text, { shouting: { ...policy.shouting, enabled: false } })).toBe(
      'pass',
    );
  });
});

describe('text-flood check', () => {
  it.each([
    ['yesssssssssssssss finally', 'repeated_character'],
    ['what is this?!?!?!?!?!?!?!', 'punctuation'],
    ['. . . . . . . . . . . .', 'punctuation'],
    ['🔥🔥🔥🔥🔥🔥 🔥🔥🔥🔥🔥🔥', 'emoji'],
    ['hahahahahahahahahahahahahaha this article', 'repeated_syllable'],
    ['fake fake fake fake fake fake', 'repeated_word'],
    ['нет нет нет нет нет нет', 'repeated_word'],
  ])('holds %s as %s', async (text, kind) => {
    const result = await resultOf(textFlood, text);
    expect(result).toMatchObject({ outcome: 'hold', reason: 'flood' });
    expect(result.evidence?.map((e) => e.value)).toContain(kind);
  });

  it.each([
    'Great interview!! More of this please 👏',
    'The 1000000 figure is wrong; it was 100000.',
    '---------------------------------\nSources below',
    'Sooo many questions left... haha, but well done.',
    'No, no, no: read the treaty.',
    '2024-2025 budget: 47,2 milliards',
  ])('passes ordinary emphasis: %s', async (text) => {
    expect(await outcomeOf(textFlood, text)).toBe('pass');
  });
});

describe('a word repeated that the tokenizer splits at an apostrophe or a hyphen (round 23)', () => {
  it.each([
    "vran'yo vran'yo vran'yo vran'yo vran'yo vran'yo vran'yo vran'yo vran'yo vran'yo",
    "don't don't don't don't don't don't don't don't don't don't",
    "l'état l'état l'état l'état l'état l'état l'état l'état l'état",
    'well-known well-known well-known well-known well-known words',
  ])('holds: %s', async (text) => {
    expect(await resultOf(textFlood, text)).toMatchObject({ outcome: 'hold', reason: 'flood' });
  });

  it('passes a phrase said five times with another word between: only the same word in a row is a flood', async () => {
    expect(await outcomeOf(textFlood, "it's fine, it's fine, it's fine, it's fine, it's fine")).toBe('pass');
  });
});
