import { describe, expect, it } from 'vitest';
import { links } from '../../../shared/moderation/checks/links';
import { defaultPolicy, type Policy } from '../../../shared/moderation/policy';
import { makeContext } from '../support';

const policy = (l: Partial<Policy['links']>) => ({ links: { ...defaultPolicy().links, ...l } });

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

describe('links check: links as readers see them', () => {
  it('counts links written without a scheme, as the renderer links them', async () => {
    const body = 'Read www.sipri.org, acleddata.com/data and crisisgroup.org too.';
    const result = await links.run(makeContext(body));
    expect(result).toMatchObject({ outcome: 'hold', reason: 'too_many_links', score: 3 });
    const found = result.evidence!.filter((e) => e.kind === 'link');
    expect(found.map((e) => e.value)).toEqual([
      'https://www.sipri.org/',
      'https://acleddata.com/data',
      'https://crisisgroup.org/',
    ]);
    // Spans point at what the author typed, for the console to highlight.
    expect(found.map((e) => body.slice(...e.span!))).toEqual([
      'www.sipri.org',
      'acleddata.com/data',
      'crisisgroup.org',
    ]);
  });

  it('does not count e-mail addresses', async () => {
    const result = await links.run(makeContext('Write to desk@news.example.org or tips@reuters.com.'));
    expect(result).toMatchObject({ outcome: 'pass', score: 0 });
  });

  it('rejects a blocked domain linked without a scheme', async () => {
    const ctx = makeContext('Cheap pills: pills.shop/buy', {
      policy: policy({ blockedDomains: ['pills.shop'] }),
    });
    expect(await links.run(ctx)).toMatchObject({
      outcome: 'reject',
      reason: 'spam',
      evidence: [{ kind: 'link', value: 'https://pills.shop/buy', span: [13, 27] }],
    });
  });

  it('holds more links than the renderer shows, whatever maxLinks says', async () => {
    const body = Array.from({ length: 30 }, (_, i) => `https://source${i}.example/`).join(' ');
    const result = await links.run(makeContext(body, { policy: policy({ maxLinks: 50 }) }));
    expect(result).toMatchObject({ outcome: 'hold', reason: 'too_many_links' });
    expect(result.evidence?.[0]).toMatchObject({ kind: 'links', value: 'more than 25' });
    expect(result.evidence?.filter((e) => e.kind === 'link')).toHaveLength(25);
  });
});

describe('links check: URL shorteners', () => {
  it.each(['https://bit.ly/3xYz', 'see tinyurl.com/abc', 'http://www.t.co/x', 'lnkd.in/e4F'])(
    'holds %s as url_shortener',
    async (body) => {
      const result = await links.run(makeContext(body));
      expect(result).toMatchObject({ outcome: 'hold', reason: 'url_shortener' });
      expect(result.evidence?.[0]).toMatchObject({
        kind: 'link',
        detail: expect.stringMatching(/^URL shortener /),
      });
    },
  );

  it('follows the policy: a shortener taken off the list, or allowed, passes', async () => {
    expect(
      (await links.run(makeContext('https://bit.ly/x', { policy: policy({ shortenerDomains: [] }) })))
        .outcome,
    ).toBe('pass');
    expect(
      (await links.run(makeContext('https://bit.ly/x', { policy: policy({ allowedDomains: ['bit.ly'] }) })))
        .outcome,
    ).toBe('pass');
  });
});

