/**
 * Conspiracy talk and invented news, by how they are framed (`misinformation-phrases.ts`): a strong
 * marker holds on its own, two different weak ones together hold; nothing here rejects, since whether a
 * claim is false is a moderator's call (or a semantic provider's, `providers/`).
 *
 * What the site publishes every day is left alone: a marker that is talked about (quoted, after `the
 * word`, named as a claim: `the false-flag story`), negated (`it was not staged`), reported (`Telegram
 * channels claim it was staged`) or sits in a sentence that debunks (`a conspiracy theory`, `there is no
 * evidence`, `debunked`, `bulo`, `intox`, `фейк`).
 */
import type { Evidence } from '../types';
import { PhraseSet, wordClass, type PhraseHit } from '../text/phrases';
import type { Token } from '../text/tokens';
import { tokensOf } from '../text/tokens';
import { negatedWithin, negationAt } from './asserted';
import { CLAIM_NOUN, mentionAt, mentioned, tokenRange, wordBefore } from './common';
import { historical } from './history';
import { impossibleTurnout } from './misinformation-events';
import { insinuatedAt, scareQuotedKnife } from './misinformation-whispers';
import { deniedAfter, inflatedToll } from './misinformation-staged';
import { MISINFORMATION_PHRASES, type MisinformationMeta } from './misinformation-phrases';
import { scareQuotedAccount } from './misinformation-sarcasm';
import { scareQuotedEuphemism } from './misinformation-sneers';
import {
  DECLARED_OFFICIAL,
  NO_COINCIDENCE,
  OPENINGS,
  REMEMBERED_QUOTE,
  STAMP_CLOSER,
} from './misinformation-openings';

const PHRASES = new PhraseSet<MisinformationMeta>(MISINFORMATION_PHRASES);

/** Words that put a sentence on the side of the debunker: the claim is its subject, not its message. */
const DEBUNK = wordClass(
  [
    'debunk*|baseless|unfounded|scam|scams|disinformation|misinformation|disinfo|conspiracist*|conspiracy|conspiracies|factcheck*|myth|myths|rumour|rumours|rumor|rumors|theorists|theory|theories|trope|tropes|falsely|whistle|whistles|dogwhistle|dogwhistles|code|coded|codes|symbol|symbols|slogan|slogans|meaning|means|verification|deepfake|deepfakes|bellingcat|snopes|politifact|fullfact|maldita|newtral|correctiv|stopfake|disinfolab|euvsdisinfo',
    'bulo|bulos|estafa|estafas|desinformacion|desmentido|desmienten|conspiranoico*|conspiranoia|teoria|teorias|mito|mitos|infundado|verificacion|verificado|verificada|verificamos|deepfake|clonada|clonado',
    'intox|infox|arnaque|arnaques|complotiste*|complotisme|desinformation|theorie|theories|rumeur|rumeurs|infonde|dementi|mythe|mythes|fantasme|fantasmes|verification|verifie|verifiee',
    'verschworungstheor*|verschworungserzahlung*|verschworungsnarrativ*|betrug|betrugsmasche|verschworungsmythos|verschworungsmythen|falschbehauptung*|faktencheck*|desinformation|falschmeldung*|haltlos|mythos|geruchte',
    'дезинформаци*|конспиролог*|теори*|миф|мифы|слух*|опроверг*|проверка|дипфейк',
    // Round 33: a lead ruled out by investigators (`La police a écarté la piste du faux drapeau`).
    'ecarte|ecartee|ecartent|ecarter|descarto|descartada|descartado|descartan|ausgeschlossen|исключили|отвергли',
  ].join('|'),
);

/** What dismisses a named claim (`the HAARP earthquake claim is rubbish`). */
const DISMISSED = wordClass(
  'rubbish|nonsense|bogus|baseless|absurd|false|untrue|wrong|garbage|bunk|debunked|absurdo|falso|falsa|absurde|faux|fausse|unsinn|quatsch|falsch|чушь|бред|ерунда|ложь',
);

