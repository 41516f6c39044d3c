/**
 * Threats that name no act (reject, `harassment`): what is foretold for a person, or promised on a
 * condition, with the person addressed or named beside it.
 *
 * - an omen next to a person: `Судья Лаптев, несчастные случаи бывают`, `youre next Kessler`, `Il giudice
 *   Caruso farà la fine di Falcone`, `ein falsches Urteil und Sie wachen nicht mehr auf`: the omen, and
 *   someone addressed, a family, or a person named by their office, in its sentence or the next or last;
 * - a condition on what someone writes or decides, then harm or an end: `Publish one more line about them
 *   and you won't be publishing anything, ever again`, `Noch ein Wort über unsere Leute und dein Auto
 *   brennt`: the condition, and harm or an end after it in its sentence or the next;
 * - doom said to the person, who is in its words: `Ответишь кровью`, `tu le paieras de ton sang`;
 * - mock regret over something befalling a person: `Ihre Frau joggt doch immer morgens am Maschsee, oder?
 *   Wäre schade, wenn ihr da mal was passiert`;
 * - a weapon or a coffin drawn after a person addressed or named: `Mayor Delacroix 🔫💀`.
 *
 * Not in a sentence that reports or condemns, nor when the whole is quoted (`cuesIn` skips those).
 */
import type { Cue } from './cue-kinds';
import type { CueHit, CueScan } from './cues';
import { condemnedSentences, cuesIn, isCapital } from './cues';
import type { CueVerdict } from './cue-rules';
import { evidenceOf } from './cue-rules';

const AIMED: readonly Cue[] = ['you', 'target', 'official', 'family'];
/** Pistol, knife, dagger, coffin, headstone: drawn at someone, each says what is meant. */
const WEAPON = /[\u{1F52B}\u{1F52A}\u{1F5E1}\u{26B0}\u{1FAA6}]/u;
/** What may follow a weapon drawn at the end of a message: more emoji, spaces, punctuation. */
const TRAILING = /^[\s\p{P}\p{Extended_Pictographic}\u{FE0F}\u{200D}]*$/u;
/** `Soon`, which turns someone's fate into a promise (`farà la fine di Falcone. Presto.`). */
const SOON = new Set('soon|pronto|bientot|bald|скоро|skoro|presto|logo|wkrotce|yakinda|незабаром'.split('|'));
/** Possessives of the person addressed in the forms mock regret puts them (`wenn Ihren Kindern …`). */
const YOURS = new Set(
  'ihren|ihrem|ihrer|deinen|deinem|deiner|tu|tus|tuo|tua|ton|ta|tes|votre|vos|твоим|твоей|твоему|вашим|вашей|вашему|твоими|вашими|твоих|ваших|tvoimi|vashimi|tvoim|tvoei'.split(
    '|',
  ),
);
/** What introduces whom it befalls after the verb. */
const TO = new Set(['to', 'a', 'al', 'an', 'zu', 'с', 's', 'do']);
/** A person it befalls, said before the verb (`wenn ihr … was passiert`, `que algo le pasara`). */
const DATIVE = new Set(
  'ihr|ihm|ihnen|dir|lui|leur|te|le|les|тебе|ему|ей|им|tebe|emu|ey|ti|gli|lhe|jej|mu|ci'.split('|'),
);
/** Words of address before a name (`Dear Judge Laptev,`). */
const GREETING = new Set(
  'dear|hey|hello|hi|querido|querida|estimado|estimada|cher|chere|liebe|lieber|sehr|geehrte|geehrter|уважаемый|уважаемая|caro|cara|prezado|prezada|drogi|droga|szanowny|szanowna'.split(
    '|',
  ),
);

/**
 * The person addressed in front of what follows (`juez Ramiro Salcedo, …`, `Richterin Anke Vogt: …`,
 * `Судья Лаптев. …`): a person cue opening its sentence (after a greeting at most), then only names up to
 * a comma, colon or the sentence's end. `The mayor should be careful: …` names a person; it addresses nobody.
 */
