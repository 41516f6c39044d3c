/**
 * Network buckets: the unit for per-network rate limits and reporter identity. An IPv4 address maps to
 * its /24, an IPv6 address to its /48 (one household or small organisation). Only salted hashes of
 * buckets are stored, never the address.
 */
import { isIPv4, isIPv6 } from 'node:net';

function expandIPv6(ip: string): number[] | null {
  const [head = '', tail] = ip.split('::');
  const parse = (s: string) => (s === '' ? [] : s.split(':').map((h) => parseInt(h, 16)));
  const left = parse(head);
  const right = tail === undefined ? [] : parse(tail);
  const missing = 8 - left.length - right.length;
  if (tail === undefined ? missing !== 0 : missing < 0) return null;
  return [...left, ...Array<number>(missing).fill(0), ...right];
}

/** The bucket an address belongs to, e.g. `203.0.113.0/24` or `2001:db8:1::/48`. */
export function networkBucket(sourceIp: string): string {
  const ip = sourceIp.startsWith('::ffff:') && isIPv4(sourceIp.slice(7)) ? sourceIp.slice(7) : sourceIp;
  if (isIPv4(ip)) return `${ip.split('.').slice(0, 3).join('.')}.0/24`;
  if (isIPv6(ip) && !ip.includes('.')) {
    const groups = expandIPv6(ip.split('%')[0] ?? ip);
    if (groups)
      return `${groups
        .slice(0, 3)
        .map((g) => g.toString(16))
        .join(':')}::/48`;
  }
  return `other:${ip}`;
}
