/**
 * Round 75, from a red-team of spam, links and personal data (`/work/audit41`): a landing page whose host name is itself
 * the pitch, accounts sold by the lifetime, the investment scam's curator, a courier's job paid by the day. With twins.
 */
import { describe } from 'vitest';
import { outcomeCases as cases } from '../pipeline-cases';

describe('round 75: spam the lists did not know', () => {
  cases('rejects', 'rejected', [
    'https://win-iphone16-now.top/claim — I just got mine!!!',
    'Statt über Politik zu jammern lieber Geld verdienen: reich-in-30-tagen.top',
    'Lifetime Netflix + NordVPN accounts for $9 only, tg → @streamdeals_hub',
    'Мой куратор Анна помогла утроить депозит на бирже за месяц. Её ватсап +7 (926) 481-33-07',
  ]);
  cases('publishes', 'approved', [
    'https://www.bbc.com/news/world-europe-123 is worth reading',
    'the-conflict-archive.online has the full timeline',
    'I cancelled Netflix to afford heating',
    'my kurator at the university helped with my thesis',
  ]);
});
