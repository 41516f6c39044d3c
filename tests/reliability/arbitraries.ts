/**
 * fast-check generators of hostile input for the HTTP API: text that breaks naive handling (NUL and
 * control characters, lone surrogates, bidi overrides, zero-width and combining floods, 4-byte emoji),
 * JSON values of the wrong type, bodies that are not quite JSON, and path and query pieces with
 * invalid percent-encoding. Everything they produce can be sent by node:http (bytes 0x21–0xFF in the
 * request line, no CR/LF in header values).
 */
import fc from 'fast-check';

/** Single code units and short sequences that have broken text handling somewhere. */
export const NASTY_UNITS = [
  '\u0000',
  '\u0001',
  '\u0007',
  '\u0008',
  '\u000b',
  '\u000c',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u009f',
  '\t',
  '\n',
  '\r',
  '\r\n',
  ' ',
  '\u00a0',
  '\u2028',
  '\u2029',
  '\ud800', // lone high surrogate
  '\udfff', // lone low surrogate
  '\udbff\udbff',
  '\u202e', // right-to-left override
  '\u202d',
  '\u2066',
  '\u2069',
  '\u200f',
  '\u200b', // zero-width space
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u0301', // combining acute
  '\u0336',
  '\u0489',
  'e\u0301',
  '\ufffd',
  '\uffff',
  '😀',
  '👍🏽',
  '👨‍👩‍👧‍👦',
  '🏳️‍🌈',
  '𝕏',
  '𠜎',
  'مرحبا',
  'שלום',
  '日本語',
  'Ω',
  'İ',
  'ß',
  '<',
  '>',
  '&',
  '"',
  "'",
  '\\',
  '/',
  '%',
  '%00',
  '{',
  '}',
  '[',
  ']',
  '$',
  '#',
  '?',
  '*',
  'a',
  'Z',
  '0',
  '9',
  '.',
  '-',
  '_',
  ':',
] as const;

/** Strings mixing ordinary text with hostile units, sometimes as floods of one unit. */
export const nastyString = (maxLength = 40, maxFlood = 6000): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 5, arbitrary: fc.string({ unit: fc.constantFrom(...NASTY_UNITS), maxLength }) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength }) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength }) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom(...NASTY_UNITS), fc.integer({ min: 10, max: maxFlood }))
        .map(([u, n]) => `x${u.repeat(n)}x`),
    },
    { weight: 1, arbitrary: fc.constantFrom('', ' ', '   ', '\n\n', 'a'.repeat(81), 'b'.repeat(5001)) },
  );

/** Any JSON value, with hostile strings and absurd numbers in it. */
export const weirdValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    nastyString(),
    fc.constantFrom(
      0,
      -0,
      -1,
      1.5,
      2 ** 31,
      2 ** 53,
      2 ** 53 + 2,
      -(2 ** 63),
      1e308,
      5e-324,
      true,
      false,
      null,
      'approve',
      'reject',
      'spam',
      'pre',
      'post',
      '__proto__',
      'constructor',
    ),
    fc.double(),
    fc.integer(),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 8 }), tie('value'), { maxKeys: 4 }),
  ),
})).value;

