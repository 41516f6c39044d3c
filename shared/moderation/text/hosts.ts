/**
 * Reading link hosts the way a phisher hopes readers will not: which scripts a name mixes, and which
 * well-known site it imitates. Hosts come in ASCII (punycode `xn--…` for internationalised names), as
 * the renderer's hrefs hold them.
 */
import { domainToUnicode } from 'node:url';
import { normalizeText } from './normalize';

/** Scripts told apart in a host label; any other letter counts as `Other`. */
const SCRIPTS: ReadonlyArray<[string, RegExp]> = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Armenian', /\p{Script=Armenian}/u],
  ['Georgian', /\p{Script=Georgian}/u],
  ['Cherokee', /\p{Script=Cherokee}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Devanagari', /\p{Script=Devanagari}/u],
  ['Thai', /\p{Script=Thai}/u],
  ['Han', /\p{Script=Han}/u],
  ['Hiragana', /\p{Script=Hiragana}/u],
  ['Katakana', /\p{Script=Katakana}/u],
  ['Hangul', /\p{Script=Hangul}/u],
  ['Bopomofo', /\p{Script=Bopomofo}/u],
];
const NEUTRAL = /[\p{Script=Common}\p{Script=Inherited}]/u;

/**
 * Script mixes a single label may use (Unicode TS #39, "highly restrictive"): Japanese, Chinese and
 * Korean writing combine Han with their own scripts and Latin; nothing else mixes.
 */
const ALLOWED_MIXES: ReadonlyArray<ReadonlySet<string>> = [
  new Set(['Latin', 'Han', 'Hiragana', 'Katakana']),
  new Set(['Latin', 'Han', 'Bopomofo']),
  new Set(['Latin', 'Han', 'Hangul']),
];

function scriptsOf(label: string): Set<string> {
  const found = new Set<string>();
  for (const ch of label) {
    if (ch.charCodeAt(0) < 128) {
      if (/[a-z]/i.test(ch)) found.add('Latin');
      continue;
    }
    if (NEUTRAL.test(ch)) continue;
    found.add(SCRIPTS.find(([, re]) => re.test(ch))?.[0] ?? 'Other');
  }
  return found;
}

export interface HostReading {
  /** The host as a reader sees it (Unicode), e.g. `аpple.com`. */
  unicode: string;
  /** True when a label is an internationalised name (`xn--…`). */
  idn: boolean;
  /** The scripts of the first label that mixes them in a way no language does, or null. */
  mixedScripts: string[] | null;
}

/** The Unicode form of an ASCII host, whether it is internationalised, and any script mixing. */
export function readHost(host: string): HostReading {
  const idn = host.split('.').some((label) => label.startsWith('xn--'));
  const unicode = idn ? domainToUnicode(host) || host : host;
  let mixedScripts: string[] | null = null;
  if (idn) {
    for (const label of unicode.split('.')) {
      const scripts = scriptsOf(label);
      if (scripts.size > 1 && !ALLOWED_MIXES.some((mix) => [...scripts].every((s) => mix.has(s)))) {
        mixedScripts = [...scripts];
        break;
      }
    }
  }
  return { unicode, idn, mixedScripts };
}

/** Second-level labels under which country domains register names (`bbc.co.uk`, `abc.net.au`). */
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'gov', 'ac', 'edu', 'ne', 'or', 'go', 'ltd', 'plc']);

/**
 * The label a site registered: `paypal` in `www.paypal.com`, `bbc` in `news.bbc.co.uk`. An
 * approximation of the Public Suffix List that is right for the names phishers imitate.
 */
export function registrableLabel(host: string): string {
  const labels = host.replace(/\.$/, '').split('.');
  const n = labels.length;
  if (n >= 3 && labels[n - 1]!.length === 2 && SECOND_LEVEL.has(labels[n - 2]!)) return labels[n - 3]!;
  return labels[n >= 2 ? n - 2 : 0]!;
}

/**
 * What a label looks like, stripped of the tricks look-alikes use: confusable letters from other
 * scripts and full-width forms (folded with the comment text's tables: `аpple` → `apple`), digits
 * for letters (`paypa1`, `g00gle`), hyphens (`pay-pal`), `rn` for `m`, `vv` for `w`, `i`/`l`/`1`
 * taken as one letter, and (for names of five letters or more) doubled letters (`gooogle`).
 */
export function skeleton(label: string): string {
  const folded = normalizeText(domainToUnicode(label) || label)
    .text.replace(/[^a-z0-9]/g, '')
    .replace(/[i1]/g, 'l')
    .replace(/0/g, 'o')
    .replace(/rn/g, 'm')
    .replace(/vv/g, 'w');
  return folded.length >= 5 ? folded.replace(/(.)\1+/g, '$1') : folded;
}

interface TargetIndex {
  /** The targets' registered labels, as typed (`paypal`, `bbc`). */
  labels: Set<string>;
  /** Targets by the skeleton of their registered label. */
  bySkeleton: Map<string, string[]>;
}

/** Cached per target list (the policy's arrays live as long as the loaded policy). */
const targetIndexes = new WeakMap<readonly string[], TargetIndex>();

function indexTargets(targets: readonly string[]): TargetIndex {
  let index = targetIndexes.get(targets);
  if (index) return index;
  index = { labels: new Set(), bySkeleton: new Map() };
  for (const target of targets) {
    const label = registrableLabel(target);
    index.labels.add(label);
    const key = skeleton(label);
    if (key.length < 3) continue; // too short to compare safely
    index.bySkeleton.set(key, [...(index.bySkeleton.get(key) ?? []), target]);
  }
  targetIndexes.set(targets, index);
  return index;
}

