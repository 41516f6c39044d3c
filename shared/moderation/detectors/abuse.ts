/**
 * Insults and profanity in English, Spanish, French, German and Russian (see `abuse-lexicon.ts` for the
 * words and their classes). Two matchers read the same table:
 * - the phrase matcher over the one-to-one folded text (every script: Cyrillic, `ß`, accents, words that
 *   mix Latin and Cyrillic letters), so `мрaзь` with a Latin `a` is `мразь`;
 * - for Latin-script entries, the obfuscation-resistant term matcher over `normalizeText` (leetspeak,
 *   spaced or dotted letters, asterisks, repeated letters: `f u c k`, `d1ckhead`, `A.S.S.H.O.L.E`,
 *   `b*tch`, `m1erda`), which only matches whole words, so `Scunthorpe`, `cocktail` and `Dickens` are
 *   safe.
 *
 * Who a word is aimed at decides what happens:
 * - aimed: the word follows an addressee with nothing but a copula or intensifiers between (`you're an
 *   absolute muppet`, `t'es vraiment un abruti`, `du bist so ein Trottel`, `ты полный дебил`, `the
 *   author is a clown`), sits next to a handle (`@x payaso`), or stands alone between commas as a
 *   vocative (`заткнись уже, debil, blyat`);
 * - severe words reject when the comment addresses anyone at all (a handle, `you`, the author), and are
 *   held otherwise; a strong profanity right before an aimed insult (`you f***ing idiot`, `ёбаный
 *   дебил`), or three aimed insults, is severe too;
 * - milder insults aimed at someone are held; not aimed, they pass (a policy can be called stupid);
 * - profanity is held (`policy.abuse.holdProfanity`), severe commands rejected, rude ones held.
 * Quoted or reported words (`the word "idiot"`) do not count.
 */
import type { detect as DetectFn } from 'tinyld/light';
import type { Evidence } from '../types';
import { expandBraces, PhraseSet, wordClass } from '../text/phrases';
import { once } from '../text/memo';
import { TermMatcher } from '../text/term-matcher';
import type { Token } from '../text/tokens';
import { tokensOf } from '../text/tokens';
import { ABUSE_ALLOWED, ABUSE_LEXICON, fromList, longTailWords } from './abuse-lexicon';
import type { AbuseClass, AbuseEntry, ListLanguage } from './abuse-lexicon';
import {
  addressesSomeoneMemo,
  CLASSES,
  hyphenedTo,
  mentioned,
  namedPerson,
  scanObfuscated,
  tokenAt,
} from './common';
import { aimedAt, pointsAtCommenter, slurSaidOfPerson } from './abuse-aimed';
import { animalSenseAt, manureAt } from './animal-sense';
import { maskedCyrillic } from './abuse-masked';
import { surnameAt } from './surnames';
import { renamedVillageAt } from '../text/innocent-names';

export interface AbuseOptions {
  holdProfanity: boolean;
  holdInsults: boolean;
  severe: 'reject' | 'hold';
}

/** An entry written in Cyrillic (the Latin matcher and the transliteration rule leave it alone). */
const CYRILLIC = /[\u0400-\u04ff]/;

const PHRASES = new PhraseSet<number>(ABUSE_LEXICON.map((e, i) => [e.term, i] as const));

/**
 * Latin-script single words through the obfuscation-resistant matcher (stems kept), with the lexicon
 * entry of each, built on first use: it reads only the parts of a comment that look obfuscated
 * (`scanObfuscated`), and most comments have none. Phrases are left to the word matcher, and to the
 * toxicity lexicon for English.
 */
