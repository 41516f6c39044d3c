/**
 * Cue words that turn a use into a mention or a statement around (see `cue-lexicon.ts`): reporting,
 * condemnation, negation, the copula of a comparison, and descriptions of mistreatment.
 */
import type { Cue } from './cue-kinds';
import { cue } from './cue-kinds';

/** The entries, built when the cue phrase set first compiles (not at every cold start). */
export const mentionCueEntries = (): ReadonlyArray<readonly [string, Cue]> => [
  ...cue(
    'report',
    'said|says|claims|claimed|called|calls|quote|quoted|quoting|according to|slogan|slogans|chanted|chants|shouted|yelled|reportedly|slur|labelled|labeled|nicknamed|the letter|the word|the term|letter read|message read|tweeted',
    'dijo|dice que|afirma|afirmo|segun|llamo|lema|insulto|la carta|la palabra|el termino|gritaron|gritando',
    'dit|a dit|disait|affirme|affirmait|selon|appele|appelait|slogan|la lettre|le mot|le terme|qualifie|criaient|criant',
    'sagte|sagt|behauptet|behauptete|laut|nannte|nennt|parole|schimpfwort|der brief|das wort|der begriff|bezeichnete|riefen|schrien',
    'сказал|сказала|заявил|заявила|заявляет|считает|считают|по словам|назвал|назвала|называет|лозунг|слово|письмо|кричали|выкрикивали',
    'skazal|zayavil|nazval|lozung|slovo',
    'detto|ha detto|secondo|chiamato|la lettera|la parola',
    'disse|segundo|chamou|a carta|a palavra',
    'powiedzial|wedlug|nazwal|slowo',
    'dedi|gore|kelime',
  ),
  ...cue(
    'condemn',
    'condemn*|victim*|mourn*|firefighters|police|officers|nurses|doctors|paramedics|rescuers|survivors|volunteers|first responders|pompiers|policiers|infirmieres|medecins|bomberos|policias|enfermeras|medicos|feuerwehr*|polizist*|arzte|пожарн*|полицейск*|врач*|медсестр*|vigili del fuoco|poliziotti|bombeiros|strazacy|policjanci|itfaiye*|accused|civilians|мирных|обвиня*|accuses|acusados|beschuldigt|accusati|zivilisten|civiles|civili|tried|trial|court|courts|prosecuted|jail|prison|hague|tribunal|holocaust|genocide|nazis|nazi|pogrom*|tried to|attempted|wanted to|tragedy|tragic|horrific|horrible|atrocity|atrocities|barbaric|barbarity|heartbroken|condolences|innocent|innocents|terrorists|terrorist|murderers|butchers|monsters|sickening|disgusting|disgrace*|prosecute*|justice for',
    'conden*|victim*|tragedia|horrible|atroz|atrocidad*|barbari*|terrorista*|asesinos|inocentes|condolencias',
    'condamn*|victime*|tragedie|horrible|atroce*|barbar*|terroristes|terroriste|assassins|innocents|condoleances|deuil',
    'verurteil*|tragodie|schrecklich*|grausam*|barbar*|terroristen|terrorist|morder|unschuldig*|beileid|trauer',
    'осужда*|жертв*|трагеди*|ужасн*|зверств*|варвар*|террорист*|убийц*|невинн*|соболезн*',
    'vittim*|tragedia|orribil*|atroc*|barbar*|terroristi|assassini|innocenti|condann*',
    'vitim*|tragedia|horrivel|atroz|barbar*|terroristas|assassinos|inocentes|condena*',
    'ofiar*|tragedi*|straszn*|barbarzyn*|terrorysci|mordercy|niewinn*|potepi*',
    'kurban*|trajedi|vahset|teroristler|katiller|masum*|kinami*',
  ),
  ['{don|doesn|didn|isn|wasn|aren|weren|couldn|wouldn|shouldn|haven|hasn|can|won} t', 'negation'],
  // What a comparison or a description needs: `are`, `like`, `sont`, `sind wie`, `это`, `gibi`, `=`.
  ...cue(
    'copula',
    'are|re|is|s|were|was|be|like|as|become|becoming',
    'son|es|eran|era|como|parecen',
    'sont|est|etaient|comme|ressemblent',
    'sind|ist|waren|wie|seien',
    'это|как|словно|будто|являются',
    'eto|kak',
    'sono|come|sembrano',
    'sao|eram|como|parecem',
    'sa|jak|jako|niczym',
    'gibi|dir|dur|dirler|durlar',
  ),
  // Describing mistreatment is not dehumanising: `refugees were treated like animals`.
  ['{treated|treat|treating|treats|kept|caged|herded|handled|housed|transported} ~1 {like|as}', 'condemn'],
  [
    '{tratados|tratadas|traites|traitees|behandelt|обращаются|trattati|tratados|traktowani} ~1 {como|comme|wie|как|come|jak}',
    'condemn',
  ],
  // The active voice, the people treated between verb and simile: `tratan a las mujeres como ganado`;
  // German puts the verb last: `wie Vieh behandelt`.
  ['{trata|tratan|trataba|trataban|tratam|tratava|tratavam} ~4 como', 'condemn'],
  ['{traite|traitent|traitait|traitaient} ~4 comme', 'condemn'],
  ['{tratta|trattano|trattava|trattavano|trattate} ~4 come', 'condemn'],
  ['wie ~2 {behandelt|behandeln|behandelte|gehalten|halten}', 'condemn'],
  ...cue(
    'negation',
    'not|no|never|nobody|none|dont|didnt|isnt|wasnt|arent|werent|cannot|cant|wont|neither|nor',
    'no|nunca|jamas|ni|nadie|tampoco',
    'ne|pas|jamais|aucun|aucune|personne|ni',
    'nicht|kein|keine|keiner|keinen|nie|niemals|niemand|weder',
    'не|ни|нет|никогда|никто|нельзя',
    'ne|ni|net|nikogda|nikto',
    'non|mai|nessuno',
    'nao|nunca|jamais|ninguem|nem',
    'nie|nigdy|nikt|ani',
    'degil|asla|hic|yok',
    'не|ні|ніколи|ніхто',
  ),
];
