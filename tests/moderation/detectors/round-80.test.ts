/**
 * Round 80, from the spam and personal-data red-team (`/work/audit41`): newsrooms' and NGOs' role mailboxes and the
 * German foreign office's citizens' line are institutions' contacts, not a person's data. With their twins.
 */
import { describe } from 'vitest';
import { outcomeCases as cases } from '../pipeline-cases';

describe("round 80: institutions' public contacts", () => {
  cases('publishes', 'approved', [
    'The Committee to Protect Journalists has an emergency contact for reporters: emergencies@cpj.org',
    'Si tienes información sobre el caso, la redacción tiene un buzón de filtraciones: filtraciones@eldiario.es',
    'Deutsche im Sudan sollen sich in Elefand registrieren und den Bürgerservice des AA unter +49 30 5000 2000 anrufen.',
  ]);
  cases('holds', 'pending', [
    'her private email is anna.kowal@gmail.com, write to her',
    'tips for the reporter: anna.kowal.tips@gmail.com',
  ]);
});
