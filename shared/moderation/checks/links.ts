import { extractLinks } from '../../domain/render';
import type { Evidence, ModerationCheck } from '../types';

/** Dotted names written without a scheme (`cheap-pills.example`), checked against the blocked list only. */
const BARE_HOST = /(?<![\w@.-])(?:[a-z0-9-]{1,63}\.)+[a-z][a-z0-9-]{1,62}(?![\w-])/gi;

const onDomain = (host: string, domains: readonly string[]): string | undefined =>
  domains.find((d) => host === d || host.endsWith(`.${d}`));

function hostOf(href: string): string {
  return new URL(href).hostname.toLowerCase().replace(/\.$/, '');
}

/**
 * Links the renderer would make clickable (`extractLinks`): any on a blocked domain → reject as `spam`;
 * more than `maxLinks` outside the allowed domains → hold as `too_many_links`. A blocked domain named
 * without a scheme counts too: it is still an advertisement.
 */
export const links: ModerationCheck = {
  name: 'links',
  run: ({ comment, policy }) => {
    const { maxLinks, allowedDomains, blockedDomains } = policy.links;
    const hrefs = extractLinks(comment.body);
    const blocked: Evidence[] = [];
    const counted: Evidence[] = [];
    for (const href of hrefs) {
      const host = hostOf(href);
      const bad = onDomain(host, blockedDomains);
      if (bad) blocked.push({ kind: 'link', value: href, detail: `blocked domain ${bad}` });
      else if (!onDomain(host, allowedDomains)) counted.push({ kind: 'link', value: href });
    }
    if (blockedDomains.length > 0 && blocked.length === 0) {
      for (const m of comment.body.matchAll(BARE_HOST)) {
        const bad = onDomain(m[0].toLowerCase(), blockedDomains);
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
      return { outcome: 'reject', reason: 'spam', score: hrefs.length, evidence: blocked };
    if (counted.length > maxLinks) {
      return {
        outcome: 'hold',
        reason: 'too_many_links',
        score: counted.length,
        evidence: [
          { kind: 'links', value: String(counted.length), detail: `more than ${maxLinks}` },
          ...counted,
        ],
      };
    }
    return { outcome: 'pass', score: hrefs.length, evidence: counted };
  },
};
