/**
 * Mistreatment described with a simile (`les migrants sont traités comme du bétail`, `tratan a las mujeres
 * como ganado`, `wie Vieh behandelt`): the classifier learned the animal words from hate and rejected
 * reports like these. Like a friendly idiom (`idioms.ts`), the simile is blanked for the classifier's second
 * reading. Not in a sentence that asks for it (`should be treated like cattle`): that one is read as written.
 * The rules read every comment as written.
 */
import { PhraseSet, wordClass } from '../text/phrases';
import { tokensOf } from '../text/tokens';
import { CLAUSE_BREAK, namedByOthersAt } from '../detectors/asserted';
import { abstractSubjectBefore, saidOfAbstractAt } from '../detectors/abstract-subject';
import { outbreakAt } from '../detectors/cue-idioms';

const TREATED = new PhraseSet<'verb' | 'german'>([
  ['{treated|treat|treating|treats|kept|caged|herded|housed|transported|handled} ~4 {like|as}', 'verb'],
  [
    '{trata|tratan|trataba|trataban|tratado|tratada|tratados|tratadas|tratam|tratava|tratavam} ~4 como',
    'verb',
  ],
  ['{traite|traitent|traitait|traitaient|traites|traitee|traitees} ~4 comme', 'verb'],
  ['{tratta|trattano|trattava|trattavano|trattati|trattate} ~4 come', 'verb'],
  ['{обращаются|обращались|обращается|содержат|содержали} ~4 как', 'verb'],
  ['{traktowani|traktowane|traktuja|traktuje} ~4 jak', 'verb'],
  // German puts the participle last: `wie Vieh behandelt`.
  ['wie ~2 {behandelt|behandeln|gehalten|halten}', 'german'],
]);

/** A sentence that asks for the treatment rather than reporting it. */
const MODAL = wordClass(
  [
    'should|must|ought|need|needs|deserve|deserves|let|lets',
    'deberian|deberia|debe|deben|hay|merecen',
    'devraient|devrait|doivent|faut|meritent',
    'sollte|sollten|soll|sollen|muss|mussen|gehoren|verdienen',
    'надо|нужно|должны|должен|следует|заслуживают',
    'dovrebbero|dovrebbe|devono|bisogna|meritano',
    'deveriam|deveria|devem|merecem',
    'powinni|powinno|trzeba|nalezy',
  ].join('|'),
);

/** How many words of the simile after `like` are blanked with it: `like (the) cattle (they are)`. */
const SIMILE_WORDS = 3;

/** The [start, end) spans of the described mistreatment in `source`. */
export function mistreatmentSpans(source: string): Array<[number, number]> {
  const { tokens } = tokensOf(source);
  const spans: Array<[number, number]> = [];
  for (const h of TREATED.scan(tokens)) {
    const sentence = tokens[h.from]!.sentence;
    if (tokens.some((t) => t.sentence === sentence && MODAL(t))) continue;
    let end = h.span[1];
    if (h.phrase.meta === 'verb')
      for (let k = h.to; k < h.to + SIMILE_WORDS && k < tokens.length; k++) {
        const t = tokens[k]!;
        if (t.sentence !== sentence || CLAUSE_BREAK.test(source.slice(tokens[k - 1]!.end, t.start))) break;
        end = t.end;
      }
    spans.push([h.span[0], end]);
  }
  return spans;
}

/** Disease metaphors the classifier learned from hate, which also name what an ideology does to a society. */
const DISEASE = wordClass(
  'cancer|plague|disease|virus|poison|tumour|tumor|plaga|veneno|peste|krebs|krebsgeschwur|seuche|pest|gift|рак|чума|зараза|опухоль|яд',
);

/**
 * A disease metaphor said of an ideology or a vice named just before it (`Islamist terror is a cancer, and
 * its first victims are Muslims`): blanked, with its subject, for the classifier's second reading.
 */
export function ideologyMetaphorSpans(source: string): Array<[number, number]> {
  const { tokens } = tokensOf(source);
  const spans: Array<[number, number]> = [];
  for (let k = 0; k < tokens.length; k++) {
    if (!DISEASE(tokens[k]!) || !saidOfAbstractAt(tokens, k)) continue;
    spans.push([tokens[abstractSubjectBefore(tokens, k)]!.start, tokens[k]!.end]);
  }
  return spans;
}

/** Names of praise the classifier learned from glorification: `martyrs`, `heroes`, in the readership's languages. */
const PRAISE_NAME = wordClass(
  'martyrs|martyr|heroes|hero|shaheed|shahid|shuhada|martires|martir|heros|heroines|helden|held|martyrer|мученики|мучениками|мучеников|героями|герои|героев|шахидами|шахиды|martiri|eroi|herois|bohaterami|bohaterowie|meczennikami|meczennicy',
);

