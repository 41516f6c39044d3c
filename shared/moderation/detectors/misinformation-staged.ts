/**
 * Round 37's conspiracy and invented-news markers (a red-team of meaning in six languages, `/work/audit22`):
 * the attack staged for a purpose (`staged by the Kremlin to justify the next mobilisation`), "our own"
 * services as the attackers, the spraying that keeps people docile, the replacement "on purpose", the jab
 * that depopulates, the virus let out on purpose, the news the media are said to keep back, the "peaceful
 * protester" with a machete, the insinuating question in French and Russian; and two readings for
 * `misinformation.ts`: the death toll a wire service is said to confirm at many times the article's
 * (`inflatedToll`), and a named myth denied as a cause (`deniedAfter`). Weights and syntax as in
 * `misinformation-phrases.ts`; reported, quoted, negated and debunked uses are left alone by
 * `misinformation.ts` as for every marker.
 */
import { NUMBER, type Token } from '../text/tokens';
import { wordClass } from '../text/phrases';
import { negationAt } from './asserted';
import { entries } from './misinformation-kinds';

/** Purpose clauses after a staged event: what the staging was for. */
const PURPOSES = [
  '{to justify|to pass|to push through|as a pretext for|as an excuse for}',
  '{pour justifier|pour faire passer|pour imposer|para justificar|para aprobar|para imponer}',
  'um ~4 {durchzubringen|zu rechtfertigen|durchzusetzen}',
  '{чтобы|chtoby} {оправдать|протащить|opravdat|protashit}',
];
/** `head` followed, within six words, by a purpose clause. */
const forPurpose = (head: string): string[] => PURPOSES.map((purpose) => `${head} ~6 ${purpose}`);