function addressed(scan: CueScan, source: string, before: CueHit): CueHit | undefined {
  return cuesIn(scan, ['target', 'official'], before.sentence - 1, before.sentence).find((h) => {
    if (h.from > before.from) return false;
    let k = h.from - 1;
    while (k >= 0 && scan.tokens[k]!.sentence === h.sentence && GREETING.has(scan.tokens[k]!.text)) k--;
    if (k >= 0 && scan.tokens[k]!.sentence === h.sentence) return false;
    // Names after the title: capitalised words (`Ramiro Salcedo`), then the punctuation that ends the address.
    let end = h.to;
    while (end < scan.tokens.length && scan.tokens[end]!.sentence === h.sentence && end - h.to < 3) {
      const t = scan.tokens[end]!;
      if (!isCapital(source[t.start]!) || /[,:]/.test(source.slice(scan.tokens[end - 1]!.end, t.start)))
        break;
      end++;
    }
    const gap = source.slice(scan.tokens[end - 1]!.end, scan.tokens[end]?.start ?? source.length);
    return end > h.to && (/[,:]/.test(gap) || scan.tokens[end]?.sentence !== h.sentence);
  });
}

/** A threat that names no act (see the module comment); null when there is none. */
export function omenCues(scan: CueScan, source: string): CueVerdict | null {
  const last = scan.sentences - 1;
  const condemned = condemnedSentences(scan);
  const threat = (why: string, hits: CueHit[]): CueVerdict => ({
    outcome: 'reject',
    evidence: evidenceOf('threat', source, why, hits),
  });
  const doom = cuesIn(scan, ['doom'], 0, last).find((h) => !condemned.has(h.sentence));
  if (doom) return threat('doom said to a person', [doom]);
  for (const omen of cuesIn(scan, ['omen', 'fate'], 0, last)) {
    if (condemned.has(omen.sentence)) continue;
    const vocative = addressed(scan, source, omen);
    if (vocative) return threat('a fate foretold for the person addressed', [vocative, omen]);
    // Someone's fate (`will end up like Falcone`) wished on them or promised soon.
    if (omen.cue !== 'fate') continue;
    const person = cuesIn(scan, AIMED, omen.sentence - 1, omen.sentence + 1)[0];
    const near = (t: { sentence: number }) => t.sentence >= omen.sentence && t.sentence <= omen.sentence + 1;
    const wished = cuesIn(scan, ['wish'], omen.sentence, omen.sentence).length > 0;
    const soon = scan.tokens.some((t) => near(t) && SOON.has(t.text));
    if (person && (wished || soon)) return threat('a fate wished or promised for a person', [omen, person]);
  }
  // Mock regret over something befalling a person: `Would be a shame if something happened to her`, `Wäre
  // schade, wenn ihr da mal was passiert`. The person is who it befalls, not anyone named near by (`Mayor
  // Ortiz, would be a shame if something happened to the library funding` is about the funding).
  for (const regret of cuesIn(scan, ['mockregret'], 0, last)) {
    if (condemned.has(regret.sentence)) continue;
    const befall = cuesIn(scan, ['befall'], regret.sentence, regret.sentence).find(
      (h) => h.from >= regret.to,
    );
    if (!befall) continue;
    const between = scan.tokens.slice(regret.to, befall.from);
    // `… happened to your daughter`, `… arrivait quelque chose à ta fille`.
    const to = scan.tokens[befall.to];
    const after =
      to?.sentence === befall.sentence && TO.has(to.text)
        ? cuesIn(scan, [...AIMED, 'person3'], regret.sentence, regret.sentence).find(
            (h) => h.from > befall.to && h.from - befall.to <= 2,
          )
        : undefined;
    const person =
      after ??
      cuesIn(scan, ['you', 'family'], regret.sentence, regret.sentence).find(
        (h) => h.from >= regret.to && h.to <= befall.from,
      ) ??
      (between.some((t) => DATIVE.has(t.text) || YOURS.has(t.text)) ? regret : undefined);
    if (person) return threat('mock regret over what may befall a person', [regret, befall, person]);
  }
  for (const condition of cuesIn(scan, ['onemore'], 0, last)) {
    if (condemned.has(condition.sentence)) continue;
    const end = cuesIn(scan, ['harm', 'final', 'omen'], condition.sentence, condition.sentence + 1).find(
      (h) => h.from >= condition.to,
    );
    if (end) return threat('harm promised on a condition', [condition, end]);
  }
  // A weapon that ends the message (emoji at most after it), drawn after the person addressed or named.
  const weapon = WEAPON.exec(source);
  if (weapon && TRAILING.test(source.slice(weapon.index))) {
    const person = cuesIn(scan, AIMED, 0, last).find(
      (h) => h.span[1] <= weapon.index && !condemned.has(h.sentence),
    );
    if (person) return threat('a weapon drawn at a person', [person]);
  }
  return null;
}
