/**
 * Commercial spam: a sales pitch with a way to reach the seller.
 *
 * A pitch is made of
 * - money claims (`making $400 a day`, `verdiene 2.800 € im Monat`, `заработок … в день`) and prices
 *   (`only 299 €`, `from $100k`, `всего 99 рублей`);
 * - offer language, strong (`free trial`, `no credit check`, `ships worldwide`, `use code`,
 *   `ohne Schufa`, `envío gratis`, `résultat garanti`, `консультация бесплатно`) or weak (`hiring`,
 *   `apply at`, `work from home`);
 * - testimonials (`Dr X brought my ex back`, `I invested … and got …`);
 * - scheme words (crypto, forex, loans, betting, spells, replicas, pills, essays, citizenship by
 *   investment, VPNs, followers), which only count when the text also has offer, money or testimony:
 *   loans, crypto and VPNs are also the news.
 * A channel is a phone number, an e-mail address, a messenger handle (`Telegram: @x`, `WhatsApp +44…`),
 * a domain disguised so that no link is made (`m y s h o p . com`, `shop dot com`, `shop(.)org`), or a
 * link (from the renderer's own `scanLinks`), stronger on the top-level domains spam favours
 * (`.online`, `.shop`, `.work`, `.loans`…). Words inside links and addresses are not read as pitch
 * (`rosstat.gov.ru/vpn_popul` is not a VPN offer).
 *
 * Strong (pitch with a clear channel) → `policy.spam.strong` (reject by default); weak (a disguised
 * domain alone, a messenger contact offered, a pitch with a plain link, a long pitch without channel) →
 * `policy.spam.weak` (hold).
 */
import type { Evidence } from '../types';
import { wordClass } from '../text/phrases';
import type { PhraseHit } from '../text/phrases';
import type { Token } from '../text/tokens';
import { linksOf } from '../text/links';
import type { FoundLink } from '../../domain/render';
import { HANDLE, tokensOf } from '../text/tokens';
import { domainsOf, emailsOf, moneyOf, phonesOf, someonesNumberBefore } from './contacts';
import { pitchKinds } from './cue-rules';
import { scanCues } from './cues';
import { MONEY_CONTEXT, PHRASES } from './spam-phrases';
import type { Kind } from './spam-phrases';

const CONTACT_VERB = wordClass(
  'message|text|write|contact|call|dm|pm|add|reach|chat|escriban|escribe|escribeme|contacta|llama|llamen|appelez|appelle|ecrivez|contactez|schreibt|schreib|meldet|kontaktiert|ruft|пишите|напишите|звоните|обращайтесь|добавляйтесь|pishite|пишіть|напишіть|дзвоніть|звертайтеся',
);

/** Top-level domains that spam favours; a link on one is a stronger channel than an ordinary link. */
const SPAM_TLDS = new Set(
  'online shop store site xyz top club work loans loan bet casino vip biz win cash money click link fun icu buzz today deals sale promo live pro trade market best cheap racing review stream ltd rest bid date cam monster quest cyou sbs'.split(
    ' ',
  ),
);

export interface SpamVerdict {
  strength: 'strong' | 'weak';
  score: number;
  evidence: Evidence[];
}

const round = (x: number): number => Math.round(x * 10) / 10;

/** A crypto wallet address: Bitcoin (bech32 or legacy), Ethereum and its tokens, TRON. */
const WALLET =
  /^(?:bc1[02-9ac-hj-np-z]{25,62}|[13][1-9A-HJ-NP-Za-km-z]{25,34}|0x[0-9a-fA-F]{40}|T[1-9A-HJ-NP-Za-km-z]{33})$/;

/** The phrase kinds that are a weak channel by themselves, with how the evidence names them. */
const WEAK_CHANNEL: Partial<Record<Kind, string>> = {
  search: 'search for the seller',
  private: 'private message',
};

const MESSENGER_HOSTS =
  /^(?:www\.)?(?:t\.me|telegram\.me|wa\.me|chat\.whatsapp\.com|signal\.me|m\.me|viber\.click)$/;

/** Words a shop, a scheme or a landing page puts in its host name. */
const COMMERCIAL_HOST =
  /(?:shop|store|deal|cash|money|loan|credit|kredit|bet|win|earn|job|work|crypto|coin|trade|invest|pharma|pill|cheap|discount|sale|promo|offer|free|bonus|casino|essay|forex|bitcoin|profit|income|rich|vpn|stream|replica|dating|sexy|cams?|hookup|followers|likes|pronos|pret|ofertas|barat|angebot|rabatt|sofort|zarabot|dengi|deng|vernut)/;