describe('links check: look-alike hosts', () => {
  it.each([
    ['https://paypa1.com/login', 'paypal.com'],
    ['https://g00gle.com/', 'google.com'],
    ['gooogle.com/search', 'google.com'],
    ['https://rnicrosoft.com/support', 'microsoft.com'],
    ['https://pay-pal.net/', 'paypal.com'],
    ['https://paypal.com.account-check.net/', 'paypal.com'],
    ['https://\u0430\u0440\u0440\u04cf\u0435.com/', 'apple.com'], // all Cyrillic
  ])('rejects %s as spam, imitating %s (held with rejectLookalikes off)', async (body, target) => {
    const result = await links.run(makeContext(body));
    expect(result).toMatchObject({ outcome: 'reject', reason: 'spam' });
    expect(result.evidence?.[0]?.detail).toContain(target);
    const lenient = await links.run(makeContext(body, { policy: policy({ rejectLookalikes: false }) }));
    expect(lenient).toMatchObject({ outcome: 'hold', reason: 'lookalike_host' });
  });

  it.each([
    ['https://ecb.europa.eu.rates-update.club/form', 'europa.eu'],
    ['bundestag.de.petition-sign.online/form', 'bundestag.de'],
    ['https://apnews.com-live.site/world', 'apnews.com'],
    ['lemonde.fr-archives.top/2025/article', 'lemonde.fr'],
  ])('rejects %s, which spells out %s before its own domain', async (body, shown) => {
    const result = await links.run(makeContext(body));
    expect(result).toMatchObject({ outcome: 'reject', reason: 'spam' });
    expect(result.evidence?.[0]?.detail).toContain(shown.split('.')[0]);
  });

  it.each([
    ['https://www.bloomberg-markets-insider.com/today', 'bloomberg'],
    ['sberbank-bonus.online/ru', 'sberbank'],
    // The brand itself split by a hyphen, with words added.
    ['Live coverage: al-jazeera-live.net', 'aljazeera'],
    ['https://washington-post-breaking.news/video', 'washingtonpost'],
    // Names of the readership's news sites and phished platforms (the policy's default list).
    ['Новость тут: lenta-ru.news/article/123', 'lenta'],
    ['gmail-security-check.com/login', 'gmail'],
  ])('rejects %s, which adds words to %s', async (body, brand) => {
    const result = await links.run(makeContext(body));
    expect(result).toMatchObject({ outcome: 'reject', reason: 'spam' });
    expect(result.evidence?.[0]?.detail).toContain(brand);
  });

  it.each([
    'https://www.bbc.co.uk/news/world',
    'https://www.abc.net.au/news',
    'https://news.sky.com/story',
    'https://www.gov.uk/foreign-travel-advice',
    'https://ec.europa.eu/commission/presscorner',
    'https://www.lemonde.fr/international/',
    'https://data.worldbank.org/indicator',
    'https://lenta.ru/news/2025/',
    'https://www.kyivindependent.com/ukraine/',
    // Hyphened words that join into no brand, and a brand's parts on their own too short to count.
    'https://www.al-monitor.com/originals',
    'https://post-war-reconstruction.org/report',
    'https://www.new-york-review.example/essays',
  ])('passes the genuine %s', async (body) => {
    expect((await links.run(makeContext(body))).outcome).toBe('pass');
  });

  it('rejects a host that mixes scripts, showing it both ways', async () => {
    const result = await links.run(
      makeContext('https://\u0430pple-support.com/', { policy: policy({ holdIdnHosts: false }) }),
    );
    expect(result).toMatchObject({
      outcome: 'reject',
      reason: 'spam',
      evidence: [
        {
          kind: 'link',
          value: 'https://xn--pple-support-w9j.com/',
          detail: expect.stringMatching(/mixes scripts: (Cyrillic, Latin|Latin, Cyrillic)$/),
        },
      ],
    });
  });

  it('holds any internationalised host by default, and not when holdIdnHosts is off', async () => {
    const body = 'https://пример.рф/статья';
    expect(await links.run(makeContext(body))).toMatchObject({
      outcome: 'hold',
      reason: 'lookalike_host',
      evidence: [{ detail: 'internationalised host пример.рф (xn--e1afmkfd.xn--p1ai)' }],
    });
    expect((await links.run(makeContext(body, { policy: policy({ holdIdnHosts: false }) }))).outcome).toBe(
      'pass',
    );
  });

  it('protects the newsroom’s own (allowed) domains too', async () => {
    const ctx = makeContext('Subscribe at https://dai1y-gazette.com/offer', {
      policy: policy({ allowedDomains: ['daily-gazette.com'] }),
    });
    expect(await links.run(ctx)).toMatchObject({
      outcome: 'reject',
      reason: 'spam',
      evidence: [{ detail: 'host dai1y-gazette.com reads like daily-gazette.com' }],
    });
  });

  it.each([
    'https://www.google.com/maps',
    'https://google.de/',
    'https://www.google.com.au/',
    'https://news.bbc.co.uk/',
    'https://bbc.com/news',
    'https://en.wikipedia.org/wiki/Sahel',
    'https://apple.stackexchange.com/q/1',
    'https://www.nytimes.com/2026/03/02/world/africa/sahel.html',
    'https://gov.bc.ca/',
  ])('passes the genuine site %s', async (body) => {
    expect((await links.run(makeContext(body))).outcome).toBe('pass');
  });

  it('names the imitation before the shortener when a comment has both', async () => {
    const result = await links.run(
      makeContext('https://bit.ly/x and https://paypa1.com/', {
        policy: policy({ rejectLookalikes: false }),
      }),
    );
    expect(result).toMatchObject({ outcome: 'hold', reason: 'lookalike_host' });
    expect(result.evidence?.map((e) => e.detail)).toEqual([
      'host paypa1.com reads like paypal.com',
      'URL shortener bit.ly',
    ]);
  });
});
