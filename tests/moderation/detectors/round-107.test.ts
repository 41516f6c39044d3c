/**
 * Round 107, from the tuning comments labelled insult_mild that the pipeline published: the reader called a genius for
 * what they did not do, asked if they are this dense, the comment section full of clowns (`detectors/abuse-figurative.ts`,
 * class `label`: held). Each twin stays published.
 */
import { describe } from 'vitest';
import { outcomeCases as cases } from '../pipeline-cases';

describe('round 107: sarcastic genius, this dense, a thread full of clowns', () => {
  cases('publishes', 'approved', [
    "You're a genius, thank you for this piece.",
    'I never thought a genius like Turing would be treated that way.',
    'The minister is a clown.',
    'The circus came to town with its clowns and acrobats.',
  ]);
  cases('holds', 'pending', [
    "You clearly didn't read past the headline, genius. The article says the exact opposite.",
    'Are you really this dense, Marko? The amnesty was voted by parliament, not the court.',
    'This comment section is full of clowns. Go read one book about Albania first.',
    'lol the clown brigade is out in force today defending the police 🤡',
  ]);
});