/**
 * Whether the marker at `hit` is the subject of a claim noun that its sentence then dismisses (round 33:
 * `The HAARP earthquake claim is rubbish`, `the biolab story is nonsense`): a claim noun within three words
 * after the marker, a dismissal within three words after that.
 */
function dismissedClaim(tokens: readonly Token[], from: number, to: number): boolean {
  const sentence = tokens[from]!.sentence;
  for (let k = to; k < to + 3 && tokens[k]?.sentence === sentence; k++) {
    if (!CLAIM_NOUN(tokens[k]!)) continue;
    for (let q = k + 1; q <= k + 3 && tokens[q]?.sentence === sentence; q++)
      if (DISMISSED(tokens[q]!)) return true;
  }
  return false;
}

/** Someone else's claim being reported, just before the marker: `channels claim it was staged`. */
const REPORT = wordClass(
  [
    'claim|claims|claimed|claiming|telling|texts|forwarding|forwards|forwarded|called|calls|calling|messages|alleged|allegedly|allege|alleges|insist|insists|insisted|accused|accuse|accuses|peddle|peddles|peddling|peddled|push|pushes|pushing|pushed|spread|spreads|spreading|circulate|circulates|circulating|circulated|posts|posted|tweets|videos|channels|accounts|influencers|trolls|bots|dubbed|supposedly',
    'dicen|afirman|afirmacion|afirmaciones|afirmaba|aseguran|acusan|difunden|difundieron|circula|circulan|supuestamente|segun|llaman',
    'disent|affirment|affirmation|affirmations|pretendent|accusent|diffusent|circule|circulent|soi|selon|prétendument|pretendument|appellent',
    'behaupten|behauptet|behauptete|behauptung|behauptungen|angeblich|sogenannte|sogenannten|sogenannter|sogenanntes|verbreiten|verbreitet|kursiert|kursieren|nennen|laut',
    'утверждают|утверждает|утверждение|утверждения|заявляют|якобы|распространяют|распространяет|называют|пишут|мол',
  ].join('|'),
);

/** A verb of saying, and who may say it for the claim to be reported: `He said the election was stolen`. */
const SAID = wordClass(
  'said|says|repeats|repeated|repeating|told|tells|dijo|dice|repite|repitio|dit|repete|sagte|sagt|wiederholt|сказал|сказала|сказали|говорит|говорят|повторяет|detto|ripete',
);
const THIRD_PERSON = wordClass(
  'he|she|they|who|el|ella|ellos|il|elle|ils|elles|er|sie|он|она|они|lui|lei|loro|' +
    // The governments and outlets whose lines the site reports (`Moscow says the protests are run from Washington`).
    'moscow|moscu|moscou|moskau|kremlin|beijing|pekin|peking|tehran|teheran|pyongyang|minsk|lavrov|peskov|zakharova|rt|tass|москва|кремль|песков|лавров|захарова',
);
/** Whether a third person's saying stands within six words before `at`, in its sentence (`he said`, `sie sagt`). */
function saidByOther(tokens: readonly Token[], at: number): boolean {
  const sentence = tokens[at]!.sentence;
  for (let k = at - 1; k > 0 && k >= at - 6 && tokens[k]!.sentence === sentence; k--)
    if (SAID(tokens[k]!) && THIRD_PERSON(tokens[k - 1]!)) return true;
  return false;
}

/** A `that` after a claim noun (`CLAIM_NOUN`): `the claim that`, `la teoría de que`, `версия, что`. */
const THAT = wordClass('that|que|dass|что|chto|che|ze');

/** How far back a named claim's `that` may stand: the claim's subject is often a long name. */
const CLAIM_REACH = 12;

/**
 * Whether the marker at `at` is what a named claim says (`repeating the claim that the Crocus City Hall
 * attack was staged`): a `that` after a claim noun, earlier in its sentence.
 */