/**
 * A host that looks like a landing page rather than a source: a selling word in its name
 * (`cashflow-daily.online`, `sofortkredit-ohneschufa.de`), or a hyphenated name with digits
 * (`solar-sparpaket24.de`). Public bodies and newsrooms rarely look like that.
 */
function commercialHost(host: string): boolean {
  // A messenger's invite link (`t.me/…`, `wa.me/…`) is a contact, like a phone number.
  if (MESSENGER_HOSTS.test(host)) return true;
  const name = host
    .replace(/^www\./, '')
    .split('.')
    .slice(0, -1)
    .join('.');
  if (/(?:^|\.)(?:gov|gouv|gob|gv|govt|mil|edu|ac|int|europa|un|who|nato)(?:\.|$)/.test(host)) return false;
  return COMMERCIAL_HOST.test(name) || (/-/.test(name) && /\d/.test(name));
}

const tldOf = (host: string): string => host.slice(host.lastIndexOf('.') + 1);

/** Host names that are a pitch by themselves: winning, money, riches, speed, halving a price. */
const PITCHED_HOST =
  /(?:win|prize|claim|bonus|cash|money|rich|reich|dengi|ganancia|ganar|gagner|verdien|zarabot|profit|earn|income|bystro|fast|schnell|rapido|rapide|outlet|halbe|half|mitad|moitie)/;

/** A host that sells (`commercialHost`, messengers aside) on a top-level domain that spam favours. */
const landingPage = (host: string): boolean =>
  SPAM_TLDS.has(tldOf(host)) && !MESSENGER_HOSTS.test(host) && commercialHost(host);

/** A dot between a letter or digit and a letter (`x.com`, `bit.ly`): without one there is no link to find. */
function hasInnerDot(text: string): boolean {
  for (let i = text.indexOf('.', 1); i > 0 && i < text.length - 1; i = text.indexOf('.', i + 1)) {
    const before = text.charCodeAt(i - 1);
    const after = text.charCodeAt(i + 1) | 32;
    if (before > 32 && before !== 46 && ((after >= 97 && after <= 122) || after > 127)) return true;
  }
  return false;
}

