/**
 * Display names nobody here wrote, scored by the `author-name` check (docs/moderation.md, "Display names").
 *
 * - `names-heldout.json` (stop 30): 400 names and handles a writer new to the project wrote without reading
 *   the code or the docs, 320 a newsroom would publish (92 of them tricky: Cockburn, Kuntz, Phuc, Jihad
 *   Researcher, Allahu Akbar…) and 80 it would not. Scored once as the check was at stop 30 (46 of 80
 *   held, 1 of 320 wrongly), and again after the check was tuned on `names-dev.json` at stop 31.
 * - `names-heldout2.json` (stop 31): 400 more by another writer, written blind in the same session as the
 *   dev set and first scored after that tuning; 160 of the 320 to publish are tricky.
 * - `names-dev.json` (stop 31): 600 names by a third writer (400 to publish, 230 of them tricky; 200 not,
 *   25 per category), the set the check was tuned on: its floors guard the tuning, not the judgement.
 * The floors are the figures when each set was scored. Tune on the dev names, never on the held-out ones.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { authorName } from '../../shared/moderation/checks/author-name';
import { makeContext } from './support';

interface LabelledName {
  name: string;
  label: 'ok' | 'flag';
  note: string;
}
const load = (file: string) =>
  JSON.parse(
    readFileSync(new URL(`../fixtures/moderation/${file}`, import.meta.url), 'utf8'),
  ) as LabelledName[];

async function score(names: readonly LabelledName[]) {
  const base = makeContext('A plain comment about the article, nothing more.');
  let held = 0;
  const wronglyHeld: string[] = [];
  for (const x of names) {
    const r = await authorName.run({ ...base, comment: { ...base.comment, authorName: x.name } });
    if (x.label === 'flag' && r.outcome !== 'pass') held++;
    if (x.label === 'ok' && r.outcome !== 'pass') wronglyHeld.push(x.name);
  }
  return { flagged: names.filter((x) => x.label === 'flag').length, held, wronglyHeld };
}

describe('display names', () => {
  it.each([
    ['names-heldout.json', 80, 70, 1],
    ['names-heldout2.json', 80, 63, 1],
    ['names-dev.json', 200, 179, 2],
  ])(
    '%s: of %i names a newsroom would not publish, at least %i held; at most %i wrongly',
    async (file, n, min, max) => {
      const { flagged, held, wronglyHeld } = await score(load(file));
      expect(flagged).toBe(n);
      expect(held).toBeGreaterThanOrEqual(min);
      // Held-out names are not printed: the count is the measure.
      expect(wronglyHeld.length, file.includes('dev') ? wronglyHeld.join(', ') : '').toBeLessThanOrEqual(max);
    },
  );
});
