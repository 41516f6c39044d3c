/**
 * Who an insult is aimed at (`abuse.ts`): an addressee and the words that may stand between them and the
 * insult, the author named by their piece, a handle, a vocative.
 */
import { wordClass } from '../text/phrases';
import type { Token } from '../text/tokens';
import { HANDLE } from '../text/tokens';
import { addresseeAt, nameCased, sentenceStart } from './common';

/** Words that may stand between an addressee and an insult (`you are such an absolute …`). */
const FILLER = wordClass(
  [
    'ok|okay|oh|hey|yeah|yes|sure|lol|lmao|well|look|listen|mate|dude|bro|are|is|re|r|were|was|s|be|a|an|the|such|so|really|absolute|absolutely|complete|completely|utter|utterly|total|totally|little|bloody|pathetic|sad|stupid|massive|huge|just|truly|real|proper|fucking|f|ing|ignorant|sorry|spineless|two|faced|ugly|fat|dumb|old|silly',
    'eres|sos|es|un|una|muy|menudo|menuda|pedazo|de|tremendo|tremenda|autentico|puto|puta|verdadero|simple',
    'es|t|tu|un|une|vraiment|gros|grosse|sale|pauvre|espece|de|d|vieux|vieille|petit|petite|sacre|bande|qu|quel|quelle|completement',
    'bist|ist|seid|sind|ein|eine|einer|so|ja|echt|voll|total|verdammter|verdammte|blode|bloder|alter|kleiner',
    // `ну ты и тупица`, `ну ти й бовдур`
    'полный|полная|полное|просто|конченый|конченая|настоящий|такой|такая|редкостный|редкий|же|ну|ты|вы|еще|ещё|какой|какая|и|і|й',
    'polnyy|polnyi|prosto|konchenyy|takoy|nastoyashchiy|uzhe|ty|vy',
    // Italian, Portuguese, Polish, Turkish, Ukrainian (round 29): `O autor é um imbecil`, `Autor to debil`.
    'sei|siete|e|un|uno|una|proprio|vero|gran|um|uma|mesmo|muito|grande|to|jest|jestes|jestescie|taki|taka',
    'kompletny|zwykly|bir|tam|koca|gercek|resmen|справжній|такий|повний',
  ].join('|'),
);
/** Insults that are adjectives: alone they judge a thing as often as a person. */
const ADJECTIVE = wordClass(
  'pathetic|stupid|dumb|clueless|brainless|braindead|thick|dumm|bekloppt|dammlich|damlich|lamentable',
);
/** The piece an author is named by (`the author of this article`, `автор статьи`, `der Autor des Artikels`). */
const PIECE = wordClass(
  'article|piece|op|column|artikels|beitrags|kommentars|articulo|articolo|статьи|материала|заметки|колонки|statyi|stati',
);
/** Words between an author and their piece: `of this`, `des`, `de l'`, `del`, `dell'`. */
const OF_THE = wordClass(
  'of|the|this|that|des|dieses|del|de|l|este|esta|cet|cette|du|la|dell|di|questo|этой|этого|данной|etoy|etogo',
);
const DEMONSTRATIVE = wordClass('this|that|ce|cet|cette|el|la|der|die|das|dieser|diese|этот|эта|etot|eta');
/** The head of an exclamation about someone: `what a …`, `quel …`, `menudo …`, `was für ein …`, `ну и …`, `che …`. */
const EXCLAIM = wordClass(
  'what|quel|quelle|quels|quelles|menudo|menuda|menudos|menudas|vaya|que|was|какой|какая|какие|ну|che',
);
/** The comment above (round 82): `el del comentario de arriba`, `celui du commentaire du dessus`. */
const COMMENT_WORD = wordClass(
  'comentario|mensaje|commentaire|message|post|kommentar|комментарий|комментария',
);
/** Between an exclamation's head and its insult, besides fillers: German `für`, Russian `и`. */
const EXCLAIM_LINK = wordClass('fur|für|и');
/** Between an exclaimed insult and the one it names: `of a`, `de`, a demonstrative or an article. */
const NAMING = wordClass(
  'of|a|an|the|this|that|de|d|ce|cet|cette|le|la|el|del|der|die|das|dieser|diese|этот|эта|questo|questa|quel|quella|esse|essa|este|esta|o',
);

