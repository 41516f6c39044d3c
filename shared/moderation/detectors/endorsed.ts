/**
 * Quotations the comment makes its own (round 61, `/work/audit32`): repeating a slur, a threat or a slogan in quotation
 * marks is a mention (`mentioned` in `common.ts`), unless the comment endorses it in the quotation's sentence or the
 * next (`"Vermin" is the right word for them`, `« Qu'on les pende tous. » Je signe`, `„Hängt sie alle auf.“ Unterschreibe
 * ich.`, `«Паразиты» — самое точное слово для них`) or says it to someone (`ты «тупая дура»`).
 */
import { PhraseSet, wordClass } from '../text/phrases';
import type { Token } from '../text/tokens';

const ENDORSEMENTS = new PhraseSet<null>(
  [
    '{is|s} the right word',
    'the right word for',
    '{exactly|precisely} what they are',
    '{couldn t|couldnt|could not} have {put|said} it better',
    '{best|good} advice',
    'sounds good to me',
    'had the right idea',
    '{had|has} a point',
    '{suits|fits} {you|u} too',
    'say it loud',
    'well said',
    'spot on',
    'we mean it',
    'calling it like it is',
    'applies today',
    '{it s|its} obviously true',
    'tell me they were wrong',
    '{we d|wed|we would} do it again',
    'la palabra exacta',
    'lo firmo',
    '{tenian|tiene|tienen|tenia} toda la razon',
    'le mot qui convient',
    'exactement le mot',
    'je signe',
    'exactement ce qu {ils|elles} sont',
    '{avaient|avait} raison',
    'das richtige wort',
    'unterschreibe ich',
    'zu recht',
    '{hatte|hatten} recht',
    '{самое|} точное слово',
    '{подпишусь|подписываюсь}',
    'говорили правильно',
    'всё правильно сказали',
    'все правильно сказали',
    '{samoe|} tochnoe slovo',
    '{podpisyvayus|podpishus}',
    'vse pravilno skazali',
    // Softer: `he wasn't wrong when he said "…"`, `"clown" fits you`, `По-моему, в точку`.
    '{wasn t|wasnt|was not} wrong',
    '{fits|suits} {you|u}',
    'still fits',
    '{can t|cant|cannot} say i disagree',
    'understand where {he|she|they} {s|is|are|re} coming from',
    'grain of truth',
    'nobody has proven {him|her|them} wrong',
    '{no se equivocaba|tampoco se equivocaba}',
    '{n avait pas tort|n avait pas tout a fait tort}',
    '{unrecht hatte er nicht|falsch lag er nicht}',
    'passt immer noch',
    'не так уж неправ',
    '{в точку|v tochku}',
    'je vois tres bien ce qu il veut dire',
    'ich verstehe was er meint',
  ].map((p) => [p, null] as const),
);

/**
 * What `zu Recht` may approve instead of a quotation (German verbs after it): a punishment (`verurteilt`, `verhaftet`),
 * or a report or criticism of the words (round 119).
 */
const APPROVED_ACT = wordClass(
  'verurteilt|bestraft|angeklagt|verhaftet|festgenommen|gesperrt|entlassen|verboten|ausgewiesen|abgeschoben|belangt|geahndet|' +
    // Round 119 (`/work/audit63`): the reporting approved, not the words quoted (`über den ihr zu Recht berichtet`).
    'berichtet|berichten|berichtete|kritisiert|kritisieren|thematisiert|hinweist|hinweisen',
);

const NEGATION = wordClass('not|no|never|nicht|kein|keine|pas|ne|не|ni|nunca|nie|isn|wasn|aren');

/** Which sentences endorse something, per token list (memoised: every detector asks of the same tokens). */
const endorsedMemo = new WeakMap<readonly Token[], ReadonlySet<number>>();

function endorsedSentences(tokens: readonly Token[]): ReadonlySet<number> {
  let sentences = endorsedMemo.get(tokens);
  if (sentences) return sentences;
  const found = new Set<number>();
  for (const hit of ENDORSEMENTS.scan(tokens)) {
    const sentence = tokens[hit.from]!.sentence;
    let negated = false;
    for (let k = hit.from - 1; k >= 0 && k >= hit.from - 2 && tokens[k]!.sentence === sentence; k--)
      negated ||= NEGATION(tokens[k]!);
    // `zu Recht verurteilt` approves of a sentence passed, not of the words quoted (round 89).
    const after = tokens[hit.to];
    if (after?.sentence === sentence && hit.to - hit.from === 2 && APPROVED_ACT(after)) continue;
    if (!negated && !tokens[hit.from]!.quoted) found.add(sentence);
  }
  endorsedMemo.set(tokens, (sentences = found));
  return sentences;
}

/** Whether the quotation at `from` is endorsed in its sentence or the next (see the module comment). */
export function quotationEndorsed(tokens: readonly Token[], from: number): boolean {
  const sentences = endorsedSentences(tokens);
  if (sentences.size === 0) return false;
  const sentence = tokens[from]!.sentence;
  return sentences.has(sentence) || sentences.has(sentence + 1);
}

/** What may stand between an addressee and the quotation said to them: a copula, an article (`you are a "…"`). */
const QUOTE_COPULA = wordClass(
  'are|re|r|is|a|an|such|es|eres|un|una|une|t|bist|ein|eine|so|ты|вы|ty|vy|sei|e',
);

/**
 * Whether the quotation that token `k` opens or sits in is said to someone (`you are a "f***ing moron"`, `ты «тупая
 * дура»`): the second person (`addressee`, from `common.ts`) up to three words before it, with nothing but a
 * copula or an article between.
 */
export function quotationAddressed(
  tokens: readonly Token[],
  k: number,
  addressee: (tokens: readonly Token[], at: number) => boolean,
): boolean {
  const sentence = tokens[k]!.sentence;
  let start = k;
  while (start > 0 && tokens[start - 1]!.quoted && tokens[start - 1]!.sentence === sentence) start--;
  for (let j = start - 1; j >= 0 && j >= start - 3 && tokens[j]!.sentence === sentence; j--) {
    if (addressee(tokens, j)) return true;
    if (!QUOTE_COPULA(tokens[j]!)) return false;
  }
  return false;
}