/** A pitch and a channel, or null when the comment is not selling anything. */
export function detectSpam(source: string): SpamVerdict | null {
  const { tokens } = tokensOf(source);
  let hits = PHRASES.scan(tokens);
  const messengers = hits.filter((h) => h.phrase.meta === 'messenger').map((h) => h.from);
  const offersPrivate = hits.some((h) => h.phrase.meta === 'private');
  const money = moneyOf(source);
  if (money.length > 0) hits = [...hits, ...MONEY_CONTEXT.scan(tokens)];
  // Nothing is being sold: only a disguised domain or a landing page could still matter.
  // Sales cues in the readership's languages (cue-rules.ts): two kinds or more (money and a product, an
  // offer and a call to action) count as a pitch the phrase list may not know.
  const cuePitch = pitchKinds(scanCues(tokens, source), money.length > 0);
  const cueBonus = cuePitch >= 3 ? cuePitch : cuePitch === 2 ? 1.5 : 0;
  if (
    messengers.length === 0 &&
    !offersPrivate &&
    cueBonus === 0 &&
    scorePitch(source, tokens, hits, money, [], null) === 0
  ) {
    const disguised = domainsOf(source);
    if (disguised.length > 0) return weakChannels(disguised, () => 'domain written to avoid a link');
    return landingPages(linksIn(source));
  }

  // Channels. Links and addresses are found only now that something looks like selling.
  const evidence: Evidence[] = [];
  let channel = 0;
  const covered: Array<[number, number]> = [];
  const links = linksIn(source);
  for (const link of links) {
    covered.push([link.start, link.end]);
    const tld = tldOf(link.host);
    const strong = SPAM_TLDS.has(tld) || commercialHost(link.host);
    channel = Math.max(channel, strong ? 2 : 1);
    evidence.push({
      kind: 'channel',
      value: link.href,
      span: [link.start, link.end],
      detail: strong ? `link on .${tld}` : 'link',
    });
  }
  let disguised = false;
  for (const d of domainsOf(source)) {
    covered.push(d.span);
    disguised = true;
    channel = 2;
    evidence.push({
      kind: 'channel',
      value: d.value,
      span: d.span,
      detail: 'domain written to avoid a link',
    });
  }
  for (const e of emailsOf(source)) {
    covered.push(e.span);
    if (e.institutional) continue;
    channel = 2;
    evidence.push({ kind: 'channel', value: e.value, span: e.span, detail: 'e-mail contact' });
  }
  // A crypto wallet to send coins to (round 40: `Send 0.1 BTC to bc1q… and receive 0.2 BTC back`).
  for (const t of tokens) {
    if (t.end - t.start < 26 || !WALLET.test(source.slice(t.start, t.end))) continue;
    channel = 2;
    evidence.push({
      kind: 'channel',
      value: source.slice(t.start, t.end),
      span: [t.start, t.end],
      detail: 'crypto wallet',
    });
  }
  const phones = phonesOf(source);
  const sellsSomething = (): boolean =>
    money.length > 0 ||
    scanCues(tokens, source).hits.some((h) => h.cue === 'pitch_money' || h.cue === 'pitch_product');
  for (const p of phones) {
    // Round 97: a number said to be someone's own (`se llama Arben Selmani y su teléfono es …`) is personal
    // data (personal-data.ts holds it), not a seller's contact, unless the comment sells something.
    if (someonesNumberBefore(tokens, p.span[0]) && !sellsSomething()) continue;
    // A public service's number, named as one (round 49: `the FCDO number is +44 20 7008 5000`), is a weaker
    // channel: a scam may still borrow the word `official`, so it counts, but no more than a name to search
    // for. A toll-free number is a seller's channel as much as a service's.
    // Round 79: a freephone helpline named as one, in a comment that sells nothing (no money, no product), is a
    // service's too (`call the Homes for Ukraine helpline 0808 164 8810, it's free`).
    const service = p.institutional && (!p.freephone || !sellsSomething());
    channel = Math.max(channel, service ? 1 : 2);
    const detail = service ? 'public service phone' : 'phone contact';
    evidence.push({ kind: 'channel', value: p.value, span: p.span, detail });
  }
  // Weak channels (1), by name: `search for luxurybagsoutlet`, `google cheap-pills` find the seller without a
  // link; a private message offered (`Подробности в личке`) must still go with a pitch (`pregúntame en privado
  // y te paso el enlace` is a reader's offer).
  for (const h of hits) {
    const detail = WEAK_CHANNEL[h.phrase.meta];
    if (!detail) continue;
    channel = Math.max(channel, 1);
    evidence.push({ kind: 'channel', value: source.slice(...h.span), span: h.span, detail });
  }
  let messengerContact = false;
  for (const k of messengers) {
    // `WhatsApp +44 …`, `Telegram: @handle`, `write to me on WhatsApp`.
    const handle = tokens.slice(k + 1, k + 4).find((t) => t.kind === HANDLE);
    const phone = phones.some((p) => p.from > k && p.from <= k + 4);
    const verb = tokens.slice(Math.max(0, k - 4), k).some(CONTACT_VERB);
    if (handle || phone || verb) {
      messengerContact = true;
      channel = Math.max(channel, handle || phone ? 2 : 1);
      const t = tokens[k]!;
      evidence.push({
        kind: 'channel',
        value: source.slice(t.start, (handle ?? t).end),
        span: [t.start, (handle ?? t).end],
        detail: 'messenger contact',
      });
    }
  }

  // The pitch, without words inside links and addresses.
  if (covered.length > 0)
    hits = hits.filter((h) => !covered.some(([a, b]) => h.span[0] >= a && h.span[1] <= b));
  const pitch = scorePitch(source, tokens, hits, money, covered, evidence) + cueBonus;
  if (cueBonus > 0 && evidence)
    evidence.push({ kind: 'pitch', value: 'cues', detail: `${cuePitch} kinds of sales cue` });
  const score = round(pitch + channel);
  if ((channel >= 2 && pitch >= 1.5) || (channel >= 1 && pitch >= 3.5))
    return { strength: 'strong', score, evidence };
  if (disguised || (channel >= 1 && pitch >= 2) || pitch >= 4 || messengerContact)
    return { strength: 'weak', score, evidence };
  return landingPages(links);
}

/** The links readers see in a comment (`scanLinks`, memoised), looked for only when a dot could make one. */
const linksIn = (source: string): readonly FoundLink[] => (hasInnerDot(source) ? linksOf(source).links : []);

/**
 * A landing page needs no pitch around it: a selling host on a top-level domain that spam favours
 * (`bestfreight-deals.online`, `cheap-pills.shop`) is held on its own (weak).
 */
