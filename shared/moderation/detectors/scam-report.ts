/**
 * A reader's report of a scam (round 32, a red-team's civil probes: `I lost $9,400 to a fake trading-signals
 * group on WhatsApp; the FCA told me to report it`, `a perdu 2000 € dans une arnaque WhatsApp, raconte France
 * Bleu`, `the Bank of England warned`): the classifier reads the topic's words (`trading signals`, `WhatsApp`,
 * `no credit check`) as a pitch and rejected them as spam. A comment that names a scam or a warning and gives
 * no way to reach anyone is read without its `spam` mass (`modelVerdict`), and the spam rules' weak verdict
 * (a pitch with no channel) does not hold it (`checks/spam.ts`). Spam dressed as a warning leaves a channel (a
 * phone number, an e-mail address, a link, a handle, a domain written out), or denies the scam (`this is not a
 * scam`, `100% legit`), and is read as before.
 */
import { wordClass } from '../text/phrases';
import { HANDLE, tokensOf } from '../text/tokens';
import { linksOf } from '../text/links';
import { domainsOf, emailsOf, phonesOf } from './contacts';

/** A scam or fraud named, or a warning given, in the readership's languages (stems, folded). */
const SCAM_OR_WARNING = wordClass(
  [
    'scam|scams|scammed|scammer*|fraud|frauds|fraudster*|fraudulent|defraud*|swindl*|conned|ponzi|phishing|warned|warns',
    // Round 40: the reader told to report it (`Please report anyone promising guaranteed returns`).
    'report|denunciad*|denuncialo|denunciala|denuncien|signalez|signalez les|melden|meldet|сообщите|заявите',
    'arnaque*|arnaque|escroc*|escroquer*|estafa*|estafad*|estafador*|fraude|fraudes|timo|timad*|alerta|alertan|advierte|advierten',
    'betrug|betrugs*|betruger*|betrogen|abzocke*|warnt|warnen|warnte|gewarnt',
    'truffa*|truffat*|truffator*|oszust*|oszuka*|golpe|golpes|golpista*|dolandirici*|dolandiril*',
    'мошенни*|афер*|обман*|предупред*|шахра*|moshenni*|afer*',
  ].join('|'),
);

/** The pitch's own denial: `not a scam`, `no scam`, `kein Betrug`, `pas une arnaque`, `не развод`, `legit`. */
const DENIAL = wordClass('not|no|never|isn|isnt|kein|keine|nicht|pas|ni|не|нет|nie|non|nao|legit|legitimate');

/** Whether `text` names a scam or a warning, does not deny one, and gives no way to reach anyone. */
export function reportsAScam(text: string): boolean {
  const { tokens } = tokensOf(text);
  let named = false;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === HANDLE) return false;
    if (DENIAL(t)) {
      // `not a scam`, `100% legit`: the scam denied within the next three words is the pitch's line.
      for (let j = k + 1; j <= k + 3 && j < tokens.length; j++) if (SCAM_OR_WARNING(tokens[j]!)) return false;
      if (t.text === 'legit' || t.text === 'legitimate') return false;
    }
    if (!named && SCAM_OR_WARNING(t)) named = true;
  }
  return (
    named &&
    linksOf(text).links.length === 0 &&
    phonesOf(text).length === 0 &&
    emailsOf(text).length === 0 &&
    domainsOf(text).length === 0
  );
}