/**
 * An exclamation that names whom it insults (`Quel bouffon ce journaliste`, `Menudo payaso el periodista
 * este`, `What a clueless hack of a reporter`, `Ну и клоун этот автор`): the sentence opens with an
 * exclamation's head, and the author or an addressee follows the insult after at most `of a` and a
 * demonstrative. `What a clown show` names no one.
 */
function exclaimedAt(source: string, tokens: readonly Token[], from: number, to: number): boolean {
  const sentence = tokens[from]!.sentence;
  const start = sentenceStart(tokens, from);
  if (from - start > 4 || !EXCLAIM(tokens[start]!)) return false;
  for (let k = start + 1; k < from; k++) {
    const t = tokens[k]!;
    if (!FILLER(t) && !ADJECTIVE(t) && !EXCLAIM_LINK(t)) return false;
  }
  // Round 88: the exclamation closes its clause and the sentence goes on (`What a pillock, he clearly
  // didn't read it`; alone, `Quel bouffon !` may be said of a comedian), or the one it insults wrote something, within
  // three words (`Qué idiota el que escribió este titular`, `Какой идиот писал этот заголовок?`).
  const next = tokens[to];
  if (!next || next.sentence !== sentence) return false;
  if (/[,;:]/.test(source.slice(tokens[to - 1]!.end, next.start))) return true;
  for (let k = to; k < tokens.length && k <= to + 2 && tokens[k]!.sentence === sentence; k++)
    if (WROTE(tokens[k]!)) return true;
  for (let k = to; k < tokens.length && k <= to + 2 && tokens[k]!.sentence === sentence; k++) {
    // (Or the one who wrote a comment, round 82: `Menudo payaso el del comentario de arriba`.)
    if (addresseeAt(tokens, k) || (k > to && COMMENT_WORD(tokens[k]!))) return true;
    if (!NAMING(tokens[k]!)) return false;
  }
  return false;
}

/**
 * The insult at [from, to) is addressed: after an addressee and fillers (profanity counts as one:
 * `you f**king moron`), by a handle, or as a vocative (`spokenTo`: the comment speaks to someone, see below).
 */
