/**
 * The cue rules of the extremism check (`checks/extremism.ts` asks them when its phrase detector finds
 * nothing): praise, justification, recruitment and shared propaganda next to an organisation, an attack or
 * its authors.
 */
import { inTitleAt } from './titles';
import { defenderSubjectAt, howManyMoreAt, praiseDescribedAt, praiseForOthersAt } from './extremism-subjects';
import type { Cue } from './cue-kinds';
import type { CueHit, CueScan } from './cues';
import { condemnedSentences, cuesIn, hasCue, memoisedOnScan, scanCues } from './cues';
import { tokensOf } from '../text/tokens';
import {
  deniedAt,
  heroReceptionAt,
  namedByOthersAt,
  praiseAddressedAt,
  someoneElsesVerb,
  spokenOfAt,
  URGED,
} from './asserted';
import { evidenceOf, type CueVerdict } from './cue-rules';
import { notTheAttackJustified } from './extremism-justified';
import { defusedIn, rescuedBefore } from './extremism-defenders';
import { PhraseSet, wordClass } from '../text/phrases';
import { joinedBySomeone } from './joined';
import { ATTACKS_BY_NAME } from './cue-lexicon-groups';

/**
 * Those an attack struck: its victims, survivors and their families, the staff of a paper or venue attacked,
 * those who came to help (round 33). `Courage` or `respect` in their sentence is theirs: `The courage of the
 * Charlie Hebdo staff who kept publishing` names the attack by its target, not its authors.
 */
/** The cues that name an organisation, an attacker or a fighter. */
const NAMING_CUES: ReadonlySet<Cue> = new Set<Cue>(['org', 'attacker', 'movement']);
const STRUCK = wordClass(
  [
    'victims|survivors|families|staff|team|newsroom|journalists|cartoonists|editors|rescuers|firefighters|paramedics|nurses|doctors',
    'victimas|supervivientes|sobrevivientes|familias|redaccion|equipo|periodistas|dibujantes|bomberos|medicos',
    'victimes|survivants|familles|redaction|equipe|journalistes|dessinateurs|caricaturistes|pompiers|secouristes|soignants',
    'opfer|uberlebenden|uberlebende|familien|angehorigen|redaktion|journalisten|zeichner|feuerwehr|retter|sanitater',
    'жертв*|выживш*|семьи|семей|родственник*|редакци*|журналист*|карикатурист*|спасател*|пожарн*|врач*',
  ].join('|'),
);

/** Whether sentence `s` of the scan names those an attack struck (`STRUCK`). */
const struckIn = (scan: CueScan, s: number): boolean =>
  scan.tokens.some((t) => t.sentence === s && STRUCK(t));

/** Those who carry an attack out. */
const PERPETRATORS = wordClass(
  'attacker|attackers|bomber|bombers|shooter|shooters|gunman|gunmen|killer|killers|terrorist|terrorists|perpetrator*|assaillant*|tireur*|terroriste*|atacante*|terrorista*|attentater|tater|terrorist*|нападавш*|террорист*|стрел*|смертник*',
);

/** Attacks by name (`Bataclan`, `October 7`), among the `attacker` cue's hits. */
const ATTACK_NAMES = new PhraseSet<true>(
  ATTACKS_BY_NAME.flatMap((list) => list.split('|')).map((name) => [name, true] as const),
);

/**
 * The `attacker` hits around sentence `s` that name the attackers themselves: beside those an attack struck,
 * the attack's name is theirs (`The courage of the Charlie Hebdo staff`), the attackers are still named as
 * such (`the courage of the Bataclan attackers`).
 */
function attackersNamed(scan: CueScan, s: number): CueHit[] {
  const hits = cuesIn(scan, ['attacker'], s - 1, s + 1);
  if (hits.length === 0 || !struckIn(scan, s)) return hits;
  const names = attackNameStarts(scan);
  return hits.filter((h) => !names.has(h.from));
}

