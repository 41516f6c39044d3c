/**
 * docs/moderation.md's policy table states each field's default; newsrooms tune from it. The rows whose
 * defaults are plain values (`true`, numbers, a backticked word, `[]`, "review 0.5, reject 0.8") are
 * checked against `defaultPolicy()`, so a retrain that moves a threshold cannot leave the table behind.
 * Rows that describe a list in words (the banned terms, the shorteners) are left to their own tests.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../shared/moderation/policy';

const DOC = readFileSync(new URL('../../docs/moderation.md', import.meta.url), 'utf8');

/** The rows of the first table after the `## Policy` heading, as [field cell, default cell]. */
function policyRows(): Array<[string, string]> {
  const section = DOC.slice(DOC.indexOf('\n## Policy ('));
  const lines = section.split('\n');
  const start = lines.findIndex((l) => l.startsWith('| field'));
  const rows: Array<[string, string]> = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    const [, field = '', value = ''] = line.split('|').map((c) => c.trim());
    rows.push([field, value]);
  }
  return rows;
}

/** A default as the table writes it, or undefined when it is prose. */
function parseValue(text: string): unknown {
  const t = text.replace(/\s*\([^)]*\)$/, '').trim(); // `0 (off)`
  if (t === '`true`' || t === 'true') return true;
  if (t === '`false`' || t === 'false') return false;
  if (t === '`[]`') return [];
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t);
  if (/^`[a-z_]+`$/.test(t)) return t.slice(1, -1);
  const band = /^review (\d+(?:\.\d+)?), reject (\d+(?:\.\d+)?)$/.exec(t);
  if (band) return { review: Number(band[1]), reject: Number(band[2]) };
  return undefined;
}

/** `a.b` / `.c` / `d` / `e.f` → a.b, a.c, a.d, e.f (a later bare name is relative to the first one's parent). */
function fieldPaths(cell: string): string[] | undefined {
  const parts = cell.split(' / ').map((p) => /^`([^`]+)`$/.exec(p.trim())?.[1]);
  if (parts.some((p) => p === undefined)) return undefined;
  const [first, ...rest] = parts as string[];
  const parent = first!.includes('.') ? first!.slice(0, first!.lastIndexOf('.')) : '';
  const resolve = (p: string) =>
    p.includes('.') && !p.startsWith('.') ? p : parent ? `${parent}.${p.replace(/^\./, '')}` : p;
  return [first!, ...rest.map(resolve)];
}

const valueAt = (root: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((v, key) => (v as Record<string, unknown> | undefined)?.[key], root);

describe('docs/moderation.md policy table', () => {
  it('states the defaults defaultPolicy() has, for every row written as plain values', () => {
    const policy = defaultPolicy();
    let checked = 0;
    for (const [fieldCell, valueCell] of policyRows()) {
      const paths = fieldPaths(fieldCell);
      if (!paths) continue;
      const cells = valueCell.split(' / ');
      const values = cells.length === paths.length ? cells.map(parseValue) : [parseValue(valueCell)];
      if (values.length !== paths.length || values.some((v) => v === undefined)) continue;
      paths.forEach((path, i) => {
        const actual = valueAt(policy, path);
        const expected = values[i];
        const comparable =
          expected && typeof expected === 'object' && !Array.isArray(expected)
            ? Object.fromEntries(
                Object.keys(expected).map((k) => [k, (actual as Record<string, unknown>)?.[k]]),
              )
            : actual;
        expect(comparable, `${path} (docs: ${valueCell})`).toEqual(expected);
        checked++;
      });
    }
    // The parser must keep reading the table: most of its fields are plain values.
    expect(checked).toBeGreaterThanOrEqual(30);
  });

  it('names every field of the policy and of its objects (an outside review found two missing)', () => {
    const named = policyRows()
      .map(([field]) => field)
      .join(' ');
    const policy = defaultPolicy() as unknown as Record<string, unknown>;
    // Maps whose keys are reasons or categories, described in a row of their own.
    const maps = new Set(['toxicity', 'statementGrounds']);
    const missing: string[] = [];
    /** A name as a row writes it: whole (`a.b`), after its parent (`.b`, `b`), or as a parent (`.b.c`). */
    const mentions = (key: string, inner: string) =>
      [`${key}.${inner}\``, `\`.${inner}\``, `\`${inner}\``, `.${inner}.`].some((form) =>
        named.includes(form),
      );
    for (const [key, value] of Object.entries(policy)) {
      if (key === 'version') continue;
      if (!named.includes(`\`${key}`)) missing.push(key);
      if (maps.has(key) || !value || typeof value !== 'object' || Array.isArray(value)) continue;
      for (const inner of Object.keys(value)) if (!mentions(key, inner)) missing.push(`${key}.${inner}`);
    }
    expect(missing).toEqual([]);
  });
});
