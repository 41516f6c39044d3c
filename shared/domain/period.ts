/**
 * A period of UTC days (`yyyy-mm-dd`, both included) for a transparency report or a statements export, and
 * its rules. A module of its own, without zod: the API's schema (`moderation-schemas.ts`) and the console,
 * which checks a period before asking for it, read the same rules.
 */

/** The longest period a transparency report or statements export covers: a leap year. */
export const MAX_PERIOD_DAYS = 366;

/** How a period of well-formed days breaks the rules: its last day before its first, or too long; else null. */
export function periodBreach(from: string, to: string): 'reversed' | 'too_long' | null {
  const days = (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;
  if (days < 1) return 'reversed';
  return days > MAX_PERIOD_DAYS ? 'too_long' : null;
}
