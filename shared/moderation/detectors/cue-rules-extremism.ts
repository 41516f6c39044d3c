/**
 * The cue rules of the extremism check (`checks/extremism.ts` asks them when its phrase detector finds
 * nothing): praise, justification, recruitment and shared propaganda next to an organisation, an attack or
 * its authors.
 */
import type { Cue } from './cue-kinds';
import type { CueHit, CueScan } from './cues';
import { condemnedSentences, cuesIn, hasCue } from './cues';
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

/** Praise, justification, recruitment or propaganda for violent extremism; null when there is none. */
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

  // Praise denied (`rien d'héroïque`) or cited as what others call them (`Calling them martyrs is obscene`,
  // `Some in Gaza call the attackers martyrs`).
  // A hero's welcome reported is no praise either (`received a hero's welcome in Tripoli`).
  const cited = (p: CueHit) =>
    deniedAt(scan.tokens, p.from) ||
    spokenOfAt(source, scan.tokens, p.from) ||
    namedByOthersAt(source, scan.tokens, p.from) ||
    heroReceptionAt(scan.tokens, p.to) ||
    praiseAddressedAt(source, scan.tokens, p.to);
  for (const p of cuesIn(scan, ['praise'], 0, scan.sentences)) {
    if (cited(p)) continue;
    const object = [...orgsIn(p.sentence), ...window(p.sentence, ['attack', 'attacker'])];
    if (object.length > 0 && !condemned.has(p.sentence) && !opposed.has(p.sentence))
      return reject('praise of an attack or its authors', [p, object[0]!]);
  }
  for (const p of cuesIn(scan, ['praise_weak'], 0, scan.sentences)) {
    if (cited(p)) continue;
    const org = orgsIn(p.sentence)[0] ?? window(p.sentence, ['attacker'])[0];
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
    (h) => !someoneElsesVerb(scan.tokens, h.from, 8, URGED),
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