const onDomain = (host: string, domain: string): boolean => host === domain || host.endsWith(`.${domain}`);

/**
 * The well-known site `host` imitates, with how, or null. A host on the site itself is genuine; so is
 * one whose registered label is a site's own, literally (`google.de`, `google.com.au` for
 * `google.com`: the brand's other domains). An imitation reads the same once look-alike tricks are
 * undone (`paypa1.com`, `аpple.com`), or names a site's whole domain inside its own
 * (`paypal.com.account-check.net`).
 */
export function imitatedSite(
  host: string,
  targets: readonly string[],
): { target: string; how: string } | null {
  const h = host.replace(/\.$/, '');
  if (targets.some((t) => onDomain(h, t))) return null;
  const label = registrableLabel(h);
  const index = indexTargets(targets);
  if (index.labels.has(label)) return null;
  const alike = index.bySkeleton.get(skeleton(label));
  if (alike) return { target: alike[0]!, how: 'reads like' };
  for (const target of targets) {
    if (h.startsWith(`${target}.`) || h.startsWith(`${target}-`) || h.includes(`.${target}.`))
      return { target, how: 'names' };
  }
  // A site's domain with its dot hyphened, as a subdomain of another host (round 57: `vk-com.login-secure.top`).
  const labels = h.split('.');
  for (let i = 0; i < labels.length - 2; i++) {
    const dotted = labels[i]!.replace(/-([a-z]{2,3})$/, '.$1');
    if (dotted !== labels[i] && targets.includes(dotted)) return { target: dotted, how: 'names' };
  }
  // A brand with words hyphened on (`reuters-breaking.news`, `rnicrosoft-edu.com`, `bank-es.verify.com`),
  // in the registrable label or a subdomain, the brand itself perhaps split by a hyphen (`al-jazeera-live`).
  for (const label of h.split('.').slice(0, -1)) {
    if (!label.includes('-')) continue;
    // A three-letter brand counts only as the label's first part, spelt exactly (`bbc-news-verify`, round 32).
    const first = label.slice(0, label.indexOf('-'));
    if (first.length === 3 && index.labels.has(first))
      return { target: targets.find((t) => registrableLabel(t) === first)!, how: 'adds words to' };
    for (const part of hyphenRuns(label.split('-'))) {
      if (part.length < 4) continue;
      const brand = index.bySkeleton.get(skeleton(part));
      if (brand) return { target: brand[0]!, how: 'adds words to' };
    }
  }
  return null;
}

/** Each part of a hyphened label, and each run of two or three adjacent parts joined (`al-jazeera` → `aljazeera`). */
function* hyphenRuns(parts: readonly string[]): Generator<string> {
  for (let i = 0; i < parts.length; i++)
    for (let n = 1; n <= 3 && i + n <= parts.length; n++) yield parts.slice(i, i + n).join('');
}

/**
 * Top-level domains that a disguised host spells out in the middle of its name. A host carrying one of
 * these before its own registrable part dresses itself as another site: `paypal.com.verify.xyz`,
 * `gosuslugi.ru.payouts.site`, `spiegel.de-exklusiv.top`.
 */
const DISGUISE_TLDS = new Set(
  'com org net gov edu info int mil eu uk de fr es it ru ua pl nl be ch at pt se no fi dk cz gr tr us ca au in jp cn br mx ar io co'.split(
    ' ',
  ),
);

/**
 * Whether a host spells out another domain before its real one — a structural trick that needs no list
 * of imitated sites: a TLD as a label, or a TLD followed by a hyphen, anywhere before the host's last
 * two labels (`bbc.co.uk` and `abc.net.au` are untouched: their TLD-like labels are the suffix), or a subdomain that
 * is a domain with hyphens for dots (`icij-org.luanda-files.info`).
 */
/** Endings a domain hyphened into a subdomain keeps (round 103): generic ones, and a country's second levels. */
const GENERIC_ENDINGS = new Set(['com', 'org', 'net', 'gov', 'edu']);
const SECOND_LEVELS = new Set(['co', 'com', 'net', 'org', 'gov', 'ac', 'edu']);

export function embeddedDomain(host: string): string | null {
  const labels = host.replace(/\.$/, '').split('.');
  // Round 103: a subdomain that is a whole domain with hyphens for its dots (`icij-org.luanda-files.info`,
  // `abc-net-au.news-archive.co`, `kenya-gov.ke.compensation-portal.info`).
  for (let i = 0; i < labels.length - 2; i++) {
    const parts = labels[i]!.split('-');
    const last = parts[parts.length - 1]!;
    // A generic ending (`-org`, `-gov`), or a country's with its second level (`-net-au`, `-co-uk`); not a
    // country code alone, which ordinary subdomains carry (`tickets-de.eventim.de`).
    const generic = parts.length >= 2 && GENERIC_ENDINGS.has(last);
    const national = parts.length >= 3 && last.length === 2 && SECOND_LEVELS.has(parts[parts.length - 2]!);
    if (parts[0]!.length >= 2 && (generic || national)) return parts.join('.');
  }
  for (let i = 1; i < labels.length - 1; i++) {
    const label = labels[i]!;
    const before = labels[i - 1]!;
    if (before.length < 2) continue;
    if (i < labels.length - 2 && DISGUISE_TLDS.has(label)) return `${before}.${label}`;
    const dash = label.indexOf('-');
    if (dash > 0 && DISGUISE_TLDS.has(label.slice(0, dash))) return `${before}.${label.slice(0, dash)}`;
  }
  return null;
}
