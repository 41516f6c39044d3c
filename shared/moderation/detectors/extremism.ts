/**
 * Violent extremism: praise, glorification or justification of terrorist attacks and their authors,
 * and recruitment for terrorist organisations — in English, Spanish, French, German and Russian.
 *
 * The name of an organisation or an attack is never the signal on its own: analysis, reporting,
 * condemnation and history name them all the time. The signal is praise or recruitment language next
 * to one:
 * - praise (`heroes`, `glory to`, `long live`, `Helden`, `héros`, `герои`) within a sentence of an
 *   organisation (ISIS/Daesh, al-Qaeda, al-Shabaab, JNIM, Boko Haram, Hamas' armed wing, PKK, ETA, …,
 *   plus `policy.extremism.organisations`) or of the attackers (`the brothers`, `the fighters who`,
 *   `the 19`);
 * - justification and blessing (`a legitimate act of resistance`, `they avenged`, `only understand that
 *   language`, `may Allah accept them`, `rest in paradise`) within a sentence of an attack, its authors
 *   or an organisation;
 * - recruitment (`join`, `rejoignez`, `the caravan is still moving`, `come to Sham`, `make hijra`, `the
 *   mountains are waiting`, `brothers only`, `jihad is an obligation`) in a comment that names an
 *   organisation or speaks the movement's language (`kuffar`, `the umma`, `sharia`, `the caliphate`).
 * Praise that is negated (`not heroes`, `keine Helden`), quoted or reported does not count.
 * A match rejects as `illegal` (glorifying terrorism is an offence in most of Europe).
 */
import type { Evidence } from '../types';
import { PhraseSet, wordClass } from '../text/phrases';
import type { PhraseHit } from '../text/phrases';
import { tokensOf } from '../text/tokens';
import type { Token } from '../text/tokens';
import { deniedAt, heroReceptionAt, namedByOthersAt, someoneElsesVerb, spokenOfAt, URGED } from './asserted';
import { joinedBySomeone } from './joined';
import { mentioned, scornedAt } from './common';
import { KEPT_FROM_WORDS, OPPOSE_WORDS } from './cue-lexicon-groups';
import { mourned } from './mourning';
import { framedAs, notTheAttackJustified } from './extremism-justified';
import { defenderSubjectAt, praiseDescribedAt, praiseForOthersAt } from './extremism-subjects';
import { PHRASES } from './extremism-phrases';
import { BETWEEN, markNamed, praisesDefenders } from './extremism-defenders';
import type { Kind } from './extremism-phrases';

const SIGNALS = new Set<Kind>([
  'praise',
  'praise_act',
  'justify',
  'bless',
  'recruit',
  'recruit_strong',
  'call',
  'slogan',
]);
const round = (x: number): number => Math.round(x * 100) / 100;

/**
 * Words that set the writer against the organisation named right after them (`fought against ISIS`,
 * `victimes de Daech`, `contra ETA`): such a name is no context for praise or a call, or `the Kurdish
 * women who fought against ISIS are heroes` and `join the march against Hamas` read as glorification.
 * The fighting words are the `oppose` cue's; victims and those who escaped are added here.
 */
const OPPOSED_BY = wordClass(
  [
    ...OPPOSE_WORDS,
    'anti|victims|survivors|fled|escaped|victimas|liberados|liberadas|huyeron|victimes|fui|opfer|geflohen',
    'жертвы|бежали|vittime',
    // Driven out: `drove ISIS out of Kobani`, `expulsaron al Estado Islámico`, `vertrieben den IS`.
    'drove|driven|expelled|ousted|routed|repelled|chased|pushing|pushed|expulsaron|expulsado|chasse|chasserent|vertrieben|vertrieb|изгнали|выбили|вигнали',
  ].join('|'),
);

