/**
 * Invented events of the kind a red-team of meaning wrote in six languages (round 33, `/work/audit16`): a
 * leader said to have fled while a recording stands in for him, a party's voters told another day or hour to
 * vote, ballots printed with ink that fades, vaccines said to sterilise, and the coded numbers and nicknames of
 * white supremacists. Weights and syntax as in `misinformation-phrases.ts`; reported, quoted, negated and
 * debunked uses are left alone by `misinformation.ts` as for every marker.
 */
import { NUMBER, type Token } from '../text/tokens';
import { wordClass } from '../text/phrases';
import { entries } from './misinformation-kinds';

export const EVENT_PHRASES = [
  // The leader gone, told by unnamed sources (weak each: two of them hold).
  ...entries('invented', 'weak', [
    '{sources|insiders} {inside|in|at|close to|within} ~3 {confirm|confirms|confirmed|say|says|report|reveal}',
    'fuentes {del|de la|en el|en la|cercanas al|cercanas a la} ~3 {confirman|aseguran|dicen|revelan}',
    'selon des sources {au|a la|du|de la|proches}',
    '{laut|nach angaben von} insidern',
    'источники в {администрации|кремле|правительстве|министерстве|минобороны|офисе|окружении}',
    '{left|fled|has left|has fled|already left} the country',
    '{salio|ha salido|huyo|ha huido|ya salio} del pais',
    '{a quitte|a fui|a deja quitte|a deja fui} le pays',
    '{hat|ist} ~2 das land {verlassen|gefluchtet}',
    '{покинул|покинула|сбежал|сбежала|уже покинул} {страну|из страны}',
    '{on a private jet|in a private jet|en un jet privado|en jet prive|im privatjet|на частном самолете|частным бортом}',
    '{speech|address|broadcast|statement|press conference|video} ~4 {was|were|is} {pre recorded|prerecorded|recorded in advance|a deepfake|ai generated}',
    '{discurso|mensaje|comparecencia|video} ~4 {estaba|fue|era} {grabado|pregrabado|grabada|pregrabada}',
    '{allocution|discours|conference de presse|video} ~5 {enregistree|enregistre|enregistrees} a l avance',
    '{ki aufnahme|ki video|ki fake|deepfake|vorab aufgezeichnet|vorab aufgenommen}',
    '{обращение|выступление|речь|видео} ~4 {записано|записана|записали} заранее',
  ]),
  // A party's voters told another day or hour (the classic suppression message).
  ...entries('election', 'strong', [
    '{voters|supporters|votantes|electeurs|wahler|сторонники|избиратели} ~5 {vote|votan|votent|wahlen|голосуют} {on monday|on tuesday|el lunes|el martes|le lundi|le mardi|am montag|am dienstag|в понедельник|во вторник|the day after|un dia despues|le lendemain|einen tag spater|на следующий день}',
    '{close|closes|shut|shuts} at {noon|midday} ~4 for ~4 voters',
    '{cierran|cierra} al mediodia ~4 para ~4 votantes',
    '{ferment|ferme} a midi ~4 pour ~4 electeurs',
    '{сторонников|избирателей} ~3 {пускают|принимают} только до',
    // Ballots printed with ink that fades.
    '{disappearing|vanishing|fading} ink',
    '{ink|tinta|encre|tinte|чернила|chernila} ~3 {fades|fade|disappears|disappear|vanishes|se borra|se borran|desaparece|s efface|s effacent|verschwindet|verblasst|исчезают|исчезает|выцветают}',
  ]),
  // Vaccines said to sterilise, in the nouns the verbs of `misinformation-claims.ts` miss.
  ...entries('health', 'strong', [
    '{vaccine|vaccines|jab|jabs|shot|shots|vacuna|vacunas|vaccin|vaccins|impfung|impfstoff|вакцина|вакцины|прививка|прививки} ~12 {sterilisation agent|sterilization agent|sterilising agent|sterilizing agent|esterilizante|un sterilisant|agent sterilisant|sterilisationsmittel|стерилизующ*}',
  ]),
  // Round 34 (`/work/audit19`): a vaccine as the killer of a counted number (`The vaccine campaign in the north killed
  // 900 children`), not a disease that killed after a campaign stalled; a leader replaced by a body double (`they're using a body double`, not `the actor used a body double`).
  ...entries('health', 'strong', [
    '{the vaccine|vaccines|the vaccines|the jab|the jabs|vaccination|vaccinations} {campaign|drive|rollout|programme|program|} ~4 {killed|has killed|have killed}',
    '{la vacuna|las vacunas|la vacunacion} ~4 {mato|ha matado|han matado|mataron}',
    '{le vaccin|les vaccins|la vaccination} ~4 {a tue|ont tue}',
    '{die impfung|die impfungen|der impfstoff|die impfkampagne} {hat|haben} ~8 getotet',
    '{вакцина|вакцины|прививка|прививки|вакцинация} ~4 {убила|убили|погубила|погубили}',
    '{vakcina|vaktsina|privivka|privivki} ~4 {ubila|ubili}',
  ]),
  ...entries('invented', 'strong', [
    '{they|they re|theyre|they are|kremlin|regime} ~2 {using|use|used} ~2 {a body double|body double|body doubles}',
    '{usan|usando|utilizan} ~2 {un doble de cuerpo|dobles de cuerpo}',
    '{utilisent|utilisant} ~2 {un sosie|des sosies}',
    '{используют|использует|показывают|выступает} ~2 {двойник|двойника|двойники|двойников}',
  ]),
  // The numbers and nicknames of white supremacists.
  ...entries('dogwhistle', 'strong', [
    // The number alone is a distance or a year (`a 1488 km border`): strong only beside the fellowship it greets.
    '{14 words|fourteen words}',
    '{brothers|brother|comrades|kameraden|kamerad|heil|white} ~6 {1488|14 88}',
    '{1488|14 88} {reasons|things|ways|words}',
    '{kameraden|kamerad|heil} ~6 {88|achtundachtzig}',
    '{rootless cosmopolitans|rootless cosmopolitan|cosmopolitas sin raices|cosmopolites sans racines|cosmopolites apatrides|wurzellose kosmopoliten}',
    'happy merchant',
    '{such a|what a|so} {peaceful religion|religion of peace}',
    '{quelle|quelle belle} religion de paix',
    '{vaya|menuda|que} religion de paz',
    '{какая|такая} мирная религия',
  ]),
];

