/**
 * Mass violence wished without a call's imperative (shared/moderation/detectors/cue-rules-strikes.ts):
 * sentences written for this test (not taken from the evaluation set), beside the civil look-alikes the
 * rule must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { strikeCues } from '../../../shared/moderation/detectors/cue-rules-strikes';
import { scanCues } from '../../../shared/moderation/detectors/cues';
import { threats } from '../../../shared/moderation/checks/threats';
import { tokensOf } from '../../../shared/moderation/text/tokens';
import { resultOf } from './support';

const strike = (text: string) => strikeCues(scanCues(tokensOf(text).tokens, text), text);

describe('mass violence wished on people or places', () => {
  it.each([
    // A strike wished on a place or on people.
    'I hope the next missile lands right on that school.',
    'Ojalá el próximo misil caiga en la plaza mayor durante el desfile.',
    'Ich hoffe, die nächste Rakete trifft genau die Moschee am Markt.',
    'Надеюсь, следующая ракета прилетит прямо в их школу.',
    // Destruction with everyone inside.
    'The camp should be levelled with everyone inside.',
    'Das Dorf einfach plattmachen, mit allen drin.',
    'Hay que quemar el albergue con todos dentro.',
    // A crowd told to bring fire to a place.
    'Meet at the shelter on Mill Lane at ten. Bring petrol, bring lighters.',
  ])('rejects: %s', async (text) => {
    expect(strike(text)?.outcome).toBe('reject');
    expect((await resultOf(threats, text)).outcome).toBe('reject');
  });

  it.each([
    // Hopes that nothing is hit, or that the strike is stopped.
    'I hope air defence stops the drones before they reach the city.',
    'I hope no missile ever hits that hospital again.',
    // News and condemnation of such strikes.
    'The strike levelled the block with everyone inside, the UN said.',
    'A missile hit the school in Kharkiv this morning; the victims were children.',
    'Bombing a school with everyone inside is a war crime, whoever does it.',
    // A report of an incitement, condemned.
    "Reported the comment telling people to bring petrol to the shelter. It's incitement.",
    // Ordinary words beside one another.
    'The drone show over the square was beautiful, I hope they do it again.',
  ])('leaves alone: %s', (text) => expect(strike(text)).toBeNull());
});
