/**
 * Veiled calls to violence against many people (hold, `violence_review`): what a moderator must read
 * before it is published, though no word in it calls for killing.
 *
 * - a gathering at a place where people live kept from the police (`Ce soir devant le centre d'accueil …
 *   les flics seront pas là`, `leave the phones at home … the Premier Inn`): the place or a group, and
 *   words that keep phones, cameras or police away, in the comment;
 * - a ruler's daydream of a place wiped out (`Si yo mandara, esa ciudad ya no existiría`, `Если бы решал
 *   я, от этого города осталась бы одна воронка`): the daydream, and what would be left, in the same
 *   or the next sentence;
 * - mock regret over fire or ruin to come (`Would be a shame if that city had a few more power cuts`,
 *   `qué pena sería que ese barrio amaneciera ardiendo 🔥`), in the same or the next sentence.
 *
 * Not in a sentence that reports or condemns, nor when the whole is quoted (`cuesIn` skips those).
 */
import type { Cue } from './cue-kinds';
import type { CueHit, CueScan } from './cues';
import { condemnedSentences, cuesIn } from './cues';
import type { CueVerdict } from './cue-rules';
import { evidenceOf } from './cue-rules';

const PLACE: readonly Cue[] = ['people_place', 'group', 'people'];
/** Towns and `there`, which a ruler's daydream wipes out (`that city would not exist`, `tam by …`). */
const TOWN = new Set(
  'town|towns|city|village|country|ciudad|pueblo|barrio|pais|ville|quartier|pays|stadt|dorf|land|viertel|город|города|городе|посёлка|поселка|посёлок|деревни|деревня|страны|страна|там|tam|gorod|goroda|derevni|miasto|wies|citta|paese|cidade|aldeia'.split(
    '|',
  ),
);
/** Whether sentence `s` or the next names a town or `there`. */
const townIn = (scan: CueScan, s: number): boolean =>
  scan.tokens.some((t) => (t.sentence === s || t.sentence === s + 1) && TOWN.has(t.text));

/** A veiled call (see the module comment); null when there is none. */
export function veiledCues(scan: CueScan, source: string): CueVerdict | null {
  const kinds: readonly Cue[] = ['evade', 'ifruled', 'mockregret', 'euphemism', 'euphemism_weak'];
  if (!scan.hits.some((h) => kinds.includes(h.cue))) return null;
  const last = scan.sentences - 1;
  const condemned = condemnedSentences(scan);
  const hold = (why: string, hits: CueHit[]): CueVerdict => ({
    outcome: 'hold',
    evidence: evidenceOf('violence', source, why, hits),
  });
  // A euphemism for killing: with people or a place beside it, a call (rejected); alone, for a human.
  for (const e of cuesIn(scan, ['euphemism', 'euphemism_weak'], 0, last)) {
    if (condemned.has(e.sentence)) continue;
    const object = cuesIn(scan, PLACE, e.sentence - 1, e.sentence + 1)[0];
    if (object && e.cue === 'euphemism')
      return {
        outcome: 'reject',
        evidence: evidenceOf('violence', source, 'killing wished in other words', [e, object]),
      };
    if (object || e.cue === 'euphemism')
      return hold('killing wished in other words', object ? [e, object] : [e]);
  }
  const evade = cuesIn(scan, ['evade'], 0, last).find((h) => !condemned.has(h.sentence));
  const place = evade && cuesIn(scan, PLACE, 0, last)[0];
  if (evade && place) return hold('a gathering kept from the police', [evade, place]);
  for (const d of cuesIn(scan, ['ifruled'], 0, last)) {
    if (condemned.has(d.sentence)) continue;
    const gone = cuesIn(scan, ['gone'], d.sentence, d.sentence + 1)[0];
    // A place must be what is gone (`that city`, `tam`): `the tax would not exist` is policy.
    if (gone && (cuesIn(scan, PLACE, d.sentence, d.sentence + 1)[0] || townIn(scan, d.sentence)))
      return hold('a place wished gone', [d, gone]);
  }
  for (const m of cuesIn(scan, ['mockregret'], 0, last)) {
    if (condemned.has(m.sentence)) continue;
    const ruin = cuesIn(scan, ['burning', 'destroyed'], m.sentence, m.sentence + 1).find(
      (h) => h.from > m.from,
    );
    if (ruin) return hold('mock regret over ruin to come', [m, ruin]);
    // A fire emoji after it says the same (`qué pena sería … 🔥`).
    if (source.includes('\u{1F525}', m.span[1])) return hold('mock regret over ruin to come', [m]);
  }
  return null;
}
