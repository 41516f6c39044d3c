/**
 * Lawful means and processes named as such (round 31: `habría que juzgarlos y meterlos en la cárcel`, `face
 * justice in a court of law`, `settle accounts with this government at the ballot box`): the classifier read
 * the frame of a call to violence in them, so they are blanked for its second reading — but only in a
 * sentence that names no harm besides: `should be prosecuted and then hanged` is read as written.
 */
import { PhraseSet, wordClass } from '../text/phrases';
import { LAWFUL_MEANS } from '../detectors/asserted';
import { tokensOf } from '../text/tokens';

const LAWFUL = new PhraseSet<true>(
  [
    // Dealt with by the law (`threats.ts` reads the same means as no call): `should be dealt with by the courts`.
    `{be|been|being} dealt with {by|in|at|through|via|under} ~2 {${LAWFUL_MEANS}}`,
    '{reglera|regleront|reglerons|regler} {ses|leurs|nos} comptes ~5 {dans les urnes|aux urnes}',
    '{settle|settles|settled|settling} {accounts|scores|the score} ~5 {at the ballot box|at the polls|in the next election}',
    '{the people|people|voters|the voters} will {settle|decide|judge|punish|remember} ~6 {at the ballot box|at the polls|in the next election}',
    // Lawful means named as such (round 31, a red-team's civil twins held by the classifier).
    '{at|in|through|by} the {ballot box|ballot boxes|polls|next election|next elections|court of law|courts of law}',
    '{face|faces|facing} justice {in|before} {a|the} {court|courts|judge|tribunal}',
    '{voted|vote} {out|them out|him out|her out}',
    '{the voters|voters|the electorate} {will|would|should}',
    // Round 32: the courts or the law said to fail to act, before the voters who will (`If the courts won't act,
    // the voters will`).
    // Only when the voters are who will: `citizens will have to` is the vigilante's version.
    '{if|when|since} the {courts|court|judges|law|prosecutors|justice system} {wont|won t|will not|dont|don t|do not|refuse to|fail to|cannot|can t|cant} ~1 {act|do it|do their job|do anything} {the voters|voters|the electorate} {will|would|should|can|must}',
    // Round 127: the one language named, and lawful (`only understand one language, and it's sanctions`).
    'only {understand|understands|know|knows|speak|speaks} one language ~6 {sanctions|the law|courts|the courts|votes|the ballot|diplomacy|money|pressure|elections}',
    'solo {entiende|entienden|conoce|conocen|habla|hablan} un idioma ~4 {el de los tribunales|el de la ley|el de las urnas|las sanciones|el dinero}',
    'ne {comprend|comprennent} qu une langue ~4 {celle des tribunaux|les sanctions|celle de la loi}',
    '{versteht|verstehen} nur eine sprache ~4 {sanktionen|die der gerichte|das gesetz}',
    '{perdere|perdano|perda} le elezioni',
    'con il voto',
    '{на выборах|na vyborah|na vyborakh}',
    'en las urnas',
    '{aux|dans les} urnes',
    'an der {urne|wahlurne}',
    // A call for a lawful process (round 31: `habría que juzgarlos y meterlos en la cárcel`, `Этих депутатов
    // надо судить`): the classifier read the frame of a call to violence in it.
    '{hay que|habria que|habra que|should|must|need to|needs to|ought to|il faut|faudrait|sollte man|muss man|trzeba|nalezy|bisogna|bisognerebbe|надо|нужно|следует|nado|nuzhno} ~3 {juzgarlos|juzgarles|juzgar|encarcelarlos|procesarlos|detenerlos|be tried|be prosecuted|be jailed|be impeached|be investigated|be arrested|be voted out|prosecute|impeach|investigate|juger|les juger|poursuivre|emprisonner|anklagen|verurteilen|einsperren|sadzic|osadzic|aresztowac|processarli|arrestarli|судить|посадить|арестовать|sudit|posadit}',
  ].map((p) => [p, true] as const),
);

/** Harm that a lawful word beside it does not excuse (stems; a blanked call must leave none of it behind). */
const HARM = wordClass(
  [
    'hang*|hung|strung|string|shot|shoot*|execut*|kill*|lynch*|behead*|guillotin*|murder*|burn*|stab*|bullet*|rope|noose|wall',
    'fusil*|colg*|ahorc*|mat*|ejecut*|pared*|horca',
    'pend*|fusill*|tu*|abatt*|lanterne',
    'erschie*|aufhang*|hinricht*|henk*|toten|umbring*|galgen|wand',
    'powies*|rozstrzel*|zastrzel*|zabi*|impicc*|fucil*|ammazz*|enforc*',
    'расстрел*|повес*|казн*|убит*|убь*|стенк*|rasstrel*|povesi*|kazni*',
  ].join('|'),
);

/** The spans of lawful means in `source`, left out of sentences that also name a harm. */
export function lawfulSpans(source: string): Array<[number, number]> {
  const { tokens } = tokensOf(source);
  const hits = LAWFUL.scan(tokens);
  if (hits.length === 0) return [];
  const harmed = new Set<number>();
  for (const t of tokens) if (HARM(t)) harmed.add(t.sentence);
  return hits.filter((h) => !harmed.has(tokens[h.from]!.sentence)).map((h) => [h.span[0], h.span[1]]);
}