/** A turnout's noun (`turnout`, `participación`, `Wahlbeteiligung`, `явка`). */
const TURNOUT = wordClass(
  'turnout|participacion|participation|wahlbeteiligung|beteiligung|явка|yavka|affluenza|comparecimento|frekwencja',
);
/** A percentage said in words (`121 Prozent`, `112 процентов`). */
const PERCENT_WORD = wordClass('percent|per|prozent|procent|por|pour|процент|процента|процентов|protsent*');

/**
 * A turnout of more than 100 per cent (round 34: `Turnout was 112% in the eastern provinces. Case closed.`,
 * `Die Wahlbeteiligung lag in Sachsen bei 121 Prozent`): the first number within five words after a turnout's
 * noun, between 100 and 1,000, followed by `%` or a word for per cent. A figure no count can give, so an
 * invented one. The token range [from, to) of the noun to the figure, or null.
 */
export function impossibleTurnout(source: string, tokens: readonly Token[]): [number, number] | null {
  for (let i = 0; i < tokens.length; i++) {
    if (!TURNOUT(tokens[i]!)) continue;
    const sentence = tokens[i]!.sentence;
    for (let k = i + 1; k <= i + 5 && k < tokens.length && tokens[k]!.sentence === sentence; k++) {
      const t = tokens[k]!;
      if (t.kind !== NUMBER) continue;
      const value = Number(t.text);
      const percent =
        source
          .slice(t.end, t.end + 2)
          .trimStart()
          .startsWith('%') ||
        (tokens[k + 1] !== undefined && PERCENT_WORD(tokens[k + 1]!));
      if (value > 100 && value < 1000 && percent) return [i, k + 1];
      break;
    }
  }
  return null;
}