/** Verbs of an organisation's own word: `Hamas says …`, `ISIS calls …`, `Daech affirme …`. */
const SAYS = wordClass(
  [
    'says|said|claims|claimed|calls|called|considers|considered|insists|proclaims|proclaimed',
    'dice|dicen|dijo|afirma|afirmo|llama|llamo|considera|proclama',
    'dit|disait|affirme|affirmait|appelle|appelait|considere|proclame',
    'sagt|sagte|behauptet|behauptete|nennt|nannte|feiert|feierte',
    'говорит|говорят|заявляет|заявил|заявили|называет|называют|назвал|считает|считают',
  ].join('|'),
);
/**
 * Whether praise at token `from` is an organisation's own word reported: the organisation earlier in the
 * sentence, right before a verb of saying (`Hamas says the attacker is a martyr`).
 */
function claimedBy(tokens: readonly Token[], saidAt: ReadonlyMap<number, number>, from: number): boolean {
  const at = saidAt.get(tokens[from]!.sentence);
  return at !== undefined && at <= from;
}

/** Per sentence, where the first organisation followed by a verb of saying ends (claimedBy). */
function saidBy(tokens: readonly Token[], orgs: readonly PhraseHit<Kind>[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const o of orgs) {
    const next = tokens[o.to];
    const sentence = tokens[o.from]!.sentence;
    if (next !== undefined && SAYS(next) && !out.has(sentence)) out.set(sentence, o.to);
  }
  return out;
}

/** Taken back or kept safe from someone (the `oppose` cue's words too). */
const KEPT_FROM = wordClass(
  [
    ...KEPT_FROM_WORDS,
    // Set free from it: `liberated Raqqa from Daesh`, `освободили Пальмиру от ИГИЛ`.
    'liberated|freed|liberaron|libere|liberee|liberes|befreit|befreiten|освободил*|звільнил*|liberato|liberata|libertaram',
  ].join('|'),
);
const FROM = wordClass('from|de|a|von|vor|от|у|da');
/** Harm done by the organisation named after `by`: `killed by ISIS`, `secuestradas por Boko Haram`. */
const HARMED = wordClass(
  'killed|murdered|slain|massacred|kidnapped|abducted|executed|beheaded|bombed|targeted|attacked|enslaved|raped|tortured|asesinados|asesinadas|secuestrados|secuestradas|ejecutados|tues|assassines|enleves|enlevees|executes|getotet|ermordet|entfuhrt|hingerichtet|убиты|убитых|похищены|казнены|uccisi|rapiti|giustiziati',
);
const BY = wordClass('by|por|par|von|от|da');

/** Whether the name starting at token `from` is what the writer is against (OPPOSED_BY, KEPT_FROM, HARMED). */
function opposedAt(tokens: readonly Token[], from: number): boolean {
  const sentence = tokens[from]!.sentence;
  for (let i = from - 1, between = 0; i >= 0 && between <= 2; i--) {
    const t = tokens[i]!;
    if (t.sentence !== sentence) return false;
    if (OPPOSED_BY(t)) return true;
    // `from` after a verb of keeping safe or taking back, up to four words before it.
    if (FROM(t))
      for (let k = i - 1; k >= 0 && k >= i - 4 && tokens[k]!.sentence === sentence; k--)
        if (KEPT_FROM(tokens[k]!)) return true;
    // `by` right after harm done: `the worshippers killed by ISIS`.
    if (BY(t) && i > 0 && tokens[i - 1]!.sentence === sentence && HARMED(tokens[i - 1]!)) return true;
    if (!BETWEEN.has(t.text)) return false;
    between++;
  }
  return false;
}

/**
 * Whether the comment is on the other side of the groups it names: it names organisations and attackers
 * only as the adversary (`fought against ISIS`, `hid the children from Boko Haram`, `tackled the gunman`),
 * or all its praise is for defenders (`praisesDefenders`: `Gloire aux pompiers de New York`; `defenderSubjectAt`) or
 * describes propaganda (`praiseDescribedAt`). Then the
 * classifier may not reject it as extremism, nor hold it for its extremism mass (`model/classifier.ts`).
 */
