import { describe, expect, it } from 'vitest';
import { sniffEncoding } from '../../../shared/import/decode';
import { flag, isoTimestampOrNull, textOrNull } from '../../../shared/import/fields';

describe('isoTimestampOrNull', () => {
  it.each([
    ['2026-11-18T07:30:00Z', '2026-11-18T07:30:00.000Z'],
    ['2026-11-18T07:30:00.5z', '2026-11-18T07:30:00.500Z'],
    ['2026-11-18T07:30:00.123456789Z', '2026-11-18T07:30:00.123Z'],
    ['2026-11-18 07:30:00', '2026-11-18T07:30:00.000Z'],
    ['  2026-11-18 07:30  ', '2026-11-18T07:30:00.000Z'],
    ['2026-11-18', '2026-11-18T00:00:00.000Z'],
    ['2026-11-18T07:30:00+02:00', '2026-11-18T05:30:00.000Z'],
    ['2026-11-18T00:30:00-0130', '2026-11-18T02:00:00.000Z'],
    ['2024-02-29 12:00:00', '2024-02-29T12:00:00.000Z'],
  ])('reads %s as %s', (value, expected) => {
    expect(isoTimestampOrNull(value)).toBe(expected);
  });

  it.each([
    undefined,
    '',
    '0000-00-00 00:00:00',
    '2026-02-31 10:00:00',
    '2025-02-29',
    '2026-13-01',
    '2026-11-18 24:00:00',
    '2026-11-18 23:60:00',
    '0099-01-01',
    '18/11/2026',
    'Wed, 18 Nov 2026 07:30:00 +0000',
    'not a date',
  ])('refuses %s', (value) => {
    expect(isoTimestampOrNull(value)).toBeNull();
  });
});

describe('flag', () => {
  it('reads true and false in any case, 1 and 0, and blank as the default', () => {
    expect([flag('true', false), flag(' TRUE ', false), flag('1', false)]).toEqual([true, true, true]);
    expect([flag('false', true), flag('False', true), flag('0', true)]).toEqual([false, false, false]);
    expect([flag(undefined, true), flag('  ', false)]).toEqual([true, false]);
  });

  it('answers undefined for anything else', () => {
    expect(flag('maybe', false)).toBeUndefined();
    expect(flag('yes', true)).toBeUndefined();
  });
});

describe('textOrNull', () => {
  it('trims, and makes blank null', () => {
    expect([textOrNull(' a b '), textOrNull(' \n '), textOrNull(undefined)]).toEqual(['a b', null, null]);
  });
});

describe('sniffEncoding', () => {
  const bytes = (...values: number[]) => new Uint8Array(values);
  const ascii = (text: string) => new TextEncoder().encode(text);

  it.each([
    ['a UTF-8 byte order mark', bytes(0xef, 0xbb, 0xbf, 0x3c), 'utf-8'],
    ['a UTF-16LE byte order mark', bytes(0xff, 0xfe, 0x3c, 0x00), 'utf-16le'],
    ['a UTF-16BE byte order mark', bytes(0xfe, 0xff, 0x00, 0x3c), 'utf-16be'],
    ['UTF-16LE without a mark', bytes(0x3c, 0x00, 0x3f, 0x00), 'utf-16le'],
    ['UTF-16BE without a mark', bytes(0x00, 0x3c, 0x00, 0x3f), 'utf-16be'],
    ['a declared encoding', ascii(`<?xml version='1.0' encoding = 'Windows-1252' ?>`), 'windows-1252'],
    ['a declaration without one', ascii('<?xml version="1.0"?><rss>'), 'utf-8'],
    ['no declaration', ascii('<disqus encoding="latin1">'), 'utf-8'],
  ])('reads %s', (_case, head, expected) => {
    expect(sniffEncoding(head)).toBe(expected);
  });
});
