import { describe, expect, it } from 'vitest';
import { countsQuery, listCommentsQuery, postCommentInput } from '../../shared/domain/schemas';

const valid = { authorName: 'Ana', body: 'A measured point about sanctions.' };

describe('postCommentInput', () => {
  it('accepts a minimal comment and trims text', () => {
    expect(postCommentInput.parse({ authorName: '  Ana ', body: '  hi  ' })).toEqual({
      authorName: 'Ana',
      body: 'hi',
    });
  });

  it('treats an empty optional field as absent', () => {
    expect(postCommentInput.parse({ ...valid, authorEmail: '', parentId: null, website: '' })).toEqual({
      ...valid,
      website: '',
    });
  });

  it.each([
    ['empty body', { ...valid, body: '   ' }],
    ['body over 5000 code points', { ...valid, body: 'x'.repeat(5001) }],
    ['name over 80', { ...valid, authorName: 'n'.repeat(81) }],
    ['multi-line name', { ...valid, authorName: 'a\nb' }],
    ['NUL in body', { ...valid, body: 'a\u0000b' }],
    ['lone surrogate', { ...valid, body: 'a\uD800b' }],
    ['bidi override', { ...valid, body: 'abc\u202Edef' }],
    ['zalgo flood', { ...valid, body: 'a' + '\u0301'.repeat(20) }],
    ['filled honeypot', { ...valid, website: 'http://spam.example' }],
    ['bad e-mail', { ...valid, authorEmail: 'not-an-email' }],
    ['unknown field', { ...valid, admin: true }],
    ['wrong type', { ...valid, body: 42 }],
  ])('rejects %s', (_, input) => {
    expect(postCommentInput.safeParse(input).success).toBe(false);
  });

  it('counts code points, so 5000 emoji fit', () => {
    expect(postCommentInput.safeParse({ ...valid, body: '😀'.repeat(5000) }).success).toBe(true);
  });
});

describe('query schemas', () => {
  it('defaults and bounds limit and sort', () => {
    expect(listCommentsQuery.parse({})).toEqual({ sort: 'oldest', limit: 20 });
    for (const limit of ['0', '101', '-1', 'abc', '1.5'])
      expect(listCommentsQuery.safeParse({ limit }).success).toBe(false);
    expect(listCommentsQuery.safeParse({ sort: 'random' }).success).toBe(false);
  });

  it('splits, de-duplicates and bounds article ids for counts', () => {
    expect(countsQuery.parse({ articleIds: 'a,b,a' }).articleIds).toEqual(['a', 'b']);
    expect(
      countsQuery.safeParse({ articleIds: Array.from({ length: 101 }, (_, i) => `a${i}`).join(',') }).success,
    ).toBe(false);
    expect(countsQuery.safeParse({ articleIds: 'ok,<bad>' }).success).toBe(false);
    expect(countsQuery.safeParse({}).success).toBe(false);
  });
});