export function onTheOtherSide(source: string): boolean {
  const { tokens } = tokensOf(source);
  const hits = PHRASES.scan(tokens);
  let named = false;
  let adversaries = true;
  for (const h of hits) {
    if (h.phrase.meta !== 'org' && h.phrase.meta !== 'attacker') continue;
    named = true;
    if (!opposedAt(tokens, h.from)) adversaries = false;
  }
  if (named && adversaries) return true;
  // Or all its praise is for defenders (praisesDefenders).
  const marks = markNamed(tokens, hits);
  let praised = false;
  for (const h of hits) {
    const kind = h.phrase.meta;
    if (kind !== 'praise' && kind !== 'praise_act' && kind !== 'bless') continue;
    if (mentioned(tokens, h.from, h.to) || deniedAt(tokens, h.from)) continue;
    // Propaganda described (round 67) is no praise at all; praise of defenders as a subject is theirs.
    if (kind !== 'bless' && praiseDescribedAt(tokens, h.from)) {
      praised = true;
      continue;
    }
    // Round 118: or for a victim, a map's legend, a decoration (`extremism-subjects.ts`).
    const forDefenders =
      praisesDefenders(source, tokens, h, marks) ||
      (kind !== 'bless' &&
        (defenderSubjectAt(tokens, h.from, (k) => marks[k]! > 0) || praiseForOthersAt(tokens, h.from)));
    if (!forDefenders) return false;
    praised = true;
  }
  return praised;
}