function claimedThat(tokens: readonly Token[], at: number): boolean {
  const sentence = tokens[at]!.sentence;
  for (let k = at - 1; k > 0 && k >= at - CLAIM_REACH && tokens[k]!.sentence === sentence; k--)
    if (
      THAT(tokens[k]!) &&
      (CLAIM_NOUN(tokens[k - 1]!) ||
        (k >= 2 && tokens[k - 1]!.text === 'de' && CLAIM_NOUN(tokens[k - 2]!)) ||
        // `версию о том, что …` (round 82).
        (k >= 3 &&
          tokens[k - 1]!.text === 'том' &&
          tokens[k - 2]!.text === 'о' &&
          CLAIM_NOUN(tokens[k - 3]!)))
    )
      return true;
  return false;
}

/**
 * The first match of `re` in `source`: its first group, and that group's span (or the whole match's, with
 * `whole`). A Cyrillic reading of Russian typed in Latin letters (`text/translit.ts`) keeps its offsets with
 * soft hyphens inside words (`Сроч\u00adно`): they are read past, and the span still covers the words in
 * the comment.
 */
function firstMatch(
  re: RegExp,
  source: string,
  whole = false,
): { word: string; span: [number, number] } | null {
  const soft = source.includes('\u00ad');
  const match = re.exec(soft ? source.replaceAll('\u00ad', '') : source);
  if (!match) return null;
  const word = match[1]!;
  const from = whole ? match.index : match.index + match[0].indexOf(word);
  const to = whole ? match.index + match[0].length : from + word.length;
  if (!soft) return { word, span: [from, to] };
  // Offsets in the text without soft hyphens, back to the comment's.
  const at = (k: number): number => {
    let i = 0;
    for (let seen = 0; seen < k || source[i] === '\u00ad'; i++) if (source[i] !== '\u00ad') seen++;
    return i;
  };
  return { word, span: [at(from), at(to)] };
}

/** Whether a token of the sentence of [from, to), outside it, passes `test`. */
function elsewhereInSentence(
  tokens: readonly Token[],
  from: number,
  to: number,
  test: (t: Token) => boolean,
): boolean {
  const sentence = tokens[from]!.sentence;
  for (let k = from - 1; k >= 0 && tokens[k]!.sentence === sentence; k--) if (test(tokens[k]!)) return true;
  for (let k = to; k < tokens.length && tokens[k]!.sentence === sentence; k++)
    if (test(tokens[k]!)) return true;
  return false;
}

/**
 * Whether a claim about the jab or the vote is denied inside it or in the two words after it (`die Impfung
 * verändert nicht die DNA`, `verändert die DNA nicht`, `votes by text message will never be accepted`). The
 * other kinds' phrases carry negations of their own (`they don't want you to know`, `not a coincidence`).
 */
function deniedInside(tokens: readonly Token[], hit: PhraseHit<MisinformationMeta>): boolean {
  const kind = hit.phrase.meta[0];
  if (kind !== 'health' && kind !== 'election') return false;
  const sentence = tokens[hit.from]!.sentence;
  // A negation the phrase itself spells (`можно не ходить на участок`) is its claim, not a denial of it.
  const own = hit.phrase.source.split(/[ |]/);
  for (let k = hit.from + 1; k <= hit.to + 1 && k < tokens.length && tokens[k]!.sentence === sentence; k++)
    if (negationAt(tokens, k) && !own.includes(tokens[k]!.text)) return true;
  return false;
}

/**
 * Whether a dog whistle of several words has its first words in quotation marks and the rest of it not: a
 * sneer (`the «refugees» all have brand new iPhones`, `Otro "manifestante pacífico" con un machete`), not a
 * quotation of it.
 */
function scareQuoted(tokens: readonly Token[], hit: PhraseHit<MisinformationMeta>): boolean {
  // A one-word dog whistle in quotation marks (`the word "Umvolkung"`) is a quotation of it.
  if (hit.phrase.meta[0] !== 'dogwhistle' || hit.to - hit.from < 2 || !tokens[hit.from]!.quoted) return false;
  let k = hit.from + 1;
  while (k < hit.to && tokens[k]!.quoted) k++;
  if (k === hit.to) return false;
  for (; k < hit.to; k++) if (tokens[k]!.quoted) return false;
  return true;
}

