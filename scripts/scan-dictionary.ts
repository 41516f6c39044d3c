/**
 * Finds Scunthorpe words: runs every word of a language's dictionary, alone in a neutral sentence,
 * through the rules of the default pipeline (the classifier left out: it judges comments, not words) and
 * prints each word a rule holds or rejects, with the check, the reason and the entry it matched.
 *
 *   npm run scan:dictionary [-- en,fr,es,de,it]
 *
 * Most words it prints are offensive in their own right (`bastard`, `lynching`); the rest are what a
 * list entry reaches by mistake (`linchpin` for a stem `linch*`, Spanish `huesos` for a Russian
 * transliteration). Those go to tests/fixtures/moderation/innocent-words.json once their entry is fixed.
 * Words are tried twenty at a time and one by one only in a group that was flagged: a language takes
 * seconds.
 */
import { createRequire } from 'node:module';
import { defaultChecks } from '../shared/moderation/checks';
import { runPipeline } from '../shared/moderation/pipeline';
import { defaultPolicy } from '../shared/moderation/policy';
import type { CheckContext } from '../shared/moderation/types';

const DICTIONARIES: Record<string, string> = {
  en: 'an-array-of-english-words',
  fr: 'an-array-of-french-words',
  es: 'an-array-of-spanish-words',
  de: 'an-array-of-german-words',
  it: 'an-array-of-italian-words',
};
const GROUP = 20;
const rules = defaultChecks.filter((c) => c.name !== 'classifier');
const policy = defaultPolicy();
const now = new Date('2026-03-02T12:00:00.000Z');

function contextFor(body: string): CheckContext {
  return {
    comment: {
      id: 'scan',
      articleId: 'scan',
      parentId: null,
      authorId: 'scan',
      authorName: 'Reader',
      body,
      networkHash: 'scan',
      createdAt: now.toISOString(),
    },
    policy,
    article: { mode: null, closed: false },
    author: { approved: 4, rejected: 0, banned: false },
    now,
    recent: { authorComments: [], authorCount10m: 0, networkCount10m: 0 },
  };
}

/** What the rules say about a text: one `check reason: entry` per check that did not pass. */
async function flags(body: string): Promise<string[]> {
  const decision = await runPipeline(contextFor(body), rules);
  return decision.checks
    .filter((c) => c.outcome !== 'pass')
    .map((c) => {
      const entry = c.evidence.find((e) => e.kind !== 'provider' && e.kind !== 'category');
      return `${c.check} ${c.reason ?? ''}: ${entry ? String(entry.value) : ''}`;
    });
}

async function scan(lang: string): Promise<void> {
  const words = createRequire(import.meta.url)(DICTIONARIES[lang]!) as string[];
  const started = performance.now();
  let found = 0;
  for (let i = 0; i < words.length; i += GROUP) {
    const group = words.slice(i, i + GROUP);
    if ((await flags(`${group.join(', ')}.`)).length === 0) continue;
    for (const word of group) {
      const hits = await flags(`We talked about ${word} at lunch.`);
      if (hits.length === 0) continue;
      found++;
      console.log(`${lang}\t${word}\t${hits.join('; ')}`);
    }
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.error(`${lang}: ${words.length} words, ${found} flagged (${seconds} s)`);
}

const langs = (process.argv[2] ?? Object.keys(DICTIONARIES).join(',')).split(',');
for (const lang of langs) {
  if (!DICTIONARIES[lang]) {
    console.error(`No dictionary for "${lang}"; known: ${Object.keys(DICTIONARIES).join(', ')}`);
    process.exit(1);
  }
}
for (const lang of langs) await scan(lang);
