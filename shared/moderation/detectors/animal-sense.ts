/**
 * Words with a literal sense that abuse borrows. Round 82 (`/work/audit44`): the words for a female dog or a vixen that
 * are also abuse (`bitch`, `perra`, `zorra`, `suka`, `сука`, `chienne`) name the animal in a sentence about animals (`la
 * perra del vecino tuvo cachorros`, `nasza suka owczarka urodziła sześć szczeniaków`, `una zorra se metió en el
 * gallinero`), when the comment speaks to no one. Round 114: German `Mist` is manure beside a farm (`manureAt`).
 */
import { wordClass } from '../text/phrases';
import type { Token } from '../text/tokens';

const FEMALE_ANIMAL = wordClass(
  'bitch|bitches|perra|perras|zorra|zorras|suka|suki|сука|суки|суку|chienne|chiennes|cagna|cagne|cadela|cadelas',
);
/** Litters, breeds, kennels, farms and henhouses: what a sentence about the animal speaks of. */
const ANIMAL_CONTEXT = wordClass(
  [
    'puppies|puppy|pups|litter|whelped|whelping|kennel|kennels|breed|breeder|vet|henhouse|coop|hens|chickens|vixen|fox|foxes|cubs',
    'cachorros|cachorritos|cachorro|camada|criadero|veterinario|veterinaria|gallinero|gallinas|zorro|zorros|raposa|lobeznos',
    'chiots|chiot|portee|eleveur|veterinaire|poulailler|poules|renard|renards|renardeaux',
    'szczeniaki|szczeniakow|szczeniat|szczeniak|szczenieta|miot|owczarka|owczarek|hodowla|weterynarz|kurnik|kury|lis|lisy',
    'щенки|щенков|щенят|щенок|щенка|помет|питомник|ветеринар|курятник|куры|лиса|лисы|лисята|schenki|schenkov',
    'cuccioli|cucciolata|allevamento|filhotes|filhote|ninhada|canil|galinheiro|galinhas',
  ].join('|'),
);

/** Whether the word at token `at` is the animal (see the module comment); `spokenTo`: the comment addresses someone. */
export function animalSenseAt(tokens: readonly Token[], at: number, spokenTo: () => boolean): boolean {
  if (!FEMALE_ANIMAL(tokens[at]!)) return false;
  const sentence = tokens[at]!.sentence;
  let context = false;
  for (let k = at - 8; k <= at + 8 && !context; k++)
    if (
      k >= 0 &&
      k < tokens.length &&
      k !== at &&
      tokens[k]!.sentence === sentence &&
      ANIMAL_CONTEXT(tokens[k]!)
    )
      context = true;
  return context && !spokenTo();
}

/** A farm's words (round 114, `dev119`: farmers tipping manure at a prefecture). */
const FARM = wordClass(
  'bauern|bauer|landwirte|landwirt|landwirtschaft|traktor|traktoren|gulle|dung|stall|acker|prafektur|prafekturen|abgeladen|abladen|gekippt|kippen|hof|hofe|mistgabel|kuhe',
);
/**
 * Whether German `Mist` ending the words [from, to) is manure (round 114, `dev119`: `Immer nur den Mist vor der Präfektur
 * filmen`, of farmers' protests): a farm's word in its sentence. The word is still profanity elsewhere (`so ein Mist`).
 */
export function manureAt(tokens: readonly Token[], from: number, to: number): boolean {
  if (tokens[to - 1]?.text !== 'mist') return false;
  const sentence = tokens[from]!.sentence;
  for (let k = Math.max(0, from - 10); k < Math.min(tokens.length, to + 10); k++)
    if (tokens[k]!.sentence === sentence && FARM(tokens[k]!)) return true;
  return false;
}
