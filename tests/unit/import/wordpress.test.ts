import { createReadStream } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportRecord } from '../../../shared/import/records';
import { parseWordPress } from '../../../shared/import/wordpress';
import { collect, commentById, comments, skips, textStream, threads } from './support';

const FIXTURE = new URL('../../fixtures/import/wordpress.xml', import.meta.url);

describe('parseWordPress on the fixture export', () => {
  let records: ImportRecord[];
  beforeAll(async () => {
    records = await collect(parseWordPress(createReadStream(FIXTURE)));
  });

  it('yields posts and pages as threads, and other items only when they have comments', () => {
    expect(threads(records)).toEqual([
      {
        kind: 'thread',
        source: 'wordpress',
        sourceId: '101',
        link: 'https://news.example.org/2026/11/sahel-networks/',
        identifier: null,
        title: 'Sahel: networks & power',
        createdAt: '2026-11-18T07:30:00.000Z',
      },
      {
        kind: 'thread',
        source: 'wordpress',
        sourceId: '102',
        link: 'https://news.example.org/about/',
        identifier: null,
        title: 'О выборах в Молдове',
        createdAt: null,
      },
      {
        kind: 'thread',
        source: 'wordpress',
        sourceId: '105',
        link: 'https://news.example.org/gallery/',
        identifier: null,
        title: 'Gallery with a comment',
        createdAt: '2026-11-21T09:00:00.000Z',
      },
    ]);
  });

  it('yields a thread before its comments', () => {
    const order = records.filter((r) => r.kind !== 'skip').map((r) => `${r.kind}:${r.sourceId}`);
    expect(order.indexOf('thread:101')).toBe(0);
    expect(order.indexOf('thread:105')).toBe(order.indexOf('comment:31') - 1);
  });

  it('reads a comment with its author, e-mail, GMT date and CDATA content as stored (CRLF read as LF)', () => {
    expect(commentById(records, '11')).toEqual({
      kind: 'comment',
      source: 'wordpress',
      sourceId: '11',
      threadSourceId: '101',
      parentSourceId: null,
      authorName: 'Amina Diallo',
      authorEmail: 'amina@example.org',
      createdAt: '2026-11-18T08:00:00.000Z',
      createdAtAssumedUtc: false,
      body: 'Great piece & a <b>bold</b> claim.\nSecond line.',
      state: 'approved',
    });
  });

  it('keeps replies three deep through wp:comment_parent, 0 meaning none', () => {
    expect(commentById(records, '12').parentSourceId).toBe('11');
    expect(commentById(records, '13').parentSourceId).toBe('12');
    expect(commentById(records, '19').parentSourceId).toBe('13');
    expect(commentById(records, '14').parentSourceId).toBeNull();
  });

  it('keeps Cyrillic, accented and emoji text, and decodes entities outside CDATA', () => {
    expect(commentById(records, '12')).toMatchObject({
      authorName: 'Ольга Петрова',
      body: 'Согласна, но санкции важнее 🙂',
    });
    expect(commentById(records, '13')).toMatchObject({
      authorName: 'José Müller',
      authorEmail: null,
      body: 'Entities &amp; plain text 🌍 <i>été</i>',
    });
  });

  it('maps comment_approved 1 to approved, 0 to pending, spam to spam and trash to deleted', () => {
    const states = Object.fromEntries(comments(records).map((c) => [c.sourceId, c.state]));
    expect(states).toEqual({
      '11': 'approved',
      '12': 'approved',
      '13': 'approved',
      '14': 'pending',
      '15': 'spam',
      '16': 'deleted',
      '19': 'approved',
      '31': 'approved',
    });
  });

  it('falls back to wp:comment_date read as UTC, and flags it, when the GMT date is 0000-00-00', () => {
    expect(commentById(records, '19')).toMatchObject({
      createdAt: '2026-11-20T14:15:16.000Z',
      createdAtAssumedUtc: true,
    });
    expect(
      comments(records)
        .filter((c) => c.createdAtAssumedUtc)
        .map((c) => c.sourceId),
    ).toEqual(['19']);
  });

  it('skips pingbacks, trackbacks, unknown states, unreadable dates and items without an id, and goes on', () => {
    expect(skips(records).map(({ sourceId, line, reason }) => ({ sourceId, line, reason }))).toEqual([
      { sourceId: '17', line: 109, reason: 'wp:comment_type "pingback" is not a reader\'s comment' },
      { sourceId: '18', line: 120, reason: 'no readable date in wp:comment_date_gmt or wp:comment_date' },
      { sourceId: '20', line: 140, reason: 'unknown wp:comment_approved "post-trashed"' },
      { sourceId: '21', line: 148, reason: 'wp:comment_type "trackback" is not a reader\'s comment' },
      { sourceId: null, line: 188, reason: 'item without a wp:post_id' },
      { sourceId: '41', line: 191, reason: 'comment on an item without a wp:post_id' },
    ]);
  });
});

describe('parseWordPress namespaces and item types', () => {
  const wxr = (namespace: string, prefix: string, body: string) =>
    `<rss xmlns:${prefix}="${namespace}"><channel><item><title>T</title>
      <${prefix}:post_id>5</${prefix}:post_id><${prefix}:post_type>post</${prefix}:post_type>
      ${body.replaceAll('wp:', `${prefix}:`)}</item></channel></rss>`;
  const comment = `<wp:comment><wp:comment_id>9</wp:comment_id><wp:comment_approved>1</wp:comment_approved>
    <wp:comment_date_gmt>2020-01-01 00:00:00</wp:comment_date_gmt><wp:comment_content>x</wp:comment_content>
    </wp:comment>`;

  it.each([
    ['WXR 1.1 under another prefix', 'http://wordpress.org/export/1.1/', 'wordpress'],
    ['WXR 1.0', 'http://wordpress.org/export/1.0/', 'wp'],
  ])('reads %s', async (_name, namespace, prefix) => {
    const records = await collect(parseWordPress(textStream(wxr(namespace, prefix, comment))));
    expect(records.map((r) => [r.kind, r.sourceId])).toEqual([
      ['thread', '5'],
      ['comment', '9'],
    ]);
  });

  it('does not read wp: elements in a namespace that is not a WordPress export', async () => {
    const records = await collect(parseWordPress(textStream(wxr('http://example.org/wp', 'wp', comment))));
    expect(records).toEqual([
      { kind: 'skip', source: 'wordpress', sourceId: null, line: 1, reason: 'item without a wp:post_id' },
    ]);
  });

  it('skips comment types other than comments, such as WooCommerce order notes', async () => {
    const note = comment.replace(
      '</wp:comment>',
      '<wp:comment_type>order_note</wp:comment_type></wp:comment>',
    );
    const records = await collect(
      parseWordPress(textStream(wxr('http://wordpress.org/export/1.2/', 'wp', note))),
    );
    expect(skips(records).map((s) => s.reason)).toEqual([
      'wp:comment_type "order_note" is not a reader\'s comment',
    ]);
  });
});
