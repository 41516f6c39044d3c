/**
 * Round 74, from the tuning batch `dev89` (scored once when it arrived, then read): `we know how to find you`, a quoted
 * handle tied to a hyphenated name, everyone knowing and keeping quiet, a convenient death, the forbidden talk and the
 * put options of 10 September 2001. With their twins.
 */
import { describe } from 'vitest';
import { outcomeCases as cases } from '../pipeline-cases';

describe('round 74: from the tuning batch dev89', () => {
  cases('rejects', 'rejected', [
    "the next anti-war hippie who comments here gets tracked down. we know how to find you, IPs aren't hard 😉",
  ]);
  cases('holds', 'pending', [
    'Commenter "seoul_sunrise" is really Min-ji Park from the consulate, her office line is +82 2 555 0134. These pro-government comments are obviously coordinated.',
    'Грозный в 94-м сдали олигархи за деньги, Березовский лично продавал чеченцам маршруты колонн. Это все знают, просто молчат.',
    'A police officer gets "radicalised" with nobody noticing, shoots an ambassador on live camera, and is conveniently killed on the spot so he can never talk. Sure. Totally normal.',
    'Interessant, wer am 10. September 2001 massenhaft Put-Optionen auf Airlines gekauft hat. Aber darüber darf man ja nicht reden, gell?',
  ]);
  cases('publishes', 'approved', [
    'we know how to find the documents',
    'he was killed on the spot by police, the inquiry found',
    'What a coincidence, we met at the same conference again!',
  ]);
});
