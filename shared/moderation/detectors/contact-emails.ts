/** E-mail addresses in a comment (see `contacts.ts`). */
import { tokenAt } from './common';
import type { Tokens } from '../text/tokens';
import { tokensOf } from '../text/tokens';
import { CUES, DOT_WORD, isAsciiAlnum } from './contact-cues';
import type { Found } from './contact-cues';
import { domainFrom } from './contact-domains';

const INSTITUTIONAL_LOCAL = new Set([
  'info',
  'press',
  'presse',
  'prensa',
  'contact',
  'kontakt',
  'support',
  'media',
  'tips',
  'newsdesk',
  'news',
  'office',
  'enquiries',
  'inquiries',
  'help',
  'hello',
  'letters',
  'editor',
  'redaktion',
  'redaction',
  'feedback',
  'complaints',
  'webmaster',
  // Round 80 (`/work/audit41`): newsrooms' and NGOs' role mailboxes (`emergencies@cpj.org`, `filtraciones@eldiario.es`).
  'emergency',
  'emergencies',
  'tip',
  'tipline',
  'leaks',
  'filtraciones',
  // Round 86 (`/work/audit48`): readers' editors, corrections, calls for witnesses (`alerte@radiofrance.com`).
  'readers',
  'corrections',
  'haveyoursay',
  'alerte',
  'alertes',
  'investigation',
  'investigations',
  'temoignage',
  'temoignages',
  'hinweis',
  'denuncias',
  'contacto',
  'redaccion',
  'hinweise',
  'securedrop',
  'hotline',
]);

/** A government's domain: `gov.uk`, `mfa.gov.ee`, `interieur.gouv.fr`, `bund.de`, `europa.eu`, `un.int`. */
const GOVERNMENT_HOST = /(?:^|\.)(?:gov|gouv|gob|govt|bund|europa)\.[a-z.]+$|\.(?:gov|int|mil)$/;

/**
 * An institution's address rather than a person's: a role for its local part, whole or as its first dotted
 * part (`press@`, `press.office@`, round 33; not `j.marlow.press@`, a person's), or a government's domain.
 */
function institutionalAddress(local: string, host: string): boolean {
  return (
    INSTITUTIONAL_LOCAL.has(local) ||
    INSTITUTIONAL_LOCAL.has(local.split(/[._-]/)[0]!) ||
    GOVERNMENT_HOST.test(host)
  );
}

const EMAIL_LOCAL = (c: number): boolean =>
  isAsciiAlnum(c) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45;
const EMAIL_HOST = (c: number): boolean =>
  isAsciiAlnum(c) || c === 46 || c === 45 || (c >= 0x430 && c <= 0x44f);

/** `at` as plain words of the readership's languages write it (`posted at`, German `bei`). */
const PLAIN_AT = new Set(['at', 'bei']);

/** E-mail addresses, typed (`a@b.com`) or written out (`a at b dot com`, `a собака b точка ru`). */
export function findEmails(text: string, toks: Tokens = tokensOf(text)): Found[] {
  const out: Found[] = [];
  const { tokens } = toks;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let a = at;
    while (a > 0 && EMAIL_LOCAL(text.charCodeAt(a - 1))) a--;
    let b = at + 1;
    while (b < text.length && EMAIL_HOST(text.charCodeAt(b))) b++;
    while (b > at + 1 && (text.charCodeAt(b - 1) === 46 || text.charCodeAt(b - 1) === 45)) b--;
    if (a === at || b === at + 1) continue;
    const host = text.slice(at + 1, b).toLowerCase();
    const dot = host.lastIndexOf('.');
    if (dot <= 0 || host.length - dot - 1 < 2) continue;
    const local = text.slice(a, at).toLowerCase();
    out.push({
      kind: 'email',
      value: text.slice(a, b),
      span: [a, b],
      obfuscated: false,
      institutional: institutionalAddress(local, host),
      from: tokenAt(tokens, a),
      to: tokenAt(tokens, b),
    });
  }
  // Written out: a word, `at`, then a domain (plain or disguised).
  for (const h of CUES.scan(tokens)) {
    if (h.phrase.meta !== 'at' || h.from < 1) continue;
    const d = domainFrom(text, tokens, h.from + 1, true);
    if (!d) continue;
    const atTok = tokens[h.from]!;
    const local = tokens[h.from - 1]!;
    if (local.sentence !== atTok.sentence) continue;
    // `x.y` local parts and `dee dot marsh`: take the tokens glued by dots or dot-words.
    let first = d.from - 2;
    while (first > 0) {
      const gap = text.slice(tokens[first - 1]!.end, tokens[first]!.start);
      if (gap === '.' || gap === '_' || gap === '-') first--;
      else if (first > 1 && DOT_WORD(tokens[first - 1]!) && tokens[first - 2]!.sentence === local.sentence)
        first -= 2;
      else break;
    }
    const start = tokens[first]!.start;
    if (out.some((e) => e.span[0] <= start && start < e.span[1])) continue;
    // `posted at www.iaea.org` is English, not an address (nor `Details bei tagesschau.de`): with a plain `at`
    // and a plain domain, the local part must look like one (`j.smith`, `jsmith79`), or the `at` be bracketed
    // (`[at]`).
    const bracketed = /[[(]\s*$/.test(text.slice(local.end, atTok.start));
    const localLooks = first < d.from - 2 || /\d/.test(local.text);
    if (!d.obfuscated && PLAIN_AT.has(atTok.text) && !bracketed && !localLooks) continue;
    // A domain with a path after it is a link (`Details bei tagesschau.de/ausland/…`, round 33).
    if (text.charCodeAt(d.span[1]) === 47) continue;
    out.push({
      kind: 'email',
      value: text.slice(start, d.span[1]),
      span: [start, d.span[1]],
      obfuscated: true,
      institutional: false,
      from: first,
      to: d.to,
    });
  }
  return out;
}
