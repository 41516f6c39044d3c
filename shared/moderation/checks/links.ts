import { MAX_LINKS } from '../../domain/render';
import type { FoundLink } from '../../domain/render';
import { embeddedDomain, imitatedSite, readHost } from '../text/hosts';
import { linksOf } from '../text/links';
import type { Evidence, ModerationCheck } from '../types';

/** Dotted names written without a scheme (`cheap-pills.example`), checked against the blocked list only. */
const BARE_HOST = /(?<![\w@.-])(?:[a-z0-9-]{1,63}\.)+[a-z][a-z0-9-]{1,62}(?![\w-])/gi;

/** The policy's domain lists as sets, cached per list (a loaded policy's arrays are reused). */
const domainSets = new WeakMap<readonly string[], ReadonlySet<string>>();
function domainSet(domains: readonly string[]): ReadonlySet<string> {
  let set = domainSets.get(domains);
  if (!set) domainSets.set(domains, (set = new Set(domains)));
  return set;
}

/** The listed domain `host` is on (itself or a subdomain), found label by label: O(labels), not O(list). */
function onDomain(host: string, domains: ReadonlySet<string>): string | undefined {
  for (let h = host; ;) {
    if (domains.has(h)) return h;
    const dot = h.indexOf('.');
    if (dot < 0) return undefined;
    h = h.slice(dot + 1);
  }
}

/** Look-alike targets: the policy's list and the newsroom's own (allowed) domains. */
const targetLists = new WeakMap<readonly string[], WeakMap<readonly string[], readonly string[]>>();
function lookalikeTargets(targets: readonly string[], allowed: readonly string[]): readonly string[] {
  let inner = targetLists.get(targets);
  if (!inner) targetLists.set(targets, (inner = new WeakMap()));
  let list = inner.get(allowed);
  if (!list) inner.set(allowed, (list = [...targets, ...allowed]));
  return list;
}

const linkEvidence = (link: FoundLink, detail?: string): Evidence => ({
  kind: 'link',
  value: link.href,
  span: [link.start, link.end],
  ...(detail ? { detail } : {}),
});

/** Verdicts per host for one target list; hosts recur across comments, so a few hundred are kept. */
const verdicts = new WeakMap<readonly string[], Map<string, string | null>>();
const MAX_VERDICTS = 512;

/** Why a link's host may mislead a reader, or null. */
function lookalike(host: string, targets: readonly string[], holdIdnHosts: boolean): string | null {
  let known = verdicts.get(targets);
  if (!known) verdicts.set(targets, (known = new Map<string, string | null>()));
  let why = known.get(host);
  if (why === undefined) {
    const reading = readHost(host);
    const imitated = imitatedSite(host, targets);
    const embedded = embeddedDomain(host);
    why = imitated
      ? `host ${reading.unicode} ${imitated.how} ${imitated.target}`
      : embedded
        ? `host ${reading.unicode} dresses up as ${embedded}`
        : reading.mixedScripts
          ? `host ${reading.unicode} (${host}) mixes scripts: ${reading.mixedScripts.join(', ')}`
          : reading.idn
            ? `internationalised host ${reading.unicode} (${host})`
            : null;
    if (known.size >= MAX_VERDICTS) known.clear();
    known.set(host, why);
  }
  // Only the plain internationalised-name verdict depends on the switch.
  return why?.startsWith('internationalised host') && !holdIdnHosts ? null : why;
}

/**
 * Links the renderer makes clickable (`scanLinks`, the same function that renders them), with or
 * without a scheme:
 * - any on a blocked domain → reject as `spam` (a blocked domain named without a scheme counts too:
 *   it is still an advertisement);
 * - a host that imitates a well-known site or one of the allowed domains (its name reads like it, names
 *   it, or adds words to it), spells out another domain before its own (`paypal.com.verify.xyz`,
 *   `spiegel.de-news.top`) or mixes scripts in a label → reject as `spam` (hold as `lookalike_host`
 *   with `rejectLookalikes` off);
 * - a plain internationalised name (unless `holdIdnHosts` is off) → hold as `lookalike_host`;
 * - a link through a URL shortener → hold as `url_shortener`;
 * - more than `maxLinks` outside the allowed domains, or more than the renderer links at all
 *   (MAX_LINKS) → hold as `too_many_links`.
 * Links on allowed domains are never counted or held. Evidence carries each link's span.
 */
export const links: ModerationCheck = {
  name: 'links',
  run: ({ comment, policy }) => {
    const { maxLinks, allowedDomains, blockedDomains, shortenerDomains, holdIdnHosts } = policy.links;
    const allowed = domainSet(allowedDomains);
    const blockedSet = domainSet(blockedDomains);
    const shorteners = domainSet(shortenerDomains);
    const targets = lookalikeTargets(policy.links.lookalikeTargets, allowedDomains);
    const { links: found, overflow } = linksOf(comment.body);
    const blocked: Evidence[] = [];
    const lookalikes: Evidence[] = [];
    const shortened: Evidence[] = [];
    const counted: Evidence[] = [];
    for (const link of found) {
      const host = link.host.replace(/\.$/, '');
      const bad = onDomain(host, blockedSet);
      if (bad) {
        blocked.push(linkEvidence(link, `blocked domain ${bad}`));
        continue;
      }
      if (onDomain(host, allowed)) continue;
      counted.push(linkEvidence(link));
      const why = lookalike(host, targets, holdIdnHosts);
      if (why) lookalikes.push(linkEvidence(link, why));
      const shortener = onDomain(host, shorteners);
      if (shortener) shortened.push(linkEvidence(link, `URL shortener ${shortener}`));
    }
    if (blockedSet.size > 0 && blocked.length === 0) {
      for (const m of comment.body.matchAll(BARE_HOST)) {
        const bad = onDomain(m[0].toLowerCase(), blockedSet);
        if (bad)
          blocked.push({
            kind: 'domain',
            value: m[0],
            span: [m.index, m.index + m[0].length],
            detail: `blocked domain ${bad}`,
          });
      }
    }
    if (blocked.length > 0)
      return { outcome: 'reject', reason: 'spam', score: found.length, evidence: blocked };
    const tooMany = counted.length > maxLinks || overflow;
    const count: Evidence[] = tooMany
      ? [
          {
            kind: 'links',
            value: overflow ? `more than ${MAX_LINKS}` : String(counted.length),
            detail: overflow
              ? `more than the ${MAX_LINKS} links a comment may show`
              : `more than ${maxLinks}`,
          },
        ]
      : [];
    // A host that imitates another site or spells out another domain, or mixes scripts in one label, is
    // a deception (phishing, fake mirrors): rejected as spam. A plain internationalised name may be an
    // honest site in another script: held for a human.
    const deceptive = lookalikes.filter((e) => !e.detail?.startsWith('internationalised host'));
    if (deceptive.length > 0 && policy.links.rejectLookalikes)
      return { outcome: 'reject', reason: 'spam', score: found.length, evidence: deceptive };
    const flagged = [...lookalikes, ...shortened];
    if (lookalikes.length > 0 || shortened.length > 0) {
      return {
        outcome: 'hold',
        reason: lookalikes.length > 0 ? 'lookalike_host' : 'url_shortener',
        score: found.length,
        evidence: [...flagged, ...count],
      };
    }
    if (tooMany)
      return {
        outcome: 'hold',
        reason: 'too_many_links',
        score: counted.length,
        evidence: [...count, ...counted],
      };
    return { outcome: 'pass', score: found.length, evidence: counted };
  },
};