function landingPages(links: readonly FoundLink[]): SpamVerdict | null {
  const landing = links.filter((link) => landingPage(link.host));
  if (landing.length === 0) return null;
  // A host whose name is itself the pitch (round 75: `win-iphone16-now.top`, `reich-in-30-tagen.top`,
  // `ganancias-diarias.online`): a promise of winning, money or speed, not just a shop's name.
  const pitched = landing.find((link) => PITCHED_HOST.test(link.host));
  if (pitched)
    return {
      strength: 'strong',
      score: 4,
      evidence: [
        {
          kind: 'channel',
          value: pitched.href,
          span: [pitched.start, pitched.end],
          detail: `a host named as a pitch, on .${tldOf(pitched.host)}`,
        },
      ],
    };
  return weakChannels(
    landing.map((link) => ({ value: link.href, span: [link.start, link.end], host: link.host })),
    (link) => `selling host on .${tldOf(link.host)}`,
  );
}

/** Working people whose pay a comment tells (round 122: `while teachers earn $100 a month`): no money claim. */
const WAGE_EARNERS = wordClass(
  'teachers|doctors|nurses|workers|soldiers|pensioners|police|officers|miners|farmers|labourers|laborers|maestros|profesores|medicos|enfermeras|trabajadores|enseignants|infirmieres|ouvriers|lehrer|arzte|pfleger|arbeiter|учителя|врачи|рабочие|пенсионеры',
);
const earnedByOthers = (tokens: readonly Token[], at: number): boolean =>
  [at - 1, at - 2].some(
    (k) => k >= 0 && tokens[k]!.sentence === tokens[at]!.sentence && WAGE_EARNERS(tokens[k]!),
  );

/** A weak verdict on channels alone (no pitch): each one's evidence. */
function weakChannels<C extends { value: string; span: [number, number] }>(
  channels: readonly C[],
  detail: (channel: C) => string,
): SpamVerdict {
  return {
    strength: 'weak',
    score: 2,
    evidence: channels.map((c) => ({ kind: 'channel', value: c.value, span: c.span, detail: detail(c) })),
  };
}

function scorePitch(
  source: string,
  tokens: readonly Token[],
  hits: readonly PhraseHit<Kind>[],
  money: readonly number[],
  covered: ReadonlyArray<[number, number]>,
  evidence: Evidence[] | null,
): number {
  const seen = new Set<string>();
  let offers = 0;
  let weakOffers = 0;
  let testimony = 0;
  let schemes = 0;
  const earnAt: number[] = [];
  const periodAt: number[] = [];
  const priceAt: number[] = [];
  const fromAt: number[] = [];
  for (const h of hits) {
    const key = `${h.phrase.meta}:${h.phrase.source}`;
    const first = !seen.has(key);
    seen.add(key);
    switch (h.phrase.meta) {
      case 'earn':
        if (!earnedByOthers(tokens, h.from)) earnAt.push(h.from);
        continue;
      case 'period':
        periodAt.push(h.from);
        continue;
      case 'price_word':
        priceAt.push(h.to - 1);
        continue;
      case 'from_word':
        fromAt.push(h.to - 1);
        continue;
      case 'messenger':
      case 'search':
        continue;
      case 'offer':
        if (first) offers++;
        break;
      case 'weak_offer':
        if (first) weakOffers++;
        break;
      case 'testimonial':
        if (first) testimony++;
        break;
      case 'scheme':
        if (first) schemes++;
        break;
    }
    if (first)
      evidence?.push({
        kind: 'pitch',
        value: h.phrase.meta,
        span: h.span,
        detail: `"${source.slice(...h.span)}"`,
      });
  }
  // Money: a sum near an earning verb is a claim; near `only`/`from` a price; with a period, a rate.
  let claim = 0;
  let price = 0;
  let rate = 0;
  for (const k of money) {
    const t = tokens[k]!;
    if (covered.some(([a, b]) => t.start >= a && t.end <= b)) continue;
    const near = (list: number[], before: number, after: number) =>
      list.some((q) => q >= k - before && q <= k + after && tokens[q]!.sentence === t.sentence);
    const span: [number, number] = [t.start, t.end];
    if (near(earnAt, 6, 3) && !claim) {
      claim = 2;
      evidence?.push({
        kind: 'pitch',
        value: 'money_claim',
        span,
        detail: `"${source.slice(...span)}" earned`,
      });
    } else if ((near(priceAt, 2, 0) || near(fromAt, 2, 0)) && price < 2) {
      const only = near(priceAt, 2, 0);
      if (price === 0)
        evidence?.push({
          kind: 'pitch',
          value: 'price',
          span,
          detail: `"${source.slice(...span)}" as a price`,
        });
      price = only ? 2 : Math.max(price, 1);
    }
    if (near(periodAt, 0, 4)) rate = 1;
  }
  const core =
    Math.min(offers, 3) * 1.5 +
    Math.min(weakOffers, 2) * 0.5 +
    Math.min(testimony, 2) * 2 +
    claim +
    price +
    rate;
  return core > 0 ? core + Math.min(schemes, 2) : 0;
}
