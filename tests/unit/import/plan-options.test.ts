import { describe, expect, it } from 'vitest';
import { ARTICLE_ID_PATTERN } from '../../../shared/domain/schemas';
import { articleIdFor, articleIdFromLink, parseArticleMap } from '../../../shared/import/plan-articles';
import { DEFAULT_STATUS_MAP, ImportOptionError, parseStatusMap } from '../../../shared/import/plan-status';
import type { ImportThread } from '../../../shared/import/records';

const SITE = 'https://news.example.org';

const thread = (fields: Partial<ImportThread> = {}): ImportThread => ({
  kind: 'thread',
  source: 'disqus',
  sourceId: '1001',
  link: `${SITE}/2026/11/sahel-networks`,
  identifier: '2026-11-18-sahel-networks',
  title: null,
  createdAt: null,
  ...fields,
});

describe('articleIdFor', () => {
  it('takes the map first, by link, then identifier, then source id', () => {
    const map = new Map([
      [`${SITE}/2026/11/sahel-networks`, 'by-link'],
      ['2026-11-18-sahel-networks', 'by-identifier'],
      ['1001', 'by-source-id'],
    ]);
    expect(articleIdFor(thread(), { map, siteUrl: SITE })).toBe('by-link');
    map.delete(`${SITE}/2026/11/sahel-networks`);
    expect(articleIdFor(thread(), { map, siteUrl: SITE })).toBe('by-identifier');
    map.delete('2026-11-18-sahel-networks');
    expect(articleIdFor(thread(), { map, siteUrl: SITE })).toBe('by-source-id');
    map.delete('1001');
    expect(articleIdFor(thread(), { map, siteUrl: SITE })).toBe('2026-11-18-sahel-networks');
  });

  it('takes a Disqus identifier only when it is a valid article id, else the link', () => {
    const plugin = thread({ identifier: '123 https://news.example.org/?p=123' });
    expect(articleIdFor(plugin, { siteUrl: SITE })).toBe('2026-11-sahel-networks');
  });

  it('is null without a rule that applies', () => {
    expect(articleIdFor(thread({ identifier: null }), {})).toBeNull();
    expect(articleIdFor(thread({ identifier: null, link: null }), { siteUrl: SITE })).toBeNull();
  });
});

describe('articleIdFromLink', () => {
  it.each([
    ['https://news.example.org/2026/11/sahel-networks', '2026-11-sahel-networks'],
    ['https://www.news.example.org/2026/11/sahel-networks/', '2026-11-sahel-networks'],
    ['http://news.example.org/2026/11/Sahel-Networks?ref=home&utm=feed#comments', '2026-11-sahel-networks'],
    ['https://news.example.org/2026/11/sahel-networks/index.html', '2026-11-sahel-networks'],
    ['https://news.example.org//world//story.html', 'world-story.html'],
    ['https://news.example.org/2026/caf%C3%A9-cr%C3%A8me', '2026-cafe-creme'],
    ['https://www.news.example.org/2026/11/Sahel-Networks/?ref=home#c1', '2026-11-sahel-networks'],
  ])('%s → %s', (link, id) => {
    expect(articleIdFromLink(link, SITE)).toBe(id);
  });

  it('is null for another site, the site root, or what is not a URL', () => {
    expect(articleIdFromLink('https://other.example.org/2026/story', SITE)).toBeNull();
    expect(articleIdFromLink('https://news.example.org:8443/2026/story', SITE)).toBeNull();
    expect(articleIdFromLink('https://news.example.org/?p=101', SITE)).toBeNull();
    expect(articleIdFromLink('not a url', SITE)).toBeNull();
  });

  it('reads paths below a site URL that has a path of its own', () => {
    expect(articleIdFromLink('https://example.org/news/2026/story/', 'https://www.example.org/news')).toBe(
      '2026-story',
    );
    expect(articleIdFromLink('https://example.org/blog/2026/story/', 'https://example.org/news/')).toBeNull();
  });

  it('adds a hash suffix when characters had to be replaced, so such paths stay apart', () => {
    const a = articleIdFromLink('https://news.example.org/2026/выборы-в-молдове', SITE);
    const b = articleIdFromLink('https://news.example.org/2026/выборы-в-румынии', SITE);
    expect(a).toMatch(/^2026-[0-9a-f]{8}$/);
    expect(b).toMatch(/^2026-[0-9a-f]{8}$/);
    expect(a).not.toBe(b);
    expect(articleIdFromLink('https://news.example.org/_draft/story', SITE)).toMatch(
      /^draft-story-[0-9a-f]{8}$/,
    );
    expect(articleIdFromLink('https://news.example.org/новости', SITE)).toMatch(/^p-[0-9a-f]{8}$/);
  });

  it('cuts an id over 128 characters with a hash suffix', () => {
    const long = `${SITE}/${'a'.repeat(100)}/${'b'.repeat(100)}`;
    const id = articleIdFromLink(long, SITE)!;
    expect(id).toHaveLength(128);
    expect(id).toMatch(ARTICLE_ID_PATTERN);
    expect(id).toMatch(/-[0-9a-f]{8}$/);
    expect(articleIdFromLink(`${long}c`, SITE)).not.toBe(id);
  });
});

describe('parseArticleMap', () => {
  it('reads one mapping per line, the article id last, ignoring blanks and comments', () => {
    const map = parseArticleMap(
      [
        '# link or id, then the article id',
        'https://news.example.org/2026/11/moldova-vote 2026-11-moldova',
        '',
        '123 https://news.example.org/?p=123\tsahel-2026',
        '1003   empty-thread  ',
      ].join('\r\n'),
    );
    expect([...map]).toEqual([
      ['https://news.example.org/2026/11/moldova-vote', '2026-11-moldova'],
      ['123 https://news.example.org/?p=123', 'sahel-2026'],
      ['1003', 'empty-thread'],
    ]);
  });

  it('refuses a line without a key, an invalid article id or a key given twice, with its line', () => {
    expect(() => parseArticleMap('lonely')).toThrow(/line 1: expected/);
    expect(() => parseArticleMap('\nkey not/an/id')).toThrow(
      /line 2: "not\/an\/id" is not a valid article id/,
    );
    expect(() => parseArticleMap('k a\nk b')).toThrow(/line 2: "k" is mapped twice/);
    expect(() => parseArticleMap('lonely')).toThrow(ImportOptionError);
  });
});

describe('parseStatusMap', () => {
  it('changes the default map where told', () => {
    expect(parseStatusMap('spam=skip, pending = approved')).toEqual({
      approved: 'approved',
      pending: 'approved',
      spam: 'skip',
      deleted: 'skip',
    });
    expect(parseStatusMap('')).toEqual(DEFAULT_STATUS_MAP);
  });

  it.each([
    ['spamm=skip', /unknown state "spamm" \(states: approved, pending, spam, deleted\)/],
    ['spam=delete', /unknown target "delete" for spam \(targets: approved, pending, rejected, skip\)/],
    ['spam', /"spam" is not state=target/],
    ['spam=skip=x', /"spam=skip=x" is not state=target/],
    ['spam=skip,spam=rejected', /spam is given twice/],
    ['deleted=received', /unknown target "received"/],
  ])('refuses %s', (text, message) => {
    expect(() => parseStatusMap(text)).toThrow(ImportOptionError);
    expect(() => parseStatusMap(text)).toThrow(message);
  });
});
