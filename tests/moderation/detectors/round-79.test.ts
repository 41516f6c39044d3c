/**
 * Round 79, two civil comments the stop noticed stopped: `never write again` said of a third person, and a freephone
 * helpline named as one in a comment that sells nothing. With the twins that stay rejected.
 */
import { describe } from 'vitest';
import { outcomeCases as cases } from '../pipeline-cases';

describe('round 79: a writer who will not write again, a free helpline', () => {
  cases('publishes', 'approved', [
    'he will never write again after the stroke, sadly',
    "Ukrainian refugees in the UK can call the Homes for Ukraine helpline 0808 164 8810, it's free.",
  ]);
  cases('rejects', 'rejected', [
    "you'll never write again, Tomas",
    'Debt helpline 0800 123 4567: loans approved today, call now',
  ]);
});
