/** The kinds of cue (`cue-lexicon.ts` and its companion lists), and the helper that writes entries. */

export type Cue =
  // people a remark can be aimed at
  | 'you'
  | 'family'
  | 'target'
  // threats
  | 'harm'
  | 'intent'
  | 'wish'
  | 'know'
  | 'where'
  | 'whereyou'
  | 'warn'
  | 'menace'
  | 'shame_if'
  | 'person3'
  | 'should'
  // calls to violence (ambiguous)
  | 'lynch'
  | 'lynch_prop'
  | 'uprising'
  | 'collective'
  | 'history'
  | 'idiom'
  // calls to violence against many people
  | 'call'
  | 'people'
  | 'people_place'
  | 'deathto'
  | 'projectile'
  | 'with_people'
  | 'destroyed'
  | 'arson'
  // veiled calls (cue-rules-veiled.ts)
  | 'evade'
  | 'ifruled'
  | 'gone'
  | 'mockregret'
  | 'burning'
  | 'euphemism'
  | 'euphemism_weak'
  // threats that name no act (cue-rules-omens.ts)
  | 'official'
  | 'omen'
  | 'fate'
  | 'doom'
  | 'befall'
  | 'onemore'
  | 'final'
  // what turns a use into a mention, or a statement around
  | 'report'
  | 'condemn'
  | 'negation'
  | 'copula'
  | 'hate_phrase'
  | 'replacement'
  // hate
  | 'group'
  | 'dehuman'
  | 'eliminate'
  // extremism
  | 'org'
  | 'attack'
  | 'attacker'
  | 'praise'
  | 'praise_weak'
  | 'oppose'
  | 'justify'
  | 'recruit'
  | 'share'
  | 'movement'
  // commercial spam
  | 'pitch_money'
  | 'pitch_offer'
  | 'pitch_product'
  | 'pitch_call';

/**
 * Phrase entries of one kind from word lists (`a|b*|c d`): the single words become one phrase element (one
 * lookup whatever the list's length), each alternative of several words a phrase of its own.
 */
export function entriesOf<K>(kind: K, ...lists: readonly string[]): Array<readonly [string, K]> {
  const alternatives = lists.flatMap((l) => l.split('|')).map((a) => a.trim());
  const single = alternatives.filter((a) => !a.includes(' '));
  const multi = alternatives.filter((a) => a.includes(' '));
  return [
    ...(single.length > 0 ? [[single.join('|'), kind] as const] : []),
    ...multi.map((m) => [m, kind] as const),
  ];
}

/** Entries for one cue (`entriesOf` for the cue kinds). */
export const cue = (kind: Cue, ...lists: readonly string[]): Array<readonly [string, Cue]> =>
  entriesOf(kind, ...lists);