/** Whether a marker is the comment's own claim rather than one it reports, negates or debunks. */
function asserted(tokens: readonly Token[], hit: PhraseHit<MisinformationMeta>): boolean {
  return (
    // Quoted even in a reply to someone (`@x the 'stolen election' narrative`), which `mentionAt` reads as aimed.
    (scareQuoted(tokens, hit) ||
      !(mentioned(tokens, hit.from, hit.to) || mentionAt(tokens, hit.from, hit.to, true))) &&
    !deniedInside(tokens, hit) &&
    !deniedAfter(tokens, hit.to) &&
    assertedRange(tokens, hit.from, hit.to)
  );
}

/** The tests of `asserted` that any token range [from, to) takes: negated, reported, named as a claim, debunked. */
function assertedRange(tokens: readonly Token[], from: number, to: number): boolean {
  return !(
    negatedWithin(tokens, from, 3) ||
    wordBefore(tokens, from, 10, REPORT) ||
    saidByOther(tokens, from) ||
    claimedThat(tokens, from) ||
    dismissedClaim(tokens, from, to) ||
    elsewhereInSentence(tokens, from, to, DEBUNK) ||
    elsewhereInSentence(tokens, from, to, historical)
  );
}

/** Whether the words at `span` of `source` (a match on the text, not a phrase) are the comment's own claim. */
function assertedAt(source: string, span: readonly [number, number]): boolean {
  const { tokens } = tokensOf(source);
  const [from, to] = tokenRange(tokens, span);
  if (from >= tokens.length) return true;
  return !(
    mentioned(tokens, from, to) ||
    wordBefore(tokens, from, 6, REPORT) ||
    elsewhereInSentence(tokens, from, Math.min(to, tokens.length), DEBUNK)
  );
}

/**
 * Whether the words at `span` of `body` sit in a sentence that debunks (`a conspiracy theory`, `rumeurs`,
 * `фейк`) or are what a named claim says (`the claim that … was a false flag`): the suspect-terms check
 * leaves such a sentence's slogans to this check's judgement.
 */
export function inDebunkingSentence(body: string, span: readonly [number, number]): boolean {
  const { tokens } = tokensOf(body);
  const [from, to] = tokenRange(tokens, span);
  return (
    from < tokens.length &&
    (elsewhereInSentence(tokens, from, to, DEBUNK) ||
      claimedThat(tokens, from) ||
      dismissedClaim(tokens, from, to))
  );
}

export interface MisinformationVerdict {
  readonly score: number;
  readonly evidence: Evidence[];
}

