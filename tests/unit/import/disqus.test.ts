import { createReadStream } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDisqus } from '../../../shared/import/disqus';
import type { ImportRecord } from '../../../shared/import/records';
import {
  collect,
  commentById,
  comments,
  fixtureBytes,
  inChunks,
  skips,
  textStream,
  threads,
} from './support';

const FIXTURE = new URL('../../fixtures/import/disqus.xml', import.meta.url);

describe('parseDisqus on the fixture export', () => {
  let records: ImportRecord[];
  beforeAll(async () => {
    records = await collect(parseDisqus(createReadStream(FIXTURE)));
  });

  it('yields each thread with its link, identifier, title and UTC date, entities decoded', () => {
    expect(threads(records)).toEqual([
      {
        kind: 'thread',
        source: 'disqus',
        sourceId: '1001',
        link: 'https://news.example.org/2026/11/sahel-networks?ref=home&utm=feed',
        identifier: '2026-11-18-sahel-networks',
        title: 'Le Sahel : réseaux & pouvoirs',
        createdAt: '2026-11-18T07:30:00.000Z',
      },
      {
        kind: 'thread',
        source: 'disqus',
        sourceId: '1002',
        link: 'https://news.example.org/2026/11/moldova-vote',
        identifier: null,
        title: 'Выборы в Молдове',
        createdAt: null,
      },
      {
        kind: 'thread',
        source: 'disqus',
        sourceId: '1003',
        link: 'https://news.example.org/2026/12/empty',
        identifier: null,
        title: null,
        createdAt: '2026-12-01T09:00:00.000Z',
      },
    ]);
  });

  it('reads a post with its thread, author, e-mail and the CDATA message as stored', () => {
    expect(commentById(records, '2001')).toEqual({
      kind: 'comment',
      source: 'disqus',
      sourceId: '2001',
      threadSourceId: '1001',
      parentSourceId: null,
      authorName: 'Amina Diallo',
      authorEmail: 'amina@example.org',
      createdAt: '2026-11-18T08:00:00.000Z',
      createdAtAssumedUtc: false,
      body: '<p>Great piece &amp; a <b>bold</b> claim.</p>',
      state: 'approved',
    });
  });

  it('keeps replies three deep through their parents', () => {
    expect(commentById(records, '2002').parentSourceId).toBe('2001');
    expect(commentById(records, '2003').parentSourceId).toBe('2002');
  });

  it('keeps Cyrillic, accented and emoji text, escaped markup and character references', () => {
    expect(commentById(records, '2002')).toMatchObject({
      authorName: 'Ольга Петрова',
      authorEmail: 'olga@example.org',
      body: '<p>Согласна, но санкции важнее 🙂</p>',
    });
    expect(commentById(records, '2003')).toMatchObject({
      authorName: 'José Müller',
      authorEmail: null,
      body: '<p>José here: entities &amp; plain text 🌍 été</p>',
      createdAt: '2026-11-18T09:10:00.250Z',
    });
  });

  it('joins a message split into several CDATA sections and text', () => {
    expect(commentById(records, '2009')).toMatchObject({
      body: 'Part one, part two and a tail.',
      authorName: null,
      authorEmail: null,
    });
  });

  it('maps isDeleted to deleted (over isSpam), isSpam to spam, isApproved false to pending, else approved', () => {
    const states = Object.fromEntries(comments(records).map((c) => [c.sourceId, c.state]));
    expect(states).toEqual({
      '2001': 'approved',
      '2002': 'approved',
      '2003': 'approved',
      '2004': 'deleted',
      '2005': 'spam',
      '2006': 'pending',
      '2009': 'approved',
    });
  });

  it('reads a date without a zone as UTC', () => {
    expect(commentById(records, '2006').createdAt).toBe('2026-11-19T11:00:00.000Z');
  });

  it('skips what it cannot use, with the id, the line and why, and goes on', () => {
    expect(skips(records).map(({ sourceId, line, reason }) => ({ sourceId, line, reason }))).toEqual([
      { sourceId: null, line: 38, reason: 'thread without a dsq:id' },
      { sourceId: '2007', line: 114, reason: 'post for thread 9999, not in the export' },
      { sourceId: '2008', line: 122, reason: 'unreadable createdAt "2026-02-31T10:00:00Z"' },
      { sourceId: null, line: 139, reason: 'post without a dsq:id' },
      { sourceId: '2011', line: 144, reason: 'post without a thread' },
      { sourceId: '2012', line: 148, reason: 'unreadable isSpam "maybe"' },
    ]);
    expect(records.at(-1)).toMatchObject({ kind: 'skip', sourceId: '2012' });
  });

  it('reads the same records from a Node stream, a byte iterable and a string iterable', async () => {
    const bytes = fixtureBytes('disqus.xml');
    expect(await collect(parseDisqus(inChunks(bytes, [4096])))).toEqual(records);
    expect(await collect(parseDisqus(textStream(new TextDecoder().decode(bytes))))).toEqual(records);
  });
});

describe('parseDisqus namespaces', () => {
  it('reads dsq:id by namespace, whatever prefix the file binds it to', async () => {
    const xml = `<export xmlns="http://disqus.com" xmlns:int="http://disqus.com/disqus-internals">
      <thread int:id="7"><link>https://a.example/</link></thread>
      <post int:id="8"><message>Hi</message><createdAt>2024-01-02T03:04:05Z</createdAt>
        <thread int:id="7"/><parent int:id="6"/></post>
    </export>`.replace(/export/g, 'disqus');
    const records = await collect(parseDisqus(textStream(xml)));
    expect(records.map((r) => [r.kind, r.sourceId])).toEqual([
      ['thread', '7'],
      ['comment', '8'],
    ]);
    expect(commentById(records, '8').parentSourceId).toBe('6');
  });

  it('does not take an id from another namespace for dsq:id', async () => {
    const xml = `<disqus xmlns="http://disqus.com" xmlns:dsq="http://example.org/not-disqus">
      <thread dsq:id="7"><link>https://a.example/</link></thread></disqus>`;
    expect(await collect(parseDisqus(textStream(xml)))).toEqual([
      { kind: 'skip', source: 'disqus', sourceId: null, line: 2, reason: 'thread without a dsq:id' },
    ]);
  });

  it('keeps the first value of a field written twice', async () => {
    const xml = `<disqus xmlns="http://disqus.com" xmlns:dsq="http://disqus.com/disqus-internals">
      <thread dsq:id="7"><link>https://first.example/</link><link>https://second.example/</link></thread></disqus>`;
    const [thread] = threads(await collect(parseDisqus(textStream(xml))));
    expect(thread?.link).toBe('https://first.example/');
  });
});