/**
 * Praise that others give, told as news (`Some in Gaza call the attackers martyrs`, `O Hamas diz que os
 * combatentes mortos são mártires`; `detectors/asserted.ts` `namedByOthersAt`, which the rules already
 * spare): the name is blanked for the classifier's second reading.
 */
export function namedByOthersSpans(source: string): Array<[number, number]> {
  const { tokens } = tokensOf(source);
  const spans: Array<[number, number]> = [];
  for (let k = 0; k < tokens.length; k++)
    if (PRAISE_NAME(tokens[k]!) && namedByOthersAt(source, tokens, k))
      spans.push([tokens[k]!.start, tokens[k]!.end]);
  return spans;
}

/** A cancer named as an illness: the words the classifier learned from the metaphor of hate (`… are a cancer`). */
const CANCER = wordClass('cancer|cancers|cancro|krebs|рак|рака|раком|kanker|rak|raka|rakiem|tumour|tumor');
/** The organ a cancer is of (`cancer du sein`, `breast cancer`, `Rak jąder`, `kanker van de baarmoederhals`). */
const ORGAN = wordClass(
  [
    'breast|prostate|lung|lungs|skin|bowel|colon|colorectal|cervical|cervix|ovarian|testicular|testicles|pancreatic|liver|blood|bone|throat|stomach|kidney|bladder|brain|thyroid|childhood',
    'sein|seins|poumon|poumons|peau|uterus|ovaires|testicules|pancreas|foie|estomac|rein|vessie|cerveau|thyroide|gorge',
    'mama|pulmon|piel|utero|ovario|testiculo|testiculos|higado|estomago|rinon|vejiga|prostata',
    'груди|легких|лёгких|кожи|простаты|желудка|крови|матки|яичек|печени|щитовидной',
    'baarmoederhals|borst|longen|prostaat|huid|darm|jader|piersi|pluc|prostaty|macicy|skory|jelita',
  ].join('|'),
);
/** Care around an illness (`dépistage du cancer`, `cancer screening`, `patients`, `HPV`). */
const CARE = wordClass(
  [
    'screening|screenings|mammogram|mammography|diagnosis|diagnosed|chemo|chemotherapy|radiotherapy|oncologist|oncology|survivors|hpv|biopsy',
    'depistage|mammographie|diagnostique|chimiotherapie|oncologue|cribado|mamografia|quimioterapia|oncologo|diagnosticado|diagnosticada',
    'vorsorge|fruherkennung|chemotherapie|onkologe|скрининг|маммография|химиотерапия|онколог|диагностировали|badania|cytologia|chemioterapia|onkolog|uitstrijkje|bevolkingsonderzoek|chemotherapie',
  ].join('|'),
);
/** How far from the illness its organ or its care may stand. */
const CARE_REACH = 3;

/**
 * A cancer named as an illness, with its organ or its care within three words (round 37, a red-team's civil
 * probes: `Le cancer des testicules se soigne très bien s'il est détecté tôt`, `Rak jąder jest wyleczalny`,
 * rejected by the classifier as hate): the word is blanked for its second reading. The rules read it as written.
 */
export function illnessSpans(source: string): Array<[number, number]> {
  const { tokens } = tokensOf(source);
  const spans: Array<[number, number]> = [];
  for (let k = 0; k < tokens.length; k++) {
    if (!CANCER(tokens[k]!)) continue;
    const sentence = tokens[k]!.sentence;
    for (let q = Math.max(0, k - CARE_REACH); q <= k + CARE_REACH && q < tokens.length; q++) {
      const t = tokens[q]!;
      if (q === k || t.sentence !== sentence || !(ORGAN(t) || CARE(t))) continue;
      spans.push([tokens[k]!.start, tokens[k]!.end]);
      break;
    }
  }
  return spans;
}

/** Diseases whose names the classifier learned from the metaphor of hate (`… are a plague`). */
const PLAGUE = wordClass(
  'plague|plagues|peste|pest|чума|чумы|чуму|чумой|chuma|plaga|seuche|zaraza|холера|холеры|cholera|colera',
);

/**
 * A plague after an outbreak word (round 110: `В Казахстане вспышка чумы`, `an outbreak of plague`, rejected by the
 * classifier as hate): the word is blanked for its second reading. The rules read it as written (`outbreakAt`).
 */
export function outbreakSpans(source: string): Array<[number, number]> {
  const { tokens } = tokensOf(source);
  const spans: Array<[number, number]> = [];
  for (let k = 1; k < tokens.length; k++)
    if (PLAGUE(tokens[k]!) && outbreakAt(tokens, k)) spans.push([tokens[k]!.start, tokens[k]!.end]);
  return spans;
}
