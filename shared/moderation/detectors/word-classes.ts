/**
 * The named word classes of the detectors' phrase lists (`$you`, `$target`, `$official`), in the languages
 * the local detectors read; `common.ts` re-exports them beside the questions asked of a comment's tokens.
 */
/**
 * Named word classes for phrase lists (`$you`, `$target` …). Folded forms: no accents, lower case.
 * A class is one token; multi-word variants go in `{…}` inside the phrase.
 */
export const CLASSES = {
  /** The reader or a commenter addressed, in any of the five languages. */
  you: [
    'you|u|ya|ye|yourself|yourselves|yall|ur|youre|thou',
    'tu|te|ti|eres|estas|seas|seais|sois|usted|ustedes|vos|sos|contigo|vosotros',
    'toi|vous|tes',
    'du|dich|dir|euch',
    'ты|тебя|тебе|тобой|вы|вас|вам|вами',
    'ty|tebya|tebe|toboy|vy|vas|vam',
    // Ukrainian, Italian, Portuguese, Polish, Turkish (not `sei`: Italian `you are`, Portuguese `I know`).
    'ти|тобі|тобою|ви|voi|voce|voces|jestes|jestescie|ciebie|cie|tobie|wy|sen|seni|sana|siz|sizi|size',
  ].join('|'),
  /** Possessives of the second person. */
  your: [
    'your|yours|ur|thy',
    'tu|tus|tuyo|tuya|vuestro|vuestra',
    'ton|ta|tes|votre|vos',
    'dein*|euer|eure*',
    'твой|твоя|твое|твои|твоего|твоей|твоих|твоим|ваш|ваша|ваше|ваши|вашего|вашей|ваших',
    'tvoy|tvoya|tvoyo|tvoi|vash|vasha|vashe|vashi',
  ].join('|'),
  /** The people a news comment is most often aimed at: the author and the newsroom. */
  target: [
    'author|writer|journalist*|journo*|reporter*|columnist*|editor*|hack|presstitute*|cartoonist*|blogger*|broadcaster*|commentator*|pundit*',
    'autor|autora|periodista*|redactor*|columnista*',
    // Italian, Portuguese, Turkish, Polish, Ukrainian (round 29): `caro autore`, `o jornalista`, `yazar`.
    'autore|autrice|giornalist*|jornalist*|yazar|yazari|gazeteci*|dziennikar*|pismak*|журналіст*',
    'auteur|autrice|journaleu*|redacteur*|chroniqueu*',
    'autor|autorin|verfasser*|schreiberling*|journalist*|redakteu*',
    'автор*|журналист*|журналюг*|писак*|редактор*',
    'avtor*|zhurnalist*|zhurnalyug*',
  ].join('|'),
  /** Office holders a comment names by their office: `the mayor`, `el ministro`, `den Richter`. */
  official: [
    'mayor|minister|president|premier|chancellor|senator|congressman|congresswoman|mp|mep|judge|governor|councillor|councilor|prosecutor|ambassador|spokesman|spokeswoman|spokesperson|commissioner|sheriff',
    'alcalde|alcaldesa|ministro|ministra|presidente|presidenta|diputado|diputada|senador|senadora|juez|jueza|gobernador|fiscal|concejal',
    'maire|ministre|president|presidente|depute|deputee|senateur|juge|prefet|procureur|ambassadeur',
    'burgermeister*|minister*|prasident*|kanzler*|abgeordnete*|richter*|staatsanwalt*|senator*|gouverneur*',
    'мэр*|министр*|президент*|депутат*|судь*|губернатор*|прокурор*|сенатор*',
  ].join('|'),
} as const;
