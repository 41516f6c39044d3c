import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CursorCodec } from '../../shared/cursor';
import { ValidationError } from '../../shared/errors';
import { newId } from '../../shared/ids';

const codec = new CursorCodec('test-key-0123456789');
const idArb = fc.integer({ min: 0, max: 2 ** 47 }).map((t) => newId(t));
const scopeArb = fc.string({ minLength: 1, maxLength: 60 });

describe('cursor codec', () => {
  it('round-trips the last id for the scope it was issued for', () => {
    fc.assert(
      fc.property(scopeArb, idArb, (scope, id) => {
        expect(codec.decode(scope, codec.encode(scope, id))).toBe(id);
      }),
    );
  });

  it('rejects a cursor used for another list', () => {
    fc.assert(
      fc.property(scopeArb, scopeArb, idArb, (a, b, id) => {
        fc.pre(a !== b);
        expect(() => codec.decode(b, codec.encode(a, id))).toThrow(ValidationError);
      }),
    );
  });

  it('rejects any single-character tampering', () => {
    fc.assert(
      fc.property(scopeArb, idArb, fc.nat(), fc.constantFrom(...'ABCxyz019-_.'), (scope, id, pos, ch) => {
        const cursor = codec.encode(scope, id);
        const i = pos % cursor.length;
        fc.pre(cursor[i] !== ch);
        const tampered = cursor.slice(0, i) + ch + cursor.slice(i + 1);
        expect(() => codec.decode(scope, tampered)).toThrow(ValidationError);
      }),
    );
  });

  it('rejects garbage and cursors made with another key', () => {
    fc.assert(
      fc.property(fc.string(), (junk) => {
        expect(() => codec.decode('s', junk)).toThrow(ValidationError);
      }),
    );
    const other = new CursorCodec('another-key-987654321');
    expect(() => codec.decode('s', other.encode('s', newId()))).toThrow(ValidationError);
  });
});
