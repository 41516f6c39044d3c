/**
 * Bank details in a comment (round 32, a red-team's probes: `send £900 to sort code 20-00-00 account 55779911`,
 * `überweise mir sofort 2.000 Euro auf DE89 3704 0044 0532 0130 00`): someone's account made public, or a
 * plea to pay into one, for a moderator to read (`personal-data.ts` holds it with the identity numbers).
 * An IBAN counts only when its check digits are right (ISO 13616, mod 97); a UK sort code only beside
 * `sort code` or an eight-digit account number.
 */
import type { Evidence } from '../types';

/** Two letters, two check digits, then 11–30 letters and digits, in groups of four or not. */
const IBAN = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b/g;
const SORT_CODE = /\b\d{2}-\d{2}-\d{2}\b/g;
const SORT_CODE_WORDS = /sort[ -]?code/i;
const ACCOUNT_NUMBER = /\b\d{8}\b/;

/** Whether an IBAN's check digits are right: the country and digits moved to the end, read mod 97. */
function ibanChecks(iban: string): boolean {
  const s = iban.replace(/ /g, '');
  if (s.length < 15 || s.length > 34) return false;
  const moved = s.slice(4) + s.slice(0, 4);
  let rest = 0;
  for (const c of moved) {
    const code = c.charCodeAt(0);
    const value = code >= 65 ? String(code - 55) : c;
    for (const d of value) rest = (rest * 10 + (d.charCodeAt(0) - 48)) % 97;
  }
  return rest === 1;
}

/** The bank details in `source`, as evidence. */
export function findBankDetails(source: string): Evidence[] {
  const out: Evidence[] = [];
  for (const m of source.matchAll(IBAN))
    if (ibanChecks(m[0]))
      out.push({
        kind: 'identity',
        value: m[0],
        span: [m.index, m.index + m[0].length],
        detail: 'bank account (IBAN)',
      });
  if (SORT_CODE_WORDS.test(source) || ACCOUNT_NUMBER.test(source))
    for (const m of source.matchAll(SORT_CODE))
      out.push({
        kind: 'identity',
        value: m[0],
        span: [m.index, m.index + m[0].length],
        detail: 'bank sort code',
      });
  return out;
}
