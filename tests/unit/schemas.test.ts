import { describe, expect, it } from 'vitest';
import {
  countsQuery,
  idempotencyKeySchema,
  listCommentsQuery,
  noticeInput,
  postCommentInput,
} from '../../shared/domain/schemas';
import { emailLookupInput } from '../../shared/domain/moderation-schemas';

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

  it('trims an e-mail address before checking it, as pasted addresses come (notices and the look-up too)', () => {
    expect(postCommentInput.parse({ ...valid, authorEmail: ' Nina@Example.org ' }).authorEmail).toBe(
      'Nina@Example.org',
    );
    expect(postCommentInput.parse({ ...valid, authorEmail: '   ' }).authorEmail).toBeUndefined();
    // A blank parent is no parent, as an empty one is.
    expect(postCommentInput.parse({ ...valid, parentId: '   ' }).parentId).toBeUndefined();
    const notice = { category: 'defamation', explanation: 'x'.repeat(30), goodFaith: true };
    expect(noticeInput.parse({ ...notice, notifierEmail: 'Nina@Example.org ' }).notifierEmail).toBe(
      'Nina@Example.org',
    );
    expect(emailLookupInput.parse({ email: '\tA@b.org ' }).email).toBe('A@b.org');
    expect(emailLookupInput.safeParse({ email: '  ' }).success).toBe(false);
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
    ['bad e-mail', { ...valid, authorEmail: 'not-an-email' }],
    ['unknown field', { ...valid, admin: true }],
    ['wrong type', { ...valid, body: 42 }],
  ])('rejects %s', (_, input) => {
    expect(postCommentInput.safeParse(input).success).toBe(false);
  });

  it('accepts a filled honeypot: the use case answers as if accepted and drops the post', () => {
    expect(postCommentInput.safeParse({ ...valid, website: 'http://spam.example' }).success).toBe(true);
  });

  it('counts code points, so 5000 emoji fit', () => {
    expect(postCommentInput.safeParse({ ...valid, body: '😀'.repeat(5000) }).success).toBe(true);
  });
});

describe('query schemas', () => {
  it('defaults and bounds limit and sort', () => {
    expect(listCommentsQuery.parse({})).toEqual({ sort: 'oldest', limit: 20 });
    for (const limit of ['0', '101', '-1', 'abc', '1.5', '1e2', '0x10', ' 5', '5.', '+5', ''])
      expect(listCommentsQuery.safeParse({ limit }).success).toBe(false);
    expect(listCommentsQuery.safeParse({ sort: 'random' }).success).toBe(false);
  });

  it('splits, de-duplicates and bounds article ids for counts', () => {
    expect(countsQuery.parse({ articleIds: 'a,b,a' }).articleIds).toEqual(['a', 'b']);
    expect(
      countsQuery.safeParse({ articleIds: Array.from({ length: 101 }, (_, i) => `a${i}`).join(',') }).success,
    ).toBe(false);
    // At most 100 as sent: repeats count toward the bound before they are dropped.
    expect(countsQuery.safeParse({ articleIds: Array(101).fill('a').join(',') }).success).toBe(false);
    expect(countsQuery.parse({ articleIds: Array(100).fill('a').join(',') }).articleIds).toEqual(['a']);
    expect(countsQuery.safeParse({ articleIds: 'ok,<bad>' }).success).toBe(false);
    expect(countsQuery.safeParse({}).success).toBe(false);
  });
});

describe('idempotencyKeySchema', () => {
  it.each([
    ['a UUID', '9d1c7c2e-1f0b-4a8e-9f51-2b1f4e0c7a11'],
    ['a ULID', '01JDX3V6Q8Z5N7K2M4P9R1T0WB'],
    ['22 random URL-safe characters', 'Zq3_xK9-pL2mN8vB4cR7tY'],
  ])('accepts %s', (_, key) => expect(idempotencyKeySchema.safeParse(key).success).toBe(true));

  it.each([
    ['one character', 'k'],
    ['a short word', 'key-1'],
    ['21 characters', 'Zq3_xK9-pL2mN8vB4cR7t'],
    ['a long run of one character', 'a'.repeat(40)],
    ['few distinct characters', 'abababababababababababab'],
    ['the nil UUID', '00000000-0000-0000-0000-000000000000'],
    ['characters outside the URL-safe set', 'Zq3_xK9-pL2mN8vB4cR7tY!'],
    ['over 255 characters', 'Zq3_xK9-pL2mN8vB4cR7tY'.repeat(12)],
  ])('refuses %s', (_, key) => expect(idempotencyKeySchema.safeParse(key).success).toBe(false));
});
