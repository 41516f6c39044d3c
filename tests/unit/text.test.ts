import { describe, expect, it } from 'vitest';
import { userText } from '../../shared/domain/text';
import * as z from '../../shared/zod';

const body = userText({ min: 1, max: 5000, multiline: true, label: 'body' });
const name = userText({ min: 1, max: 80, multiline: false, label: 'authorName' });

describe('userText: bidirectional controls', () => {
  it.each([
    ['LRE', '\u202A'],
    ['RLE', '\u202B'],
    ['PDF', '\u202C'],
    ['LRO', '\u202D'],
    ['RLO', '\u202E'],
    ['LRI', '\u2066'],
    ['RLI', '\u2067'],
    ['FSI', '\u2068'],
    ['PDI', '\u2069'],
    ['LRM', '\u200E'],
    ['RLM', '\u200F'],
    ['ALM', '\u061C'],
  ])('refuses %s, in a body and in a name', (_, ch) => {
    for (const schema of [body, name]) {
      const result = schema.safeParse(`see paypal.com${ch}/login`);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toMatch(/contains bidirectional control characters/);
    }
  });

  it('accepts right-to-left writing itself', () => {
    expect(body.parse('مرحبا بالعالم — שלום עולם')).toBe('مرحبا بالعالم — שלום עולם');
    expect(name.parse('أمينة')).toBe('أمينة');
  });
});

describe('userText: text that shows nothing is empty', () => {
  it.each([
    ['zero-width characters and spaces', '\u200b \u200b\ufeff\u2060\u00ad'],
    ['Hangul fillers', '\u3164\u3164\u115f\u1160\uffa0'],
    ['blank Braille patterns', '\u2800\u2800\u2800'],
    ['combining marks alone', '\u0301\u0301\u0301\u0301'],
    ['variation selectors alone', '\ufe0f\ufe0f'],
  ])('refuses %s, in a body and in a name', (_, text) => {
    for (const schema of [body, name]) {
      const result = schema.safeParse(text);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toMatch(/must not be empty/);
    }
  });

  it('accepts visible text that carries marks, selectors or a filler among letters', () => {
    for (const text of ['Ẓ̌ürich ❤️', 'नमस्ते दुनिया', '한\u3164글', 'e\u0301te\u0301']) {
      expect(body.safeParse(text).success).toBe(true);
      expect(name.safeParse(text).success).toBe(true);
    }
  });
});

describe('userText: its bounds, as the error says and as the OpenAPI document says', () => {
  const messageOf = (schema: typeof body, value: string) => {
    const out = schema.safeParse(value);
    return out.success ? null : out.error.issues[0]!.message;
  };

  it('names the field’s own limit whatever the length, past the cheap first bound too', () => {
    expect(messageOf(body, 'a'.repeat(5001))).toBe('body must be at most 5000 characters.');
    expect(messageOf(body, 'a'.repeat(40_001))).toBe('body must be at most 5000 characters.');
    expect(messageOf(name, 'a'.repeat(641))).toBe('authorName must be at most 80 characters.');
  });

  it('says what a short text lacks when the field wants more than one character', () => {
    const why = userText({ min: 10, max: 100, multiline: true, label: 'why', tooShort: 'Say more.' });
    expect(messageOf(why, '   ')).toBe('why must not be empty.');
    expect(messageOf(why, 'too short')).toBe('Say more.');
    expect(messageOf(why, 'long enough now')).toBeNull();
  });

  it('documents the exact bounds, not the cheap one', () => {
    const json = z.toJSONSchema(body, {
      io: 'input',
      override: ({ zodSchema, jsonSchema }) => {
        const doc = z.documented.get(zodSchema);
        if (doc) Object.assign(jsonSchema, doc);
      },
    });
    expect(json).toMatchObject({ type: 'string', minLength: 1, maxLength: 5000 });
  });
});
