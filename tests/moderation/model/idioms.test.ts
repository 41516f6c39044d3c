import { describe, expect, it } from 'vitest';
import { blanked, idiomSpans } from '../../../shared/moderation/model/idioms';
import { expectOutcome } from '../pipeline-cases';

describe('friendly idioms made of a threat’s words (model/idioms.ts)', () => {
  it.each([
    "@petra_h I know where you're coming from, my family is from Kharkiv too.",
    "@jonas I'll find you the link to the OSCE report tonight.",
    "We'll see you at the vigil on Saturday, @maria_r, bring candles.",
    '@ana_m sé por dónde vas, pero las cifras no cuadran.',
    '@karl ich such dir den Link raus, Moment.',
    "@tom_b I'll get back to you on that, need to check the budget tables first.",
    "@max_p you're dead right about the tanker insurance.",
    '@vasya я тебя понял, но цифры другие.',
    "@ana I'm going to hunt down that quote for you, give me an hour.",
    "@mike I'm coming for your title of most pedantic commenter 😄",
    '@ines te voy a matar de envidia: estuve en Kiev la semana pasada y el metro funciona perfecto.',
    '@uwe ich finde dich sympathisch, auch wenn ich anderer Meinung bin.',
    '@ravi I know your work, you covered Kashmir for years, respect.',
    'The senator dodged a bullet when the committee postponed the vote.',
    "You'll kill me with these puns, honestly.",
  ])('publishes a reply: %s', async (text) => {
    await expectOutcome(text, 'approved');
  });

  it.each([
    "@petra_h I know where you're coming from and I know where you live. Watch your back.",
    "@jonas I'll find you the link, and then I'll find you. You're dead.",
    '@ravi I know your work, and I know where you work and when you leave.',
    // The bullet dodged is an idiom only when told of the past, not dared.
    'Dodge this bullet, journalist.',
    "You won't dodge another bullet, traitor.",
  ])('still rejects a threat beside one: %s', async (text) => {
    await expectOutcome(text, 'rejected');
  });

  it('blanks an idiom without moving any other word', () => {
    const text = "I'll find you the link tonight";
    const spans = idiomSpans(text);
    expect(spans).toEqual([[0, 22]]);
    const out = blanked(text, spans);
    expect(out).toHaveLength(text.length);
    expect(out.trim()).toBe('tonight');
  });
});
