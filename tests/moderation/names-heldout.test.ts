/**
 * Display names nobody here wrote (stop 30): 400 names and handles a writer new to the project wrote
 * without reading the code or the docs — 320 a newsroom would publish (real names in many scripts, 92 of
 * them tricky: Cockburn, Kuntz, Phuc, Jihad Researcher, Allahu Akbar…) and 80 it would not (threats,
 * slurs, sexual and profane names, adverts, personal data, staff impersonation, praise of terror, hate).
 * Scored once by the `author-name` check as it was; the floors below are those figures
 * (docs/moderation.md). One change followed that moves neither figure: a name the checks would reject is
 * held instead (the one real name flagged, Kike Hernández, had been rejected as a slur). Tune the check
 * on other names, never these.
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
const NAMES = JSON.parse(
  readFileSync(new URL('../fixtures/moderation/names-heldout.json', import.meta.url), 'utf8'),
) as LabelledName[];

describe('held-out display names', () => {
  it('flags at least 46 of 80 names a newsroom would not publish, and at most 1 of 320 it would', async () => {
    const base = makeContext('A plain comment about the article, nothing more.');
    let caught = 0;
    const wronglyFlagged: string[] = [];
    for (const x of NAMES) {
      const r = await authorName.run({ ...base, comment: { ...base.comment, authorName: x.name } });
      if (x.label === 'flag' && r.outcome !== 'pass') caught++;
      if (x.label === 'ok' && r.outcome !== 'pass') wronglyFlagged.push(x.name);
    }
    expect(NAMES.filter((x) => x.label === 'flag')).toHaveLength(80);
    expect(caught).toBeGreaterThanOrEqual(46);
    expect(wronglyFlagged.length, wronglyFlagged.join(', ')).toBeLessThanOrEqual(1);
  });
});