/**
 * Where an attack's name starts, once per comment; not a name right before its authors, which names them
 * (`the Bataclan attackers`).
 */
const attackNameStarts = memoisedOnScan(
  (scan: CueScan): ReadonlySet<number> =>
    new Set(
      ATTACK_NAMES.scan(scan.tokens)
        .filter((h) => !(scan.tokens[h.to] && PERPETRATORS(scan.tokens[h.to]!)))
        .map((h) => h.from),
    ),
);

/** A bomb said of a story's effect (round 33: `Un papier qui fait l'effet d'une bombe. Bravo à la rédaction.`). */
const BOMB_IDIOMS = new PhraseSet<true>(
  [
    '{fait|faire|fera|font|a fait|ont fait} l effet d une bombe',
    'wie eine bombe {eingeschlagen|einschlagen}',
    '{эффект|эффектом} разорвавшейся бомбы',
    '{cayo|caer|cae} como una bomba',
  ].map((p) => [p, true] as const),
);

/** The figurative bombs of a comment (`BOMB_IDIOMS`), found once per comment. */
const bombIdioms = memoisedOnScan((scan: CueScan) => BOMB_IDIOMS.scan(scan.tokens));

/** Whether the cue hit `h` lies inside a figurative bomb. */
const figurativeBomb = (scan: CueScan, h: CueHit): boolean =>
  bombIdioms(scan).some((i) => i.from <= h.from && h.to <= i.to);

/**
 * Whether a comment's only praise is `courage` or `respect` for those an attack struck (`STRUCK`), with no
 * organisation named, no praise of the kind admirers give (`heroes`, `martyrs`), no justification and no
 * recruitment: the classifier does not count its `extremism` probability, as for praise of those who fought
 * an organisation.
 */
export function honoursTheStruck(source: string): boolean {
  const scan = scanCues(tokensOf(source).tokens, source);
  if (hasCue(scan, ['org', 'praise', 'recruit'])) return false;
  const justified = cuesIn(scan, ['justify'], 0, scan.sentences);
  if (justified.some((j) => !notTheAttackJustified(scan.tokens, j.from, j.to))) return false;
  const weak = cuesIn(scan, ['praise_weak'], 0, scan.sentences);
  return (
    weak.length > 0 &&
    weak.every((p) => struckIn(scan, p.sentence) && attackersNamed(scan, p.sentence).length === 0)
  );
}

/** A German copula and the adverbs that may follow it: `ist sehr gut gemacht` says a thing is well made. */
const COPULA_DE = wordClass('ist|sind|war|waren|wurde|wurden');
const ADVERB_DE = wordClass('sehr|richtig|echt|wirklich|total|so|ganz|gut');
/** Whether praise at `p` is of a thing well made (round 47: `Die MDR-Chronik … ist sehr gut gemacht`). */
function wellMade(scan: CueScan, source: string, p: CueHit): boolean {
  if (!/gemacht$/iu.test(source.slice(p.span[0], p.span[1]))) return false;
  let k = p.from - 1;
  while (k >= 0 && scan.tokens[k]!.sentence === p.sentence && ADVERB_DE(scan.tokens[k]!)) k--;
  return k >= 0 && scan.tokens[k]!.sentence === p.sentence && COPULA_DE(scan.tokens[k]!);
}

/** Without: `sem Estado presente` is a state absent, not the salute to the fallen. */
const WITHOUT = wordClass('sin|sem|senza|without|sans|ohne|bez|без');
/**
 * A gift given to an organisation or its propagandists is criticism (`a gift to ISIS`, `un regalo para el Estado
 * Islámico`, `подарок пропагандистам`); a gift to the cause is not.
 */