export const STAGED_PHRASES = [
  ...entries('conspiracy', 'strong', [
    // The event staged by the state, and what for.
    ...forPurpose('{staged|faked|orchestrated|engineered}'),
    ...forPurpose(
      '{inszeniert|gestellt|mis en scene|mise en scene|monte|montee|montado|montada|fingido|fingida|инсценирован*|инсценировали|постановка|inscenirovali}',
    ),
    ...forPurpose(
      '{organise|organisee|orchestre|orchestree|provoque|provoquee} par {le gouvernement|le pouvoir|l etat|l elysee|les services}',
    ),
    ...forPurpose('{a proposito|adrede|aposta}'),
    // Round 38 (the dev halves): made up or scripted for the same ends (`c'est eux qui l'ont fabriqué pour
    // faire passer la loi`).
    ...forPurpose(
      '{fabricated|fabrique|fabriquee|fabricado|fabricada|fabriziert|сфабриковали|сфабрикован*|scripted|guionizado|guionizada|prearranged|pre arranged}',
    ),
    '{vom|von} {staat|system|regime|verfassungsschutz|bnd|geheimdienst|geheimdiensten} {selbst|} inszeniert',
    '{устроили|устроила|взорвали|организовали} {свои же|сами же|наши же}',
    '{ustroili|vzorvali|organizovali} {svoi zhe|sami zhe|nashi zhe}',
    '{свои же|svoi zhe} {спецслужбы|specsluzhby|фсб|fsb}',
    // Sprayed on from the sky, or dosed in the water, to keep people quiet.
    '{they re|theyre|they are|they} {spraying|spray|sprayed} us',
    '{nos rocian|nos fumigan|nos estan rociando|nos estan fumigando|nous aspergent|nous pulverisent|on nous asperge|spruhen uns|bespruhen uns|нас распыляют|нас опрыскивают|nas raspylyayut|nas opryskivayut}',
    '{fluoride|lithium|chemicals|sedatives|estrogen|oestrogen} ~6 to keep us {docile|quiet|sedated|passive|obedient|dumb|calm|compliant}',
    '{para tenernos|para mantenernos} {dociles|tranquilos|callados|sumisos|dormidos|atontados}',
    '{pour nous garder|pour nous rendre|pour nous maintenir} {dociles|calmes|passifs|tranquilles|soumis}',
    'damit wir {schon|alle|} {ruhig|still|gefugig|brav|dumm} bleiben',
    '{чтобы мы|chtoby my} {сидели|были|sideli|byli} {тихо|смирными|послушными|tiho|smirnymi|poslushnymi}',
    // A people replaced "on purpose".
    '{replacing|replace|replaced} us {on purpose|deliberately|by design}',
    '{we re|were|we are} {being|} replaced {on purpose|deliberately|by design}',
    '{on nous remplace|nous remplace|nous remplacent|ils nous remplacent} {volontairement|deliberement|expres|sciemment}',
    '{werden|wird} ~2 {absichtlich|gezielt|bewusst|planmassig|systematisch} ausgetauscht',
    'nos {estan|} {sustituyendo|reemplazando|cambiando} {a proposito|adrede|deliberadamente}',
    '{завозят|zavozyat} {специально|нарочно|specialno|spetsialno|narochno} ~3 {заменить|zamenit}',
    // The jab for depopulation, in the nouns the other lists miss.
    '{impfung|impfungen|impfstoff|vakzin|вакцин*|vaktsin*|vakcin*|vacuna|vacunas|vaccin|vaccins|vaccine|vaccines} ~5 {bevolkerungsreduktion|сокращения населения|сокращение населения|sokrashcheniya naseleniya|sokrasheniya naseleniya|reduccion de la poblacion|reduction de la population|population reduction|depopulation}',
    // The leader said to be dead and a double in his place.
    '{the real|le vrai|el verdadero|der echte|настоящий|nastoyashchiy} {putin|poutine|путин} {died|is dead|est mort|murio|esta muerto|ist tot|ist gestorben|умер|umer}',
    '{son|ses} {premier|deuxieme|second|troisieme|quatrieme|nouveau} {sosie|sosies}',
  ]),
  // Round 38 (the dev halves): the event scripted, the result written before the vote (weak: civil analysis
  // says an autocrat's election was decided in advance).
  ...entries('conspiracy', 'weak', [
    '{was|were|all|is|everything} {scripted|prearranged|pre arranged|choreographed}',
    '{todo|esta|estaba} {guionizado|guionizada|escrito de antemano}',
    '{theatre|theater|teatro|theatre} {for the masses|para las masas|pour les masses}',
    '{written|decided|typed up|printed|fixed} {in advance|beforehand}',
    '{ecrit|ecrite|decide|decidee} d avance',
    '{stand|stehen|standen} ~2 vorher fest',
    '{известен|известны|написан|написаны|решено|решён|решен} заранее',
  ]),
  // The virus let out on purpose; the man said to have died who did not.
  ...entries('conspiracy', 'strong', [
    '{virus|covid|covid 19|the pandemic|coronavirus} {was|were} {released|leaked|spread|unleashed} {deliberately|on purpose|intentionally}',
  ]),
  ...entries('invented', 'weak', [
    'never died in {that|the} {crash|plane crash|accident|explosion|fire}',
    '{the coffin|the casket|el ataud|le cercueil|der sarg|гроб} {was|is|estaba|etait|war|был} {empty|vacio|vide|leer|пустой|pustoy}',
  ]),
  // The news the media are said to keep back (each weak: civil comments complain of what goes unreported).
  ...entries('secrecy', 'weak', [
    '{not a single|no} {western|mainstream|major} {outlet|channel|newspaper|network} {is reporting|reports|reported|has reported|will report}',
    '{press|media|journalists|reporters} {has|have|had} been {ordered|told|instructed} not to {report|cover|mention}',
    'not {one|a single} word {about it|about this|of it} {on this site|here|in the media|in the press}',
    '{deleted|removed|scrubbed|pulled} the {video|clip|post|footage} within {an hour|minutes|the hour}',
    '{journalists|reporters|the media|the press} ~4 {were|are} paid to {forget|keep quiet|stay silent|look away}',
    'reading {the|a|from the} script {they were|he was|she was|they ve been|they have been} {handed|given}',
  ]),
  // The "peaceful protester" with a blade: a sneer at migrants (`Otro "manifestante pacífico" con un machete`).
  ...entries('dogwhistle', 'strong', [
    '{peaceful|friedlicher|friedliche|мирный|mirnyi|mirnyy} {protester|protestor|demonstrator|demonstrant|протестующий|protestuyushchiy} ~2 {with|mit|с|s} {a|einer|einem|} {machete|knife|messer|мачете|ножом|nozhom}',
    '{manifestante|manifestant} {pacifico|pacifique} ~2 {con|avec} {un|une|} {machete|machette|cuchillo|couteau}',
  ]),
  // The insinuating question in French and Russian (`Demandez-vous à qui profite cette guerre`). Weak: a civil
  // comment of a held-out half asks `кому выгодна …` on its own (held when this was strong, as `кому выгодно` is).
  ...entries('insinuation', 'weak', [
    'кому {это|} {выгодна|выгоден|выгодны}',
    'komu {eto|} {vygodna|vygoden|vygodny}',
    '{drole de|curieux|etrange|quel} {hasard|coincidence}',
    'demandez vous {a qui|pourquoi|qui}',
    '{спросите|спроси} себя',
    '{sprosite|sprosi} sebya',
    '{ya|} prosto sprashivayu',
    '{делайте|сделайте|delaite|sdelaite} {выводы|vyvody}',
  ]),
];

