import { describe, expect, it } from 'vitest';
import { networkBucket } from '../../shared/domain/network';

describe('networkBucket', () => {
  it('groups IPv4 by /24 and unwraps IPv4-mapped IPv6', () => {
    expect(networkBucket('203.0.113.77')).toBe('203.0.113.0/24');
    expect(networkBucket('::ffff:203.0.113.9')).toBe('203.0.113.0/24');
  });

  it('groups IPv6 by /48', () => {
    expect(networkBucket('2001:db8:1:2::5')).toBe('2001:db8:1::/48');
    expect(networkBucket('2001:db8:1:ffff:1:2:3:4')).toBe('2001:db8:1::/48');
    expect(networkBucket('::1')).toBe('0:0:0::/48');
  });
});
