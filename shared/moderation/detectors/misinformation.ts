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
import { negatedWithin } from './asserted';
import { mentionAt, mentioned, wordBefore } from './common';
import { MISINFORMATION_PHRASES, type MisinformationMeta } from './misinformation-phrases';

const PHRASES = new PhraseSet<MisinformationMeta>(MISINFORMATION_PHRASES);

/** Words that put a sentence on the side of the debunker: the claim is its subject, not its message. */
const DEBUNK = wordClass(
  [
    'debunk*|baseless|unfounded|disinformation|misinformation|disinfo|conspiracist*|conspiracy|conspiracies|factcheck*|myth|myths|rumour|rumours|rumor|rumors|theorists|theory|theories|trope|tropes|falsely|whistle|whistles|dogwhistle|dogwhistles|code|coded|codes|symbol|symbols|slogan|slogans|meaning|means|verification|deepfake|deepfakes',
    'bulo|bulos|desinformacion|desmentido|desmienten|conspiranoico*|conspiranoia|teoria|teorias|mito|mitos|infundado|verificacion|verificado|verificada|verificamos|deepfake|clonada|clonado',
    'intox|infox|complotiste*|complotisme|desinformation|theorie|theories|rumeur|rumeurs|infonde|dementi|mythe|mythes|fantasme|fantasmes|verification|verifie|verifiee',
    'verschworungstheor*|verschworungsmythos|verschworungsmythen|falschbehauptung*|faktencheck*|desinformation|falschmeldung*|haltlos|mythos|geruchte',
    'дезинформаци*|конспиролог*|теори*|миф|мифы|слух*|опроверг*|проверка|дипфейк',
  ].join('|'),
);

/** Someone else's claim being reported, just before the marker: `channels claim it was staged`. */
const REPORT = wordClass(
  [
    'claim|claims|claimed|claiming|alleged|allegedly|allege|alleges|insist|insists|insisted|accused|accuse|accuses|peddle|peddles|peddling|peddled|push|pushes|pushing|pushed|spread|spreads|spreading|circulate|circulates|circulating|circulated|posts|posted|tweets|videos|channels|accounts|influencers|trolls|bots|dubbed|supposedly',
    'dicen|afirman|afirmaba|aseguran|acusan|difunden|difundieron|circula|circulan|supuestamente|segun|llaman',
    'disent|affirment|pretendent|accusent|diffusent|circule|circulent|soi|selon|prétendument|pretendument|appellent',
    'behaupten|behauptet|behauptete|angeblich|verbreiten|verbreitet|kursiert|kursieren|nennen|laut',
    'утверждают|утверждает|заявляют|якобы|распространяют|распространяет|называют|пишут|мол',
  ].join('|'),
);

/** Opening words of a comment that dresses itself as a news flash: `BREAKING:`, `СРОЧНО!`. */
const NEWS_FLASH =
  /^[\s\p{P}\p{S}]*(breaking(?: news)?|just in|urgent|exclusive|última hora|ultima hora|urgente|exclusiva|eilmeldung|eilt|dringend|срочно|молния|alerte|flash info|ultim'ora|son dakika|pilne)\s*[:!‼]/iu;

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

/** Whether a marker is the comment's own claim rather than one it reports, negates or debunks. */
function asserted(tokens: readonly Token[], hit: PhraseHit<MisinformationMeta>): boolean {
  return !(
    // Quoted even in a reply to someone (`@x the 'stolen election' narrative`), which `mentionAt` reads as aimed.
    mentioned(tokens, hit.from, hit.to) ||
    mentionAt(tokens, hit.from, hit.to, true) ||
    negatedWithin(tokens, hit.from, 3) ||
    wordBefore(tokens, hit.from, 6, REPORT) ||
    elsewhereInSentence(tokens, hit.from, hit.to, DEBUNK)
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
  const flash = NEWS_FLASH.exec(source);
  if (flash) {
    const start = flash.index + flash[0].indexOf(flash[1]!);
    evidence.push({
      kind: 'misinformation',
      value: 'invented',
      span: [start, start + flash[1]!.length],
      detail: `invented (strong): a comment dressed as a news flash, "${flash[1]}"`,
    });
    strong = true;
  }
  const { tokens } = tokensOf(source);
  const weak = new Set<string>();
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