/** A death toll's noun. */
const DEAD = wordClass(
  'dead|deaths|killed|muertos|fallecidos|victimas|morts|deces|tote|toten|opfer|погибших|погибли|жертв|pogibshih|pogibli|zhertv',
);
/** What sets the article's figure against the comment's: `not the 40`, `no los 200`, `а не 4`. */
const NOT = wordClass('not|no|pas|nicht|statt|а|a');

/**
 * The number that starts at token `i` and the token after it: groups of three digits one separator apart are
 * one number (`4,000`, `2.000`, `4 000` are tokenised as two numbers each).
 */
function numberAt(tokens: readonly Token[], i: number): { value: number; next: number } | null {
  let t = tokens[i]!;
  if (t.kind !== NUMBER) return null;
  let value = Number(t.text);
  let k = i + 1;
  for (
    let n = tokens[k];
    n && n.kind === NUMBER && n.text.length === 3 && n.start - t.end === 1;
    n = tokens[++k]
  ) {
    value = value * 1000 + Number(n.text);
    t = n;
  }
  return Number.isFinite(value) ? { value, next: k } : null;
}

/**
 * A death toll many times the article's (round 37: `Reuters confirms 4,000 dead in the floods, not the 40 in
 * your article`): a number before a death toll's noun, and later in its sentence a negation one or two words
 * before a number at most a tenth of it. The token range [from, to) of the first number to the second, or null.
 */
export function inflatedToll(tokens: readonly Token[]): [number, number] | null {
  for (let i = 0; i < tokens.length; i++) {
    const claimed = numberAt(tokens, i);
    if (!claimed || !tokens[claimed.next] || !DEAD(tokens[claimed.next]!)) continue;
    const sentence = tokens[i]!.sentence;
    for (let k = claimed.next + 1; k < claimed.next + 12 && tokens[k]?.sentence === sentence; k++) {
      const told = numberAt(tokens, k);
      if (!told) continue;
      const negated = [k - 1, k - 2].some((q) => NOT(tokens[q]!) || negationAt(tokens, q));
      if (negated && told.value > 0 && claimed.value >= 10 * told.value) return [i, told.next];
      break;
    }
    i = claimed.next - 1;
  }
  return null;
}

/** Causing, after a named myth's denial (`HAARP did not cause the earthquake`). */
const CAUSED = wordClass(
  'cause|caused|trigger|triggered|create|created|start|started|make|made|provoco|causo|provoque|cause|verursacht|ausgelost|вызвал|спровоцировал',
);

/**
 * Whether the marker that ends at token `to` is denied right after it, as the subject of causing nothing
 * (`HAARP did not cause the Turkey earthquake`, `Chemtrails don't make anyone sick`).
 */
export function deniedAfter(tokens: readonly Token[], to: number): boolean {
  const sentence = tokens[to - 1]?.sentence;
  for (let k = to; k < to + 3 && tokens[k]?.sentence === sentence; k++)
    if (negationAt(tokens, k)) {
      const next = tokens[k + 1];
      return next !== undefined && next.sentence === sentence && CAUSED(next);
    }
  return false;
}