/** Extra organisations from the policy, compiled once per list. */
const extraSets = new WeakMap<readonly string[], PhraseSet<Kind>>();
function extraOrganisations(names: readonly string[]): PhraseSet<Kind> | null {
  if (names.length === 0) return null;
  let set = extraSets.get(names);
  if (!set) {
    const safe = names
      .map((n) => n.replace(/[{}|~@#$]/g, ' ').trim())
      .filter((n) => /[\p{L}\p{N}]/u.test(n))
      .map((n) => [n, 'org'] as const);
    set = new PhraseSet<Kind>(safe, {}, { shared: false });
    extraSets.set(names, set);
  }
  return set;
}

export interface ExtremismVerdict {
  score: number;
  evidence: Evidence[];
}

/** Glorification or recruitment (see the module comment); null when there is none. */
export function detectExtremism(
  source: string,
  organisations: readonly string[] = [],
): ExtremismVerdict | null {
  const { tokens } = tokensOf(source);
  const extra = extraOrganisations(organisations);
  const hits = extra ? [...PHRASES.scan(tokens), ...extra.scan(tokens)] : PHRASES.scan(tokens);
  if (!hits.some((h) => SIGNALS.has(h.phrase.meta))) return null;

  // Context by sentence: which kinds occur where (the German `IS` only in capitals).
  const bySentence = new Map<number, Set<Kind>>();
  const context: PhraseHit<Kind>[] = [];
  let movement = false;
  let org = false;
  const orgHits: PhraseHit<Kind>[] = [];
  for (const h of hits) {
    const kind = h.phrase.meta;
    if (kind === 'org' && h.phrase.source.endsWith(' is') && source.slice(h.span[1] - 2, h.span[1]) !== 'IS')
      continue;
    // Every organisation named, mentioned or not, for whose word praise may be (claimedBy).
    if (kind === 'org') orgHits.push(h);
    if (
      kind === 'org' ||
      kind === 'terror' ||
      kind === 'attack' ||
      kind === 'attacker' ||
      kind === 'fighter' ||
      kind === 'movement'
    ) {
      if (mentioned(tokens, h.from, h.to) && kind !== 'attacker' && kind !== 'fighter') continue;
      if ((kind === 'org' || kind === 'attacker') && opposedAt(tokens, h.from)) continue;
      const s = tokens[h.from]!.sentence;
      let set = bySentence.get(s);
      if (!set) bySentence.set(s, (set = new Set()));
      set.add(kind);
      context.push(h);
      if (kind === 'movement') movement = true;
      if (kind === 'org') org = true;
    }
  }
  const near = (s: number, kinds: readonly Kind[]): boolean => {
    for (let d = -1; d <= 1; d++) {
      const set = bySentence.get(s + d);
      if (set && kinds.some((k) => set.has(k))) return true;
    }
    return false;
  };

  // Which tokens name an organisation or attacker (2) or a fighter (1), marked once (praisesDefenders);
  // where organisations are said to speak, per sentence (claimedBy).
  let marked: Uint8Array | undefined;
  let said: Map<number, number> | undefined;
  const namedAt = (): Uint8Array => (marked ??= markNamed(tokens, hits));
  const evidence: Evidence[] = [];
  let score = 0;
  let mourns: boolean | undefined;
  for (const h of hits) {
    const kind = h.phrase.meta;
    if (!SIGNALS.has(kind)) continue;
    if (mentioned(tokens, h.from, h.to) || deniedAt(tokens, h.from) || scornedAt(tokens, h.to)) continue;
    // A blessing over the dead the comment mourns (`mourning.ts`).
    if (kind === 'bless' && (mourns ??= mourned(source))) continue;
    if (
      (kind === 'praise' || kind === 'praise_act' || kind === 'bless') &&
      praisesDefenders(source, tokens, h, namedAt())
    )
      continue;
    // A reception reported, not praise given: `received a hero's welcome in Tripoli`.
    if (kind === 'praise' && heroReceptionAt(tokens, h.to)) continue;
    // Propaganda described, defenders as the subject (round 67, `extremism-subjects.ts`).
    if (
      (kind === 'praise' || kind === 'praise_act') &&
      (praiseDescribedAt(tokens, h.from) ||
        defenderSubjectAt(tokens, h.from, (k) => namedAt()[k]! > 0) ||
        praiseForOthersAt(tokens, h.from))
    )
      continue;
    // What others call them, cited to reject it: `Anyone who calls the attackers heroes …`.
    if (
      (kind === 'praise' || kind === 'praise_act') &&
      (spokenOfAt(source, tokens, h.from) ||
        namedByOthersAt(source, tokens, h.from) ||
        claimedBy(tokens, (said ??= saidBy(tokens, orgHits)), h.from))
    )
      continue;
    // Someone else's urging reported: `ISIS propaganda urged young Europeans to make hijra`, `it framed jihad as
    // an individual duty` (round 48).
    if (
      (kind === 'recruit' || kind === 'recruit_strong' || kind === 'call') &&
      (someoneElsesVerb(tokens, h.from, 8, URGED) ||
        joinedBySomeone(tokens, h.from) ||
        framedAs(tokens, h.from))
    )
      continue;
    const s = tokens[h.from]!.sentence;
    let why: string | null = null;
    if (
      kind === 'praise' &&
      (near(s, ['org', 'attacker']) || (near(s, ['fighter']) && (near(s, ['terror']) || movement)))
    )
      why = 'praise of an organisation or its fighters';
    else if (kind === 'praise_act' && near(s, ['terror', 'attacker', 'org'])) why = 'praise of an attack';
    else if (
      (kind === 'justify' || kind === 'bless') &&
      near(s, ['org', 'attacker', 'fighter', 'terror', 'attack']) &&
      !(kind === 'justify' && notTheAttackJustified(tokens, h.from, h.to))
    )
      why = kind === 'bless' ? 'blessing an attacker' : 'justifying an attack';
    else if (kind === 'recruit' && (org || movement || near(s, ['attacker']))) why = 'recruitment';
    else if (kind === 'recruit_strong') why = 'recruitment';
    else if (kind === 'slogan') why = 'an extremist slogan';
    else if (kind === 'call' && near(s, ['org'])) why = 'a call to join an organisation';
    if (!why) continue;
    score += kind === 'praise' ? 0.5 : 0.6;
    evidence.push({
      kind: 'extremism',
      value: kind,
      span: h.span,
      detail: `${why}: "${source.slice(...h.span)}"`,
    });
  }
  if (evidence.length === 0) return null;
  for (const h of context.slice(0, 4))
    evidence.push({
      kind: 'context',
      value: h.phrase.meta,
      span: h.span,
      detail: `"${source.slice(...h.span)}"`,
    });
  return { score: round(Math.min(1, 0.5 + score)), evidence };
}