export function aimedAt(
  source: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  profane: ReadonlySet<number>,
  spokenTo = false,
): boolean {
  const sentence = tokens[from]!.sentence;
  for (let k = from - 1; k >= 0 && k >= from - 6; k--) {
    const t = tokens[k]!;
    if (t.sentence !== sentence) break;
    // `espèce de …` names the one it is said to: it addresses by itself.
    if (addresseeAt(tokens, k) || t.text === 'espece') return true;
    if (PIECE(t)) {
      // The author named by their piece: skip `of this article` back to `author`.
      let j = k - 1;
      while (j >= 0 && j >= k - 3 && tokens[j]!.sentence === sentence && OF_THE(tokens[j]!)) j--;
      return j >= 0 && tokens[j]!.sentence === sentence && addresseeAt(tokens, j);
    }
    if (!FILLER(t) && !profane.has(k)) break;
  }
  const next = tokens[to];
  if (next && next.sentence === sentence && (next.kind === HANDLE || (YOU_AFTER(next) && to - from <= 2)))
    return true;
  // A demonstrative before a handle: `quel abruti ce @x`, `what a clown this @x is`, `was für ein Depp der @x`.
  const then = tokens[to + 1];
  if (next && DEMONSTRATIVE(next) && then?.kind === HANDLE && then.sentence === sentence) return true;
  const prev = tokens[from - 1];
  if (prev?.kind === HANDLE && prev.sentence === sentence) return true;
  if (exclaimedAt(source, tokens, from, to)) return true;
  // A vocative: alone between commas, or between a comma and the end of the sentence. An adjective alone
  // is a verdict on something (`Not a single consequence. Pathetic.`), not a name for someone.
  if (to - from === 1 && ADJECTIVE(tokens[from]!)) return false;
  // In a comment spoken to someone (`spokenTo`: a second person, a rude command), the vocative may open with fillers
  // and profanity (round 66: `verf*ckter Vollidiot, geh zurück in deine Filterblase`, `dumbass motherfucking bot, get
  // lost`): its edge is before the first of them. Not otherwise: `Bloody idiots, the lot of them in parliament`.
  // Or the whole sentence is fillers and the insult (round 78: `Absolute muppet.`).
  // Up to three tokens back from the insult, in its sentence, while `ok` takes them.
  const reachBack = (ok: (k: number) => boolean): number => {
    let k = from;
    while (k > 0 && from - k < 3 && tokens[k - 1]!.sentence === sentence && ok(k - 1)) k--;
    return k;
  };
  const wholeSentence = (): boolean => {
    // (Not an exclamation's head: `Quel bouffon !` of a comedian is `exclaimedAt`'s to judge.)
    const opens = reachBack((k) => FILLER(tokens[k]!) && !EXCLAIM(tokens[k]!));
    return (
      (opens === 0 || tokens[opens - 1]!.sentence !== sentence) &&
      (to >= tokens.length || tokens[to]!.sentence !== sentence)
    );
  };
  const start =
    spokenTo || wholeSentence()
      ? reachBack(
          (k) =>
            (FILLER(tokens[k]!) || profane.has(k)) &&
            !/[,!?.;:\n]/.test(source.slice(tokens[k]!.end, tokens[k + 1]!.start)),
        )
      : from;
  const first = tokens[start - 1];
  const before = first && first.sentence === sentence ? source.slice(first.end, tokens[start]!.start) : '.';
  const after = next ? source.slice(tokens[to - 1]!.end, next.start) : '.';
  const edge = (gap: string) => /[,!?.;:\n]|^\s*$/.test(gap) && gap.trim() !== '';
  // Five words at most (round 56: `hijo de la gran puta, vete …`).
  return edge(before) && (edge(after) || !next || next.sentence !== sentence) && to - start <= 5;
}

/** The addressee after an insult: `… you`, and Russian's inverted order (round 88: `Дурачок ты`, `durak ty`, `Идиоты вы`). */
const YOU_AFTER = wordClass('you|ты|вы|ty|vy');

const ONE_ABOVE = wordClass('guy|one|commenter|poster|person|dude|bloke|troll');
const ARTICLE_ONE = wordClass('el|la|celui|celle');

/** Who wrote the piece, pointed at (round 71): `whoever wrote this`, `quien escribió esto`, `кто это написал`. */
/** …or asked which one (round 111: `Welche hirnlose F0tze hat diesen Artikel geschrieben`, `Какой идиот это написал`). */
const WHOEVER = wordClass(
  'whoever|quien|quienquiera|celui|wer|кто|kto|welche|welcher|welches|какой|какая|kakoi|kakaya',
);
const WROTE = wordClass(
  'wrote|writes|written|escribio|escribe|ecrit|ecrivait|geschrieben|schreibt|schrieb|написал|написала|пишет|писал|писала|napisal|napisala|pisal|pisala',
);
/** A commenter pointed at (round 56): `the guy above`, `el de arriba`, `celui du dessus`; or the writer (round 71). */
export function pointsAtCommenter(tokens: readonly Token[]): boolean {
  for (let k = 1; k < tokens.length; k++) {
    const { text, sentence } = tokens[k]!;
    const prev = tokens[k - 1]!;
    if (prev.sentence !== sentence) continue;
    if (text === 'above' && ONE_ABOVE(prev)) return true;
    // `whoever wrote this`, `celui qui a écrit ça`, `wer das geschrieben hat`, `кто это написал`: within three words;
    // five for German's verb last (`welche … hat diesen Artikel geschrieben`).
    if (WROTE(tokens[k]!))
      for (let j = k - 1; j >= 0 && j >= k - 6 && tokens[j]!.sentence === sentence; j--)
        if (WHOEVER(tokens[j]!)) return true;
    if (
      (text === 'arriba' || text === 'dessus') &&
      (prev.text === 'de' || prev.text === 'du' || prev.text === 'au')
    ) {
      const before = tokens[k - 2];
      if (before?.sentence === sentence && (ARTICLE_ONE(before) || COMMENT_WORD(before))) return true;
    }
  }
  return false;
}

