/**
 * Bank details in a comment (round 32, a red-team's probes: `send £900 to sort code 20-00-00 account 55779911`,
 * `überweise mir sofort 2.000 Euro auf DE89 3704 0044 0532 0130 00`): someone's account made public, or a
 * plea to pay into one, for a moderator to read (`personal-data.ts` holds it with the identity numbers).
 * An IBAN counts only when its check digits are right (ISO 13616, mod 97); a UK sort code only beside
 * `sort code` or an eight-digit account number.
 */
import type { Evidence } from '../types';
import { NUMBER, WORD, type Token } from '../text/tokens';

/** Two letters, two check digits, then 11–30 letters and digits, in groups of four or not (read from a token on). */
const IBAN = /[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?(?![A-Za-z0-9])/y;
const SORT_CODE = /\d{2}-\d{2}-\d{2}(?!\d)/y;
const SORT_CODE_WORDS = /sort[ -]?code/i;
const ACCOUNT_NUMBER = /\b\d{8}\b/;
const letter = (c: number): boolean => c >= 97 && c <= 122;
const digit = (c: number): boolean => c >= 48 && c <= 57;
/** A token that may open an IBAN: two letters and two digits (`de89`, folded). */
const ibanStart = (w: string): boolean =>
  w.length >= 4 &&
  letter(w.charCodeAt(0)) &&
  letter(w.charCodeAt(1)) &&
  digit(w.charCodeAt(2)) &&
  digit(w.charCodeAt(3));

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

/** `re` (sticky) matched at `at` in `source`, or null. */
function matchAt(re: RegExp, source: string, at: number): string | null {
  re.lastIndex = at;
  return re.exec(source)?.[0] ?? null;
}

/**
 * The bank details in `source`, as evidence. Read token by token: only a token that can open one is looked
 * at (most comments have none, and no expression runs over the whole text).
 */
export function findBankDetails(source: string, tokens: readonly Token[]): Evidence[] {
  const out: Evidence[] = [];
  let sortCodeContext: boolean | undefined;
  for (const t of tokens) {
    if (t.kind === WORD && ibanStart(t.text)) {
      const iban = matchAt(IBAN, source, t.start);
      if (iban && ibanChecks(iban))
        out.push({
          kind: 'identity',
          value: iban,
          span: [t.start, t.start + iban.length],
          detail: 'bank account (IBAN)',
        });
    } else if (t.kind === NUMBER && t.end - t.start === 2 && source.charCodeAt(t.end) === 45) {
      const code = matchAt(SORT_CODE, source, t.start);
      if (code && (sortCodeContext ??= SORT_CODE_WORDS.test(source) || ACCOUNT_NUMBER.test(source)))
        out.push({
          kind: 'identity',
          value: code,
          span: [t.start, t.start + code.length],
          detail: 'bank sort code',
        });
    }
  }
  return out;
}
