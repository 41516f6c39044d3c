/**
 * Scores the `author-name` check on the labelled display names (tests/fixtures/moderation/names-*.json):
 *
 *   npm run eval:names [-- --set dev|heldout|heldout2] [--misses]
 *
 * For each set: names a newsroom would not publish that were held (by category), and names it would
 * publish that were held. `--misses` lists the dev set's wrong answers with the reason; it never prints
 * a held-out name (tune on dev only, docs/moderation.md "Display names").
 */
import { readFileSync } from 'node:fs';
import { authorName } from '../shared/moderation/checks/author-name';
import { makeContext } from '../tests/moderation/support';

const SETS = {
  dev: 'names-dev.json',
  heldout: 'names-heldout.json',
  heldout2: 'names-heldout2.json',
} as const;
type SetName = keyof typeof SETS;

interface LabelledName {
  name: string;
  label: 'ok' | 'flag';
  category?: string;
  note: string;
}

const args = process.argv.slice(2);
const setArg = args.includes('--set') ? args[args.indexOf('--set') + 1] : undefined;
if (setArg !== undefined && !(setArg in SETS)) {
  console.error(`--set must be one of ${Object.keys(SETS).join(', ')}`);
  process.exit(2);
}
const misses = args.includes('--misses');
if (misses && setArg !== undefined && setArg !== 'dev') {
  console.error('--misses prints names, so it works on the dev set only (tune on dev, never on held-out).');
  process.exit(2);
}
const sets = (setArg ? [setArg] : Object.keys(SETS)) as SetName[];
const base = makeContext('A plain comment about the article, nothing more.');

for (const set of sets) {
  const names = JSON.parse(
    readFileSync(new URL(`../tests/fixtures/moderation/${SETS[set]}`, import.meta.url), 'utf8'),
  ) as LabelledName[];
  const byCategory = new Map<string, { n: number; held: number }>();
  const held = { ok: 0, flag: 0 };
  const wrong: string[] = [];
  for (const x of names) {
    const r = await authorName.run({ ...base, comment: { ...base.comment, authorName: x.name } });
    const flagged = r.outcome !== 'pass';
    const category = x.category ?? x.label;
    const c = byCategory.get(category) ?? { n: 0, held: 0 };
    byCategory.set(category, { n: c.n + 1, held: c.held + Number(flagged) });
    if (flagged) held[x.label]++;
    if (flagged !== (x.label === 'flag')) {
      const got = r.outcome === 'pass' ? 'pass' : `${r.outcome} (${r.reason})`;
      wrong.push(`${x.label} → ${got}: ${JSON.stringify(x.name)}  [${category}] ${x.note}`);
    }
  }
  const count = (label: 'ok' | 'flag') => names.filter((x) => x.label === label).length;
  console.log(`== ${set}: ${names.length} names ==`);
  console.log(`  not to publish, held: ${held.flag}/${count('flag')}`);
  console.log(`  to publish, held:     ${held.ok}/${count('ok')}`);
  for (const [category, c] of [...byCategory].sort())
    console.log(`  ${category.padEnd(18)} ${c.held}/${c.n} held`);
  if (misses && set === 'dev') for (const w of wrong) console.log(`  ${w}`);
}