const latinWords = once(() => {
  const ids: number[] = [];
  const terms: string[] = [];
  const seen = new Set<string>();
  ABUSE_LEXICON.forEach((e, i) => {
    if (CYRILLIC.test(e.term)) return;
    for (const t of expandBraces(e.term)) {
      // One entry per word (`idiot` is in four languages), so a match is identified by its form alone.
      if (t.includes(' ') || seen.has(t)) continue;
      seen.add(t);
      terms.push(t);
      ids.push(i);
    }
  });
  return { ids, matcher: new TermMatcher(terms, { allowed: ABUSE_ALLOWED }) };
});
const LATIN = (): TermMatcher => latinWords().matcher;
/** The allowed words for the word matcher: a hit inside one of their matches does not count. */
const ALLOWED = new PhraseSet<null>(ABUSE_ALLOWED.map((a) => [a, null] as const));

const INTENSIFIER = wordClass(
  'fucking|fuckin|fking|fkn|effing|bloody|putain|puto|puta|jodido|verdammter|verfickter|ебаный|ебучий|гребаный|yobanyy|yobanyi|ebanyy',
);
const TROLL_CONTEXT = wordClass(
  'farm|farms|factory|factories|army|armies|network|networks|accounts|фабрик*|ферм*|fabrik*',
);

/**
 * German participles of naming someone something, in a perfect tense (`genannt haben`, `bezeichnet hatte`): the
 * word before them is named in a report, not used (`genannt wirst du` is the writer's own).
 */
const NAMING_PARTICIPLE = wordClass('genannt|bezeichnet|beschimpft|tituliert');
const PERFECT = wordClass('haben|hat|hatte|hatten|habe|zu|worden');
const namedAfter = (tokens: readonly Token[], to: number): boolean => {
  const sentence = tokens[to - 1]!.sentence;
  for (let k = to; k < to + 3 && k < tokens.length && tokens[k]!.sentence === sentence; k++) {
    if (!NAMING_PARTICIPLE(tokens[k]!)) continue;
    const next = tokens[k + 1];
    return next !== undefined && next.sentence === sentence && PERFECT(next);
  }
  return false;
};
/** Possessives of the second person, but French `ta` (also `that` in Polish and Russian typed in Latin). */
const YOUR = wordClass(CLASSES.your.replace('|ta|', '|'));
/** Definite articles before a name: `el HDP`, `die AfD`, `the PKK`. */
const NAME_ARTICLE = wordClass('el|la|los|las|le|les|l|der|die|das|dem|den|des|the|il|lo|o|a|os|as');
/**
 * Whether a list word is the capitals of a name (`El HDP kurdo ganó`, `HDP'nin eski eş genel başkanı`): one
 * token of two to five capitals after a definite article, or before an apostrophe and a Turkish case ending.
 */
