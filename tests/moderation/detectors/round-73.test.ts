/**
 * Round 73, from the tuning batch `dev88` (scored once when it arrived, then read): a German blessing of the fighters,
 * French `à la con`, weak rumour markers (what serious historians or everyone in a town know, a certain minister, a toll
 * called inflated), and a harm told as the purpose something served, which is a claim and not a call.
 */
import { describe } from 'vitest';
import { outcomeCases as cases } from '../pipeline-cases';

describe('round 73: from the tuning batch dev88', () => {
  cases('rejects', 'rejected', [
    'Pearl war ein Agent, seine Hinrichtung war gerecht. Allah segne die Mudschahidin, die es getan haben.',
    'il faut les stériliser, tous ces réfugiés',
  ]);
  cases('holds', 'pending', [
    'Article à la con, écrit par quelqu’un qui n’a visiblement jamais mis les pieds à Bujumbura.',
    'The Khmer Rouge death toll is massively inflated by Vietnamese propaganda. Serious historians know it was maybe 200k, mostly from hunger.',
    "Everyone in KL knows Jho Low lives in Macau under protection and a certain minister's people collect his payments. That's why he'll never be extradited.",
    'Les vaccins distribués dans les camps de réfugiés servaient à stériliser les femmes, tout le monde le sait là-bas.',
  ]);
  cases('publishes', 'approved', [
    'Gott segne die Retter von Solingen',
    'historians know the toll was higher than first reported',
  ]);
});
