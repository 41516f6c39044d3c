/**
 * Veiled calls to violence (detectors/cue-rules-veiled.ts), read by the threats check: held for a
 * moderator, or rejected when a euphemism for killing has people or a place named beside it.
 */
import { describe, expect, it } from 'vitest';
import { threats } from '../../../shared/moderation/checks/threats';
import { resultOf } from './support';

const outcome = async (text: string) => (await resultOf(threats, text)).outcome;

describe('veiled calls', () => {
  it.each([
    'Tonight outside the asylum hotel on Mill Lane. Bring friends, leave your phones at home.',
    'Heute Abend vor der Unterkunft. Ohne Handy, bevor die Polizei kommt.',
    'If I were in charge, that town would be a crater by morning.',
    'Будь моя воля, этого посёлка бы не существовало. Камня на камне бы не осталось.',
    'Would be a shame if that camp caught fire one night.',
    'Ce serait dommage que ce foyer brûle, non ? 🔥',
    'Helicopter rides are free for a reason.',
  ])('holds: %s', async (text) => {
    expect(await outcome(text)).toBe('hold');
  });

  it.each([
    'The dinghy off Lampedusa again. Let the sea do its job this time.',
    'Those villagers in the photo deserve a one way ticket to the afterlife.',
    'Всю эту деревню — в расход.',
    'Sonderbehandlung für jeden Afghanen im Land.',
  ])('rejects a euphemism for killing with people named: %s', async (text) => {
    expect(await outcome(text)).toBe('reject');
  });

  it.each([
    'If I were in charge, the tax on pensions would not exist.',
    'Would be a shame if the talks failed again.',
    'The council knocked down the old shopping centre and turned it into a car park.',
    'Need to mow the lawn before the rain, then back to the live blog.',
    'Analysts call the doctrine "mowing the grass": periodic raids rather than a settlement.',
    'We played all night and glassed the whole airfield, 10/10 would glass it again.',
    'Vigil tonight outside the mosque at 7pm, bring candles.',
  ])('passes: %s', async (text) => {
    expect(await outcome(text)).toBe('pass');
  });
});