function namedAcronym(source: string, tokens: readonly Token[], h: { from: number; to: number }): boolean {
  if (h.to - h.from !== 1) return false;
  const t = tokens[h.from]!;
  const typed = source.slice(t.start, t.end);
  if (!/^\p{Lu}{2,5}$/u.test(typed)) return false;
  const prev = tokens[h.from - 1];
  if (prev && prev.sentence === t.sentence && prev.end < t.start && NAME_ARTICLE(prev)) return true;
  return /^['’]\p{L}/u.test(source.slice(t.end, t.end + 2));
}

// tinyld (its light model, 69 KB against franc-min's 170 KB), restricted to the five languages, on the
// text around a word (a mixed-language comment is judged where the word is): used only for the long tail
// and for words innocent in another language. It is loaded on first use, so a cold start neither parses
// nor runs its n-gram tables: a function bundle imports it from a file beside it
// (infra/constructs/lazy-modules.ts).
const LANGUAGES: readonly ListLanguage[] = ['en', 'es', 'fr', 'de', 'ru'];
const AROUND = 100;
type Detect = typeof DetectFn;
let detectFn: Detect | null = null;
let detectLoading: Promise<Detect> | null = null;
const loadDetector = (): Promise<Detect> =>
  (detectLoading ??= import('tinyld/light').then((m) => (detectFn = m.detect)));

function languageAround(
  detect: Detect,
  source: string,
  span: readonly [number, number],
): ListLanguage | null {
  const text = source.slice(Math.max(0, span[0] - AROUND), span[1] + AROUND);
  const lang = detect(text, { only: [...LANGUAGES] });
  return LANGUAGES.find((l) => l === lang) ?? null;
}

/**
 * Transliterated Russian (`tvar`, `mraz`, `urod`) is written in plain ASCII: the same letters with a
 * diacritic are words of another language (Czech `tvář`, a face; `mráz`, frost; Slovak `úrod`, harvests).
 * Three of them are also plain words of Croatian, Czech and Slovak (`tvar`, matter or shape; `mraz`,
 * frost; `urod`, a harvest), so in a comment written with those languages' letters they do not count.
 */
const LATIN_DIACRITIC = /[\u00c0-\u024f]/;
const WEST_SOUTH_SLAVIC = /[čšžřěůđľĺŕňťď]/i;
const SLAVIC_WORDS = new Set(['tvar', 'tvari', 'mraz', 'mrazi', 'urod', 'urody']);

function nativeSlavic(entry: AbuseEntry, source: string, span: readonly [number, number]): boolean {
  if (entry.lang !== 'ru' || CYRILLIC.test(entry.term)) return false;
  if (LATIN_DIACRITIC.test(source.slice(span[0], span[1]))) return true;
  return SLAVIC_WORDS.has(entry.term) && WEST_SOUTH_SLAVIC.test(source);
}

/** Frames that address someone, per language, followed by one long-tail word (`$tail`). */
const FRAME_PREFIX: Record<ListLanguage, string> = {
  en: '{you|u|ur} {are|re|r|} {a|an|such a|an absolute|a complete|a total|an utter|a stupid|a fucking|} ',
  es: '{eres|sos|es} {un|una|un puto|una puta|un maldito|una maldita} ',
  fr: '{t es|tu es|vous etes|espece de|sale|bande de} {un|une|des|} ',
  de: '{du bist|ihr seid|sie sind|du} {ein|eine|so ein|so eine|} ',
  ru: '{ты|вы} {полный|полная|просто|конченый|} ',
};
const LONG_TAIL_FRAMES = new PhraseSet<ListLanguage>(
  (Object.keys(FRAME_PREFIX) as ListLanguage[]).map(
    (lang) => [`${FRAME_PREFIX[lang]}$${lang}`, lang] as const,
  ),
  () => {
    const tail = longTailWords();
    return Object.fromEntries(
      (Object.keys(tail) as ListLanguage[]).map((lang) => [lang, [...tail[lang]].join('|') || 'zzzz']),
    );
  },
);

interface Hit {
  entry: AbuseEntry | null;
  cls: AbuseClass;
  span: [number, number];
  from: number;
  to: number;
  source: string;
}

export interface AbuseVerdict {
  outcome: 'reject' | 'hold';
  reason: 'abuse' | 'insult' | 'profanity';
  score: number;
  evidence: Evidence[];
  /** The classes of the words that counted (a display name counts strong profanity, not mild). */
  classes: AbuseClass[];
}

/** Nouns that make a word hyphened before them the name of a case or a row (`der Hurensohn-Vorwurf`). */
const CASE_NOUN = wordClass(
  'vorwurf|vorwurfe|prozess|klage|urteil|affare|eklat|skandal|debatte|zitat|tweet|post|beleidigung|anzeige|streit|accusation|lawsuit|trial|case|row|scandal|remark|comment|slur|insult',
);

/** Insults and profanity (see the module comment); null when there are none (or none that count). */
export async function detectAbuse(source: string, opts: AbuseOptions): Promise<AbuseVerdict | null> {
  const { tokens } = tokensOf(source);
  const hits: Hit[] = [];
  const seen = new Set<string>();
  /** Each entry's spans so far: a match of the other matcher overlapping one counts once. */
  const spansOf = new Map<number, Array<[number, number]>>();
  const push = (entryId: number, span: [number, number], from: number, to: number, via: string) => {
    const key = `${entryId}:${span[0]}`;
    if (seen.has(key) || renamedVillageAt(source, span)) return;
    // Each matcher reports in order, so the last spans of the entry are the only candidates.
    const earlier = spansOf.get(entryId);
    if (earlier?.some(([a, b]) => a < span[1] && span[0] < b)) return;
    if (earlier) {
      earlier.push(span);
      if (earlier.length > 2) earlier.shift();
    } else spansOf.set(entryId, [span]);
    seen.add(key);
    const entry = ABUSE_LEXICON[entryId]!;
    hits.push({ entry, cls: entry.cls, span, from, to, source: via });
  };
  for (const h of PHRASES.scan(tokens)) push(h.phrase.meta, h.span, h.from, h.to, 'words');
  for (const h of maskedCyrillic(source, tokens)) push(h.entryId, h.span, h.from, h.to, 'masked');
  for (const h of scanObfuscated(LATIN, source, tokens)) {
    const from = tokenAt(tokens, h.span[0]);
    const to = Math.max(from + 1, tokenAt(tokens, h.span[1] - 1) + 1);
    push(latinWords().ids[h.termId]!, h.span, from, to, 'obfuscation-resistant');
  }
  // A phrase defines the words inside it (`piece of shit` is not also `shit`); only hits of several
  // tokens can contain another.
  const longer = hits.filter((o) => o.to - o.from > 1);
  const inside = (h: Hit) =>
    longer.some(
      (o) =>
        o !== h &&
        o.span[0] <= h.span[0] &&
        h.span[1] <= o.span[1] &&
        o.span[1] - o.span[0] > h.span[1] - h.span[0],
    );
  // One word found by several entries (`idiot` is English, French, German and Russian) counts once;
  // a gated word counts only in its language.
  const needsLanguage = hits.some((h) => h.entry?.gated);
  const frames = LONG_TAIL_FRAMES.scan(tokens);
  const countedTokens = new Set<number>();
  const detect = needsLanguage || frames.length > 0 ? (detectFn ?? (await loadDetector())) : null;
  const spans = new Set<string>();
  const allowed = ALLOWED.scan(tokens);
  const counted = hits.filter((h) => {
    if (inside(h) || mentioned(tokens, h.from, h.to)) return false;
    if (allowed.some((a) => a.span[0] <= h.span[0] && h.span[1] <= a.span[1])) return false;
    if (h.entry?.gated && (!detect || languageAround(detect, source, h.span) !== h.entry.lang)) return false;
    if (h.entry && nativeSlavic(h.entry, source, h.span)) return false;
    if (namedAcronym(source, tokens, h)) return false;
    if (h.to - h.from === 1 && animalSenseAt(tokens, h.from, () => addressesSomeoneMemo(tokens)))
      return false;
    if (manureAt(tokens, h.from, h.to)) return false;
    // Named as a case or a row (`der Hurensohn-Vorwurf`).
    if (hyphenedTo(source, tokens, h.to, CASE_NOUN)) return false;
    const key = `${h.span[0]}:${h.span[1]}`;
    if (spans.has(key)) return false;
    spans.add(key);
    for (let k = h.from; k < h.to; k++) countedTokens.add(k);
    return true;
  });

  // The long tail: a list word in an addressing frame, in the comment's language.
  if (detect && frames.length > 0 && addressesSomeoneMemo(tokens)) {
    for (const h of frames) {
      const word = tokens[h.to - 1]!;
      if (countedTokens.has(h.to - 1)) continue;
      if (languageAround(detect, source, h.span) !== h.phrase.meta) continue;
      countedTokens.add(h.to - 1);
      counted.push({
        entry: null,
        cls: 'insult',
        span: [word.start, word.end],
        from: h.to - 1,
        to: h.to,
        source: `${h.phrase.meta} list`,
      });
    }
  }
  if (counted.length === 0) return null;

  // A rude command addresses someone by itself (`ta gueule, espèce de connard`).
  // So does a possessive of the second person (`Hurensohn, dein Artikel ist Müll`, round 32).
  const addressed =
    counted.some((h) => h.cls === 'command' || h.cls === 'severe_command') ||
    addressesSomeoneMemo(tokens) ||
    tokens.some(YOUR) ||
    pointsAtCommenter(tokens) ||
    namedPerson(source, tokens);
  const profaneTokens = new Set<number>();
  for (const h of counted)
    if (h.cls === 'strong' || h.cls === 'mild') for (let k = h.from; k < h.to; k++) profaneTokens.add(k);
  const evidence: Evidence[] = [];
  let severe = false;
  let insulting = false;
  let profane = false;
  let insultPoints = 0;
  const note = (h: Hit, why: string) =>
    evidence.push({
      kind: 'term',
      value: h.entry?.term ?? source.slice(...h.span),
      span: h.span,
      detail: `${h.cls} (${h.entry ? `${h.entry.lang}${fromList(h.entry) ? ', in the word lists' : ''}` : h.source}): "${source.slice(...h.span)}" ${why}`,
    });
  // A strong profanity right before or after a word (`fucking idiot`, `f***ing moron`, `ёбаный
  // дебил`, `gilipollas de mierda`).
  const strongTokens = new Set<number>();
  for (const h of counted) if (h.cls === 'strong') for (let k = h.from; k < h.to; k++) strongTokens.add(k);
  const intensified = (h: Hit): boolean =>
    strongTokens.has(h.from - 1) ||
    strongTokens.has(h.to) ||
    (h.from > 0 && INTENSIFIER(tokens[h.from - 1]!));
  for (const h of counted) {
    switch (h.cls) {
      case 'severe':
      case 'severe_command':
      case 'degrading':
        // Named, not used: `… einen Hurensohn genannt haben` (German court reporting, round 32).
        if (h.cls === 'severe' && namedAfter(tokens, h.to)) break;
        // Someone's surname (`Diplomatin Regula Wichser`, round 33).
        if (h.cls === 'severe' && surnameAt(source, tokens, h.from, h.to)) break;
        // A severe word called out before the rest of a comment (`Wichser, halt …`) is a vocative, as an
        // insult is (`aimedAt`); the word alone, the whole comment, stays an expletive.
        if (
          addressed ||
          h.cls !== 'severe' ||
          (h.entry !== null && slurSaidOfPerson(source, tokens, h.entry.term, h.from)) ||
          (tokens.length - (h.to - h.from) >= 2 &&
            aimedAt(source, tokens, h.from, h.to, profaneTokens, addressed))
        ) {
          severe = true;
          note(h, h.cls === 'severe' ? 'in a comment addressed to or naming someone' : 'aimed by nature');
        } else {
          profane = true;
          note(h, 'with nobody addressed');
        }
        break;
      case 'insult': {
        if (h.entry && h.entry.term.startsWith('trol') && TROLL_CONTEXT(tokens[h.to] ?? tokens[h.from]!))
          break;
        if (!aimedAt(source, tokens, h.from, h.to, profaneTokens, addressed)) break;
        if (intensified(h)) {
          severe = true;
          note(h, 'aimed, with a profanity');
        } else {
          insultPoints++;
          insulting = true;
          note(h, 'aimed at someone');
        }
        break;
      }
      case 'label':
      case 'command':
        insultPoints++;
        insulting = true;
        note(h, h.cls === 'label' ? 'calling a commenter names' : 'rude command');
        break;
      case 'strong':
      case 'mild':
        profane = true;
        note(h, 'profanity');
        break;
    }
  }
  if (insultPoints >= 3) severe = true;
  const classes = [...new Set(counted.map((h) => h.cls))];
  if (severe)
    return {
      outcome: opts.severe,
      reason: opts.severe === 'reject' ? 'abuse' : 'insult',
      score: 0.9,
      evidence,
      classes,
    };
  if (insulting && opts.holdInsults)
    return { outcome: 'hold', reason: 'insult', score: 0.6, evidence, classes };
  if (profane && opts.holdProfanity)
    return { outcome: 'hold', reason: 'profanity', score: 0.5, evidence, classes };
  return null;
}
