/**
 * Quotation marks alone do not make a comment's words a mention (an outside red-team published 12 of 14
 * threats, insults and hate by wrapping them in quotation marks): a quotation is the comment's own words
 * when nothing stands outside it, or only a few words agreeing with it. Reporting, a chant named, a line of
 * a film, scare quotes in a sentence: mentions as before.
 */
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../shared/moderation/text/tokens';
import { pipelineOutcome as outcome } from '../pipeline-cases';

describe('a comment in quotation marks', () => {
  it('is its own words when nothing stands outside the quotation', () => {
    expect(tokenize('“Someone should shoot the mayor.”').tokens.every((t) => !t.quoted)).toBe(true);
    expect(tokenize('The minister said “migrants are vermin”.').tokens.some((t) => t.quoted)).toBe(true);
  });

  it.each([
    '"Someone should shoot the mayor in the head." Couldn\'t agree more.',
    '"I will find you and kill you, Sarah." That is a promise.',
    '"Muslims are vermin and should all be deported." Truer words never spoken.',
    '“Someone should shoot the mayor in the head.”',
    '«Migrants are vermin and should be exterminated.»',
  ])('is judged as said: %s', async (text) => {
    expect(await outcome(text)).toBe('rejected');
  });

  it.each([
    'The minister said "migrants are vermin" and was rightly sacked.',
    'According to the indictment, he wrote "I know where you live" to the judge.',
    '"I could kill for a coffee," she said.',
    'The protesters chanted "Kill all Jews", the police report says; three were arrested.',
    'The banner read "Death to the traitors". Disgusting.',
    'The headline "Migrants are a plague" should never have run.',
    '"Peace in our time." Right, and we know how that ended.',
  ])('still reports or discusses: %s', async (text) => {
    expect(await outcome(text)).toBe('approved');
  });
});