/** The framing markers a comment asserts, when they are enough to hold it; null otherwise. */
export function detectMisinformation(source: string): MisinformationVerdict | null {
  const evidence: Evidence[] = [];
  let strong = false;
  // How a comment opens: dressed as a news flash, or a claim stamped as verified.
  for (const [opening, how] of OPENINGS) {
    const found = firstMatch(opening, source);
    if (!found) continue;
    evidence.push({
      kind: 'misinformation',
      value: 'invented',
      span: found.span,
      detail: `invented (strong): ${how}, "${found.word}"`,
    });
    strong = true;
  }
  const answered = source.includes('?') ? firstMatch(NO_COINCIDENCE, source, true) : null;
  if (answered && assertedAt(source, answered.span)) {
    evidence.push({
      kind: 'misinformation',
      value: 'insinuation',
      span: answered.span,
      detail: `insinuation (strong): a coincidence asked about and denied at once, "${source.slice(...answered.span)}"`,
    });
    strong = true;
  }
  const { tokens } = tokensOf(source);
  // Invented figures, unless quoted, reported or debunked: a turnout of more than 100 per cent; a death toll
  // many times the article's, said to be confirmed (round 37).
  const figures = [
    [impossibleTurnout(source, tokens), 'a turnout of more than 100%'],
    [inflatedToll(tokens), 'a death toll many times the one it contradicts'],
  ] as const;
  for (const [range, what] of figures) {
    if (!range || mentioned(tokens, ...range) || !assertedRange(tokens, ...range)) continue;
    const span: [number, number] = [tokens[range[0]]!.start, tokens[range[1] - 1]!.end];
    evidence.push({
      kind: 'misinformation',
      value: 'invented',
      span,
      detail: `invented (strong): ${what}, "${source.slice(...span)}"`,
    });
    strong = true;
  }
  // An office holder whispered about; a young man or a nationality in scare quotes beside a knife (round 69).
  const whispers = [
    [
      insinuatedAt(source, tokens),
      'insinuation',
      'an office holder hinted at, asked about or said to hide something',
    ],
    [scareQuotedKnife(tokens), 'dogwhistle', 'a euphemism in scare quotes beside a knife or a knowing wink'],
  ] as const;
  for (const [range, value, what] of whispers) {
    if (!range || !assertedRange(tokens, ...range)) continue;
    const span: [number, number] = [tokens[range[0]]!.start, tokens[range[1] - 1]!.end];
    evidence.push({
      kind: 'misinformation',
      value,
      span,
      detail: `${value} (strong): ${what}, "${source.slice(...span)}"`,
    });
    strong = true;
  }
  const weak = new Set<string>();
  // A fact declared official; a stamp closing the comment (round 110: `… Confirmed.`, `… Comprobado.`).
  for (const [re, what] of [
    [DECLARED_OFFICIAL, 'a fact declared official'],
    [STAMP_CLOSER, 'a closing stamp'],
    [REMEMBERED_QUOTE, 'a quote remembered'],
  ] as const) {
    const declared = firstMatch(re, source);
    if (!declared || !assertedAt(source, declared.span)) continue;
    weak.add(what);
    evidence.push({
      kind: 'misinformation',
      value: 'invented',
      span: declared.span,
      detail: `invented (weak): ${what}, "${declared.word}"`,
    });
  }
  const scare = scareQuotedAccount(tokens);
  if (scare) {
    evidence.push(scare);
    weak.add('scare quotes');
  }
  // A euphemism for migrants in scare quotes (round 113: `die "Fachkräfte"`, `un "déséquilibré"`).
  const sneer = scareQuotedEuphemism(tokens);
  // One quotation counts once: not when round 92's marker already read it (`Parler de « déséquilibré »`, `dev121`).
  if (
    sneer &&
    !(scare?.span && scare.span[0] < tokens[sneer[1] - 1]!.end && tokens[sneer[0]]!.start < scare.span[1])
  ) {
    const span: [number, number] = [tokens[sneer[0]]!.start, tokens[sneer[1] - 1]!.end];
    weak.add('euphemism in scare quotes');
    evidence.push({
      kind: 'misinformation',
      value: 'dogwhistle',
      span,
      detail: `dogwhistle (weak): a euphemism in scare quotes, "${source.slice(...span)}"`,
    });
  }
  let weakEnd = -1;
  for (const hit of PHRASES.scan(tokens)) {
    const [kind, weight] = hit.phrase.meta;
    if (!asserted(tokens, hit)) continue;
    if (weight === 'weak') {
      // Two weak markers count only when they are different words, side by side or apart, not one inside
      // the other (`staged` inside `all staged`).
      if (hit.from < weakEnd) continue;
      weakEnd = hit.to;
      weak.add(hit.phrase.source);
    } else strong = true;
    evidence.push({
      kind: 'misinformation',
      value: kind,
      span: hit.span,
      detail: `${kind} (${weight}): "${source.slice(...hit.span)}"`,
    });
  }
  if (strong) return { score: 0.7, evidence };
  if (weak.size >= 2) return { score: 0.5, evidence };
  return null;
}