const TO = wordClass('to|for|para|pour|a|al|aux|au|fur|an|dla|icin|per');
const ARTICLE = wordClass('the|el|la|los|las|le|les|l|der|die|das|den|il|lo|o|os');
const PROPAGANDISTS = wordClass(
  'propagandists|propaganda|terrorists|extremists|jihadists|recruiters|enemy|propagandistas|terroristas|extremistas|yihadistas|enemigo|propagandistes|terroristes|extremistes|djihadistes|ennemi|propagandisten|terroristen|extremisten|dschihadisten|feind|пропагандистам|террористам|экстремистам|боевикам|врагу|vragu',
);
const GIFT = wordClass('gift|regalo|cadeau|geschenk|подарок|prezent|hediye|presente');

/**
 * Whether mild approval at `p` is no approval (round 47): a gift given to someone (`подарок пропагандистам`),
 * or `presente` after `sem`, `sin` (`sem Estado presente`).
 */
function noApproval(scan: CueScan, p: CueHit): boolean {
  const { tokens } = scan;
  if (!GIFT(tokens[p.from]!)) return false;
  let k = p.to;
  if (tokens[k] !== undefined && tokens[k]!.sentence === p.sentence && TO(tokens[k]!)) k++;
  while (tokens[k] !== undefined && ARTICLE(tokens[k]!)) k++;
  const them = tokens[k];
  const orgAt = (scan.bySentence[p.sentence] ?? []).some((h) => h.cue === 'org' && h.from === k);
  if (them !== undefined && them.sentence === p.sentence && (orgAt || PROPAGANDISTS(them))) return true;
  for (let j = p.from - 1; j >= 0 && j >= p.from - 2 && tokens[j]!.sentence === p.sentence; j--)
    if (WITHOUT(tokens[j]!)) return true;
  return false;
}

/** Praise, justification, recruitment or propaganda for violent extremism; null when there is none. */

/**
 * `Beni` written without its accent, capitalised inside a sentence, is the town in North Kivu (round 111: `the ADF raids
 * around Beni and Oicha`, `Massaker, etwa in Beni, Lubero`), not French `béni` (blessed).
 */