/** An object-shaped body: a valid base with fields removed, replaced by odd values, or added. */
export function mutatedObject(base: Record<string, unknown>, fields: readonly string[]) {
  const edit = fc.oneof(
    fc.record({ op: fc.constant('delete' as const), field: fc.constantFrom(...fields) }),
    fc.record({
      op: fc.constant('set' as const),
      field: fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...fields) },
        { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'isAdmin', 'status', 'id', '') },
        { weight: 1, arbitrary: fc.string({ maxLength: 10 }) },
      ),
      value: weirdValue,
    }),
  );
  return fc.array(edit, { maxLength: 3 }).map((edits) => {
    const out: Record<string, unknown> = { ...base };
    for (const e of edits) {
      if (e.op === 'delete') delete out[e.field];
      else
        Object.defineProperty(out, e.field, {
          value: e.value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
    }
    return out;
  });
}

/** Text that is not quite a JSON object: truncated, trailing garbage, other types, deep nesting. */
export function brokenJson(valid: string): fc.Arbitrary<string | Buffer> {
  return fc.oneof(
    fc.integer({ min: 0, max: Math.max(0, valid.length - 1) }).map((n) => valid.slice(0, n)),
    fc.constantFrom(
      '',
      ' ',
      'null',
      'true',
      '0',
      '"text"',
      '[]',
      '[{}]',
      '{',
      '}',
      '{"a":}',
      "{'authorName':'a'}",
      '{"authorName":"a",}',
      '{"authorName":"a" "body":"b"}',
      '{"authorName":"a","authorName":{"x":1},"body":"b"}',
      '{"body":"\\ud800","authorName":"x"}',
      '{"body":"\\u0000","authorName":"x"}',
      'NaN',
      '{"a":NaN}',
      '{"a":1e999}',
      '\ufeff{}',
      'undefined',
      '<xml/>',
      'authorName=a&body=b',
    ),
    fc.string({ maxLength: 40 }).map((junk) => valid + junk),
    fc.integer({ min: 1, max: 20_000 }).map((depth) => '['.repeat(depth) + ']'.repeat(depth)),
    fc.integer({ min: 1, max: 5_000 }).map((depth) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth)),
    fc.uint8Array({ maxLength: 64 }).map((bytes) => Buffer.from(bytes)),
    fc.constant(
      Buffer.concat([
        Buffer.from('{"authorName":"a","body":"'),
        Buffer.from([0xff, 0xfe, 0xc3, 0x28]),
        Buffer.from('"}'),
      ]),
    ),
    fc.constant(Buffer.from(valid, 'utf16le')),
  );
}

/** Percent-encodes every UTF-16 unit, so a lone surrogate becomes invalid UTF-8 (`%ED%A0%80`). */
export function wtf8Encode(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        out += encodeURIComponent(s.slice(i, i + 2));
        i++;
        continue;
      }
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      out += [0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f)]
        .map((b) => `%${b.toString(16).toUpperCase()}`)
        .join('');
    } else out += encodeURIComponent(s[i]!);
  }
  return out;
}

/** Pieces of a URL that are not valid percent-encoding or that tools mishandle. */
const BAD_PERCENT = [
  '%',
  '%z',
  '%G0',
  '%2',
  '%C3',
  '%C0%AF',
  '%ED%A0%80',
  '%F4%90%80%80',
  '%FF',
  '%00',
  '%0A',
  '%2F',
  '%25',
  '%%',
  '..',
  '.',
  '~',
  '+',
  '=',
  '&',
];

/** A path segment or query value as sent on the wire (already encoded, possibly badly). */
export const urlPiece = (valid: readonly string[]): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...valid).map(encodeURIComponent) },
    { weight: 3, arbitrary: nastyString(30, 200).map(wtf8Encode) },
    {
      weight: 2,
      arbitrary: fc
        .array(fc.oneof(fc.constantFrom(...BAD_PERCENT), fc.stringMatching(/^[A-Za-z0-9._:-]{1,6}$/)), {
          minLength: 1,
          maxLength: 5,
        })
        .map((parts) => parts.join('')),
    },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 2000 }).map((n) => 'A'.repeat(n)) },
  );

/** Values for `limit`: absurd, negative, fractional, not numbers at all. */
export const limitValue = fc.oneof(
  fc.constantFrom(
    '-1',
    '0',
    '1',
    '100',
    '101',
    '1e2',
    '1e3',
    '1e309',
    'NaN',
    'Infinity',
    '-Infinity',
    '0x10',
    '0b1',
    ' 5',
    '5 ',
    '5.5',
    '99999999999999999999999',
    '-0',
    '+7',
    '',
    '00001',
    'null',
    '[]',
    '1,2',
  ),
  fc.integer().map(String),
  fc.double().map(String),
);
