import { describe, expect, it } from 'vitest';
import { links } from '../../../shared/moderation/checks/links';
import { makeContext } from '../support';

const policy = (l: Partial<{ maxLinks: number; allowedDomains: string[]; blockedDomains: string[] }>) => ({
  links: { maxLinks: 2, allowedDomains: [], blockedDomains: [], ...l },
});

describe('links check', () => {
  it('holds more than two links as too_many_links, listing them', async () => {
    const result = await links.run(
      makeContext('See https://a.example/1, https://b.example/2 and https://c.example/3.'),
    );
    expect(result).toMatchObject({ outcome: 'hold', reason: 'too_many_links', score: 3 });
    expect(result.evidence?.filter((e) => e.kind === 'link').map((e) => e.value)).toEqual([
      'https://a.example/1',
      'https://b.example/2',
      'https://c.example/3',
    ]);
  });

  it('passes two links and records them', async () => {
    const result = await links.run(
      makeContext('Sources: https://www.sipri.org/x and https://acleddata.com/data'),
    );
    expect(result).toMatchObject({ outcome: 'pass', score: 2 });
    expect(result.evidence).toHaveLength(2);
  });

  it('does not count links to allowed domains', async () => {
    const ctx = makeContext(
      'https://news.example/a https://news.example/b https://news.example/c https://other.example',
      {
        policy: policy({ allowedDomains: ['news.example'] }),
      },
    );
    expect((await links.run(ctx)).outcome).toBe('pass');
  });

  it('rejects a link to a blocked domain (or its subdomain) as spam', async () => {
    const ctx = makeContext('Cheap pills at https://shop.pills.example/buy now', {
      policy: policy({ blockedDomains: ['pills.example'] }),
    });
    expect(await links.run(ctx)).toMatchObject({
      outcome: 'reject',
      reason: 'spam',
      evidence: [
        { kind: 'link', value: 'https://shop.pills.example/buy', detail: 'blocked domain pills.example' },
      ],
    });
  });

  it('rejects a blocked domain written without a scheme', async () => {
    const ctx = makeContext('go to WWW.PILLS.EXAMPLE for more', {
      policy: policy({ blockedDomains: ['pills.example'] }),
    });
    expect(await links.run(ctx)).toMatchObject({
      outcome: 'reject',
      evidence: [{ kind: 'domain', span: [6, 23] }],
    });
  });

  it('does not treat a look-alike domain as blocked', async () => {
    const ctx = makeContext('https://notpills.example/a', {
      policy: policy({ blockedDomains: ['pills.example'] }),
    });
    expect((await links.run(ctx)).outcome).toBe('pass');
  });

  it('honours a stricter limit', async () => {
    const ctx = makeContext('https://a.example', { policy: policy({ maxLinks: 0 }) });
    expect((await links.run(ctx)).outcome).toBe('hold');
  });
});
