/**
 * Ways to reach someone, found in a comment: phone numbers, e-mail addresses (also written out:
 * `name at host dot com`, `собака`), domains written to dodge link detection (`m y s h o p . com`,
 * `shop dot com`, `shop(.)com`, `shop [dot] com`), and sums of money. Shared by the personal-data and
 * spam detectors; each is a single scan over the text or its tokens (no regular expression runs over the
 * whole comment), and results are memoised per body.
 *
 * Phones are found in `contact-phones.ts`, e-mail addresses in `contact-emails.ts`, disguised domains
 * in `contact-domains.ts`; sums of money here.
 */
import { wordClass } from '../text/phrases';
import type { Token, Tokens } from '../text/tokens';
import { tokensOf } from '../text/tokens';
import { isDigit } from './contact-cues';
import type { Found } from './contact-cues';
import { findDomains } from './contact-domains';
import { findEmails } from './contact-emails';
import { findPhones } from './contact-phones';
import { tokenAt } from './common';

export type { Found } from './contact-cues';
export { domainFrom, findDomains } from './contact-domains';
export { findEmails } from './contact-emails';
export { findPhones } from './contact-phones';

const CURRENCY_SYMBOLS = new Set([...'$€£₽¥₴₹₺'].map((c) => c.charCodeAt(0)));
const CURRENCY_WORD = wordClass(
  'usd|eur|euro|euros|dollar|dollars|bucks|pounds|gbp|rub|руб|рублей|рубля|рубль|доллар*|евро|peso|pesos|francs|cfa|chf|pln|zl|zloty|zlotych|грн|гривен|гривень|гривні|гривня|lira|lirasi|tl|reais',
);

/** Words of magnitude between a number and its currency (`3 млн ₽`, `2 million dollars`). */
const MAGNITUDE = wordClass(
  'k|thousand|million|millions|billion|mil|mille|mio|mrd|millionen|milliarden|millones|millions|milioni|milhoes|milhao|mln|tys|тыс|тысяч*|млн|миллион*|млрд|тис|тисяч*|мільйон*|milyon|bin',
);

/** Token indices of sums of money (`$400`, `2.800 €`, `99 рублей`, `$100k`, `3 млн ₽`). */
export function findMoney(text: string, toks: Tokens = tokensOf(text)): number[] {
  const { tokens } = toks;
  const out: number[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!isDigit(t.text.charCodeAt(0))) continue;
    const before = k > 0 ? text.slice(tokens[k - 1]!.end, t.start) : text.slice(0, t.start);
    // The currency may follow a word of magnitude: `3 млн ₽`, `2 million dollars`.
    const m =
      tokens[k + 1] && MAGNITUDE(tokens[k + 1]!) && /^[\s.]*$/.test(text.slice(t.end, tokens[k + 1]!.start))
        ? k + 1
        : k;
    const last = tokens[m]!;
    const after = text.slice(last.end, tokens[m + 1]?.start ?? text.length);
    const symbolBefore = before.length > 0 && hasCurrency(before);
    const symbolAfter = hasCurrency(after);
    const wordAfter = tokens[m + 1] !== undefined && /^[\s.]*$/.test(after) && CURRENCY_WORD(tokens[m + 1]!);
    if (symbolBefore || symbolAfter || wordAfter) out.push(k);
  }
  return out;
}

function hasCurrency(gap: string): boolean {
  for (let i = 0; i < gap.length && i < 4; i++) if (CURRENCY_SYMBOLS.has(gap.charCodeAt(i))) return true;
  for (let i = gap.length - 1; i >= 0 && i >= gap.length - 3; i--)
    if (CURRENCY_SYMBOLS.has(gap.charCodeAt(i))) return true;
  return false;
}

// Memo: both detectors of one comment ask for the same things.
let memoText = '';
let memo: { phones?: Found[]; emails?: Found[]; domains?: Found[]; money?: number[] } = {};
function memoFor(text: string) {
  if (text !== memoText) {
    memoText = text;
    memo = {};
  }
  return memo;
}
export const phonesOf = (text: string): Found[] => (memoFor(text).phones ??= findPhones(text));
export const emailsOf = (text: string): Found[] => (memoFor(text).emails ??= findEmails(text));
export const domainsOf = (text: string): Found[] => (memoFor(text).domains ??= findDomains(text));
export const moneyOf = (text: string): number[] => (memoFor(text).money ??= findMoney(text));

/** Whose number it is: `his`, `su`, `son`, `seine`, `его` … before a word for a phone (round 97). */
const OWNER = wordClass('his|her|their|su|sus|son|sa|sein|seine|ihr|ihre|его|ее|их');
const PHONE_WORD = wordClass(
  'number|phone|mobile|cell|telefono|numero|movil|celular|telephone|portable|nummer|telefonnummer|handy|telefon|номер|телефон',
);
/** A phone called private or personal (round 111: `este móvil personal`, `her private number`, `son numéro perso`). */
const PRIVATE = wordClass(
  'private|personal|privado|privada|perso|personnel|prive|privat|privaten|privates|личный|личного',
);
/** A word for a phone owned by someone, or called private, within the four words before `start`. */
export function someonesNumberBefore(tokens: readonly Token[], start: number): boolean {
  const k = tokenAt(tokens, start);
  for (let j = k - 1; j >= Math.max(1, k - 4); j--)
    if (
      PHONE_WORD(tokens[j]!) &&
      (OWNER(tokens[j - 1]!) || PRIVATE(tokens[j - 1]!) || PRIVATE(tokens[j + 1]!))
    )
      return true;
  return false;
}
