/**
 * The policy editor's pure logic: each API validation detail under its field, in the admin's words (a
 * number's name and range, from the bounds the policy schema itself checks), inputs read back with the
 * same words, and the pair rules (a hold threshold not above its reject threshold) checked before sending.
 */
import { describe, expect, it } from 'vitest';
import { policySchema } from '../../../shared/moderation/policy';
import { policyBound } from '../../../shared/moderation/policy-bounds';
import {
  POLICY_FIELDS,
  fieldForDetail,
  hintOf,
  pairProblems,
  parseField,
  setPath,
} from '../../../web/console/policy-form';

const label = (path: string) => POLICY_FIELDS.find((f) => f.path === path)!;
const numbers = POLICY_FIELDS.filter((f) => f.kind === 'int' || f.kind === 'score');

/** The API's own details for a policy with `values` at their paths (the rest default), as zod words them. */
function detailsOf(values: Record<string, unknown>): { path: string; message: string }[] {
  const input: Record<string, unknown> = {};
  for (const [path, value] of Object.entries(values)) setPath(input, path, value);
  const result = policySchema.safeParse(input);
  return result.success
    ? []
    : result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}
const detailsFor = (path: string, value: unknown) => detailsOf({ [path]: value });

describe('the policy editor', () => {
  it('knows every number field’s range from the bounds the schema checks, and has a name for it', () => {
    for (const f of numbers) {
      const b = policyBound(f.path);
      expect(b, f.path).toBeDefined();
      expect(f.name, f.path).toBeTruthy();
      const step = b!.integer ? 1 : 0.01;
      expect(
        detailsFor(f.path, b!.min).filter((d) => d.path === f.path),
        f.path,
      ).toEqual([]);
      expect(
        detailsFor(f.path, b!.max).filter((d) => d.path === f.path),
        f.path,
      ).toEqual([]);
      expect(
        detailsFor(f.path, b!.min - step).filter((d) => d.path === f.path),
        f.path,
      ).not.toEqual([]);
      expect(
        detailsFor(f.path, b!.max + step).filter((d) => d.path === f.path),
        f.path,
      ).not.toEqual([]);
    }
  });

  it('says the API’s refusal of a number with the field’s name and range, not zod’s words', () => {
    const [tooBig] = detailsFor('toxicity.insult.review', 1.5);
    expect(tooBig?.message).toMatch(/^Too big/);
    expect(fieldForDetail(tooBig!)).toEqual({
      field: label('toxicity.insult.review'),
      message: 'The insult hold threshold must be between 0 and 1.',
    });
    const [notWhole] = detailsFor('links.maxLinks', 2.5);
    expect(fieldForDetail(notWhole!)?.message).toBe(
      'The most links in a comment must be a whole number from 0 to 50.',
    );
    const [pair] = detailsFor('toxicity.insult', { review: 0.9, reject: 0.6 });
    expect(fieldForDetail(pair!)).toEqual({
      field: label('toxicity.insult.review'),
      message: 'The insult hold threshold must not be above the insult reject threshold.',
    });
    const [lengths] = detailsOf({ minBodyLength: 4000, maxBodyLength: 10 });
    expect(fieldForDetail(lengths!)?.message).toBe(
      'The shortest comment (characters) must not be above the longest comment.',
    );
  });

  it('keeps the API’s own words where they are already the admin’s, and places list entries', () => {
    expect(
      fieldForDetail({ path: 'bannedTerms.2', message: 'A term must contain a letter or digit.' }),
    ).toEqual({
      field: label('bannedTerms'),
      message: 'Entry 3: A term must contain a letter or digit.',
    });
    expect(fieldForDetail({ path: 'spam.strong', message: 'x' })).toBeNull();
  });

  it('words a term too long, and a list too long, in the admin’s words, not zod’s', () => {
    const [long] = detailsFor('bannedTerms', ['fine', 'x'.repeat(101)]);
    expect(fieldForDetail(long!)).toEqual({
      field: label('bannedTerms'),
      message: 'Entry 2: A term is at most 100 characters.',
    });
    const [many] = detailsFor(
      'suspectTerms',
      Array.from({ length: 2001 }, (_, i) => `term${i}`),
    );
    expect(fieldForDetail(many!)?.message).toBe('A list holds at most 2,000 terms.');
  });

  it('reads inputs back, refusing what is not a number in range with the same words', () => {
    expect(parseField(label('links.maxLinks'), ' 3 ')).toEqual({ value: 3 });
    const maxLinks = { error: 'The most links in a comment must be a whole number from 0 to 50.' };
    expect(parseField(label('links.maxLinks'), 'three')).toEqual(maxLinks);
    expect(parseField(label('links.maxLinks'), '51')).toEqual(maxLinks);
    expect(parseField(label('links.maxLinks'), '2.5')).toEqual(maxLinks);
    expect(parseField(label('toxicity.hate.review'), '0.35')).toEqual({ value: 0.35 });
    expect(parseField(label('toxicity.hate.review'), '')).toEqual({
      error: 'The hate hold threshold must be between 0 and 1.',
    });
    expect(parseField(label('classifier.holdAt'), '0.4')).toEqual({
      error: 'The classifier’s hold threshold must be between 0.5 and 1.',
    });
    expect(parseField(label('bannedTerms'), 'one\n\n  two \n')).toEqual({ value: ['one', 'two'] });
    expect(parseField(label('mode'), 'pre')).toEqual({ value: 'pre' });
  });

  it('says each number’s range in its hint, before its own note', () => {
    expect(hintOf(label('editWindowMinutes'))).toBe('A whole number from 0 to 1,440.');
    expect(hintOf(label('classifier.holdAt'))).toBe('From 0.5 to 1. 1 holds nothing.');
    expect(hintOf(label('bannedTerms'))).toBe('One per line; * at either end matches longer words.');
  });

  it('checks the pair rules before sending', () => {
    const values = new Map<string, unknown>([
      ['toxicity.threat.review', 0.8],
      ['toxicity.threat.reject', 0.7],
      ['minBodyLength', 10],
      ['maxBodyLength', 5000],
    ]);
    expect(pairProblems(values)).toEqual([
      {
        field: label('toxicity.threat.review'),
        message: 'The threat hold threshold must not be above the threat reject threshold.',
      },
    ]);
  });
});