function beniTheTown(source: string, scan: CueScan, p: CueHit): boolean {
  const t = scan.tokens[p.from]!;
  if (t.text !== 'beni' && t.text !== 'benie') return false;
  const written = source.slice(t.start, t.end);
  const before = scan.tokens[p.from - 1];
  return (
    written[0] === 'B' && !/[éÉ]/.test(written) && before !== undefined && before.sentence === t.sentence
  );
}
export function extremismCues(scan: CueScan, source: string): CueVerdict | null {
  const window = (s: number, cues: readonly Cue[]) => cuesIn(scan, cues, s - 1, s + 1);
  const opposed = new Set(cuesIn(scan, ['oppose'], 0, scan.sentences).map((h) => h.sentence));
  // Organisations named in a sentence that fights them are not the object of its praise.
  const orgsIn = (s: number) => window(s, ['org']).filter((h) => !opposed.has(h.sentence));
  const reject = (why: string, hits: CueHit[]): CueVerdict => ({
    outcome: 'reject',
    evidence: evidenceOf('extremism', source, why, hits),
  });
  const condemned = condemnedSentences(scan);
  // Which tokens name an organisation, an attacker or a fighter (round 67's defenders as subjects).
  const namedAt = new Uint8Array(scan.tokens.length);
  for (const hits of scan.bySentence)
    for (const h of hits) if (NAMING_CUES.has(h.cue)) namedAt.fill(1, h.from, h.to);

  // Praise denied (`rien d'héroïque`) or cited as what others call them (`Calling them martyrs is obscene`,
  // `Some in Gaza call the attackers martyrs`).
  // A hero's welcome reported is no praise either (`received a hero's welcome in Tripoli`).
  const cited = (p: CueHit) =>
    deniedAt(scan.tokens, p.from) ||
    spokenOfAt(source, scan.tokens, p.from) ||
    namedByOthersAt(source, scan.tokens, p.from) ||
    heroReceptionAt(scan.tokens, p.to) ||
    inTitleAt(source, scan.tokens, p.from) ||
    praiseDescribedAt(scan.tokens, p.from) ||
    defenderSubjectAt(scan.tokens, p.from, (k) => namedAt[k]! > 0) ||
    praiseAddressedAt(source, scan.tokens, p.to) ||
    beniTheTown(source, scan, p) ||
    praiseForOthersAt(scan.tokens, p.from) ||
    howManyMoreAt(scan.tokens, p.from) ||
    wellMade(scan, source, p);
  for (const p of cuesIn(scan, ['praise'], 0, scan.sentences)) {
    if (cited(p)) continue;
    // Praise in a sentence of its own after a rescue told (round 60: `… que atendieron a cientos de heridos después
    // del ataque del Estado Islámico en el Crocus. Héroes sin capa.`) is for the rescuers: the attack and the
    // organisation named in that sentence before are not its object.
    const afterRescue = rescuedBefore(scan.tokens, p.from);
    // The bomb of a sentence telling it was defused (round 82: `the heroes who defused the bomb`) is not what is praised.
    const defused = defusedIn(scan.tokens, p.from);
    const object = [
      ...orgsIn(p.sentence),
      ...window(p.sentence, ['attack', 'attacker']).filter(
        (h) => !figurativeBomb(scan, h) && !(defused && h.cue === 'attack' && h.sentence === p.sentence),
      ),
    ].filter((h) => !(afterRescue && h.sentence === p.sentence - 1));
    if (object.length > 0 && !condemned.has(p.sentence) && !opposed.has(p.sentence))
      return reject('praise of an attack or its authors', [p, object[0]!]);
  }
  for (const p of cuesIn(scan, ['praise_weak'], 0, scan.sentences)) {
    if (cited(p) || noApproval(scan, p)) continue;
    // An attack's name beside those it struck is theirs (`attackersNamed`); an organisation named is still praised.
    const org = orgsIn(p.sentence)[0] ?? attackersNamed(scan, p.sentence)[0];
    if (org && !condemned.has(p.sentence) && !opposed.has(p.sentence))
      return reject('praise of an organisation', [p, org]);
  }
  for (const j of cuesIn(scan, ['justify'], 0, scan.sentences)) {
    if (notTheAttackJustified(scan.tokens, j.from, j.to)) continue;
    const object = [...window(j.sentence, ['attack', 'attacker']), ...orgsIn(j.sentence)][0];
    if (object) return reject('justifying an attack', [j, object]);
  }
  // Someone else's urging reported is no recruitment: `ISIS propaganda urged young Europeans to make hijra`.
  const recruits = cuesIn(scan, ['recruit'], 0, scan.sentences).filter(
    // Nor a join told of someone (round 93: `convicted for trying to travel to join ISIS`, `joined.ts`).
    (h) => !someoneElsesVerb(scan.tokens, h.from, 8, URGED) && !joinedBySomeone(scan.tokens, h.from),
  );
  if (recruits.length > 0) {
    // Naming an organisation, the reader is enough; with only the movement's words (`brothers`, `Sham`),
    // two recruiting cues and the reader addressed.
    const unopposed = (cues: readonly Cue[]) =>
      cuesIn(scan, cues, 0, scan.sentences).filter((h) => !opposed.has(h.sentence))[0];
    const org = unopposed(['org']);
    const movement = unopposed(['movement']);
    const you = hasCue(scan, ['you']);
    if (org && (you || recruits.length >= 2)) return reject('recruitment', [recruits[0]!, org]);
    if (movement && recruits.length >= 2) return reject('recruitment', [recruits[0]!, movement]);
  }
  const shares = cuesIn(scan, ['share'], 0, scan.sentences);
  if (shares.length > 0 && !hasCue(scan, ['condemn'])) {
    const cause = cuesIn(scan, ['org', 'movement', 'praise', 'attack'], 0, scan.sentences)[0];
    if (cause) return reject('sharing propaganda', [shares[0]!, cause]);
  }
  return null;
}