/** Sexual slurs for a woman, as the abuse lexicon writes them: the words of `slurSaidOfPerson` (round 88). */
const SEXUAL_SLUR = new Set(
  'whore* slut* puta putas salope salopes pute putes hure huren schlampe schlampen шлюх* puttana dziwka'.split(
    ' ',
  ),
);
/** Verbs that report a name given (`Trolls called her a whore`): the slur is someone else's. */
const CALLING = wordClass(
  'called|call|calls|calling|labelled|labeled|branded|dubbed|named|llamo|llamaron|llaman|tratan|traitee|traite|traitent|nannte|nannten|nennt|назвал|назвали|называли|называют',
);
/** Who a slur is said of: a pronoun of the third person, or someone by their trade (`the minister`, `la periodista`). */
const THIRD_PERSON = wordClass(
  [
    'she|he|her|him|minister|journalist|author|writer|reporter|presenter|host|anchor|spokeswoman|spokesman|politician|mp|senator|deputy|correspondent|columnist|editor|ambassador|president|chancellor',
    'ella|el|ministra|ministro|periodista|autora|presidenta|diputada|elle|il|ministre|journaliste|autrice|presidente|deputee|sie|er|ministerin|journalistin|autorin|politikerin|она|он|министр|журналистка|депутатша|ona',
  ].join('|'),
);
/** What links a subject to what it is called: a copula, `nothing but`, `like`, `as`. */
const CALLED_LINK = wordClass(
  'is|s|was|like|but|nothing|just|a|an|the|cheap|es|una|como|est|une|comme|ist|eine|wie|это|как|просто|обычная|дешевая',
);

/**
 * Round 88 (`/work/audit50`): a sexual slur said of a person in the third person (`She's nothing but a Kremlin whore`,
 * `the minister is a cheap wh*re`, `Renata writes like a cheap wh0re`, `она шлюха`): the labelling guide's gendered or
 * sexual abuse aimed at a person, rejected though nobody is addressed. Within six words before it in its sentence: a
 * third-person subject or a capitalised name, then only linking words (and one word more, `Kremlin`, a verb).
 */
export function slurSaidOfPerson(
  source: string,
  tokens: readonly Token[],
  term: string,
  from: number,
): boolean {
  if (!SEXUAL_SLUR.has(term)) return false;
  const sentence = tokens[from]!.sentence;
  for (let k = from - 1; k >= 0 && k >= from - 6 && tokens[k]!.sentence === sentence; k--)
    if (CALLING(tokens[k]!)) return false;
  let other = 0;
  for (let k = from - 1; k >= 0 && k >= from - 6 && tokens[k]!.sentence === sentence; k--) {
    const t = tokens[k]!;
    // (Russian needs no copula: `она шлюха`; a name right before the slur qualifies it: `a Kremlin whore`.)
    if (THIRD_PERSON(t)) return k < from - 1 || /[а-я]/.test(t.text);
    if (k < from - 1 && nameCased(source, t) && t.text.length >= 3) return true;
    if (CALLED_LINK(t)) continue;
    if (++other > 1) return false;
  }
  return false;
}
