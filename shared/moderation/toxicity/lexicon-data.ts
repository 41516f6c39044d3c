/**
 * Parley's toxicity lexicon, written for news comment sections on foreign affairs. Weighted terms and
 * phrases per category, matched through the same obfuscation-resistant matcher as the policy's terms.
 *
 * How to read a weight: it is the score one occurrence gives its category, compared with the policy's
 * thresholds (defaults: insult review 0.5 / reject 0.8, threat 0.4 / 0.7, hate 0.4 / 0.7, profanity
 * 0.5 / 0.9, sexual 0.5 / 0.8, violent extremism 0.4 / 0.7). So:
 * - words that are abusive in any context (slurs, `cunt`, `kill yourself`) reach the reject line alone;
 * - words that sharp but civil debate uses about ideas (`stupid`, `clueless`, `liar`, `shill`) stay
 *   below the review line unless they are aimed at a person (`you`, `ur`, or the article's author);
 * - milder insults aimed at someone (`you're an idiot`, `ur so dumb`) are held, below the reject line:
 *   a newsroom holds them for a human; profane or sexual abuse (`wanker`, `cunt`) still rejects;
 * - dehumanising words (`vermin`, `animals`, `rats`) score only next to a group of people;
 * - violent verbs score only as threats (`kill you`, `should be shot`), and more with a speaker's
 *   intent (`I will`, `I'm going to`). The vocabulary of war reporting — kill, bomb, rape, terrorist,
 *   genocide, Nazi, jihad — scores nothing on its own: it is what these articles are about.
 *
 * `near` rules: a marker (below) within `before` characters before the term, or `after` characters
 * after it, in the same sentence (and the same clause for `you`), raises the listed categories.
 */
import type { CategoryScores } from './types';
import { INNOCENT_NAMES } from '../text/innocent-names';

export type MarkerKind = 'you' | 'youare' | 'your' | 'target' | 'intent' | 'group';

export interface NearRule {
  marker: MarkerKind;
  /** Folded characters between the marker's end and the term's start (default 30). */
  before?: number;
  /** Folded characters between the term's end and the marker's start (default 0: before only). */
  after?: number;
  weights: Partial<CategoryScores>;
}

export interface LexiconEntry {
  /** Matcher syntax: a word or phrase, `*` at either end for longer words. */
  term: string;
  /** Weights when the term stands alone. */
  base: Partial<CategoryScores>;
  near?: NearRule[];
}

// --- Builders -----------------------------------------------------------------------------------

/** An insult: `base` on its own, `aimed` when addressed to the reader, halfway when at the author. */
function insult(terms: string | string[], base: number, aimed: number, extra: Partial<CategoryScores> = {}) {
  const list = Array.isArray(terms) ? terms : [terms];
  const mid = Math.round(((base + aimed) / 2) * 100) / 100;
  return list.map((term): LexiconEntry => ({
    term,
    base: { insult: base, ...extra },
    near: [
      { marker: 'you', before: 12, after: 6, weights: { insult: aimed } },
      { marker: 'youare', before: 32, weights: { insult: aimed } },
      { marker: 'your', before: 10, weights: { insult: mid } },
      { marker: 'target', before: 24, weights: { insult: mid } },
    ],
  }));
}

/** A threat phrase: `base` alone, `intended` after a first-person intent (`I will`, `we're going to`). */
function threat(
  terms: string | string[],
  base: number,
  intended: number,
  extra: Partial<CategoryScores> = {},
) {
  const list = Array.isArray(terms) ? terms : [terms];
  return list.map((term): LexiconEntry => ({
    term,
    base: { threat: base, ...extra },
    near: [{ marker: 'intent', before: 20, weights: { threat: intended } }],
  }));
}

/** A call for violence against someone: raised when aimed at the reader or at a group of people. */
function violence(terms: string | string[], base: number, aimed: number, atGroup: Partial<CategoryScores>) {
  const list = Array.isArray(terms) ? terms : [terms];
  return list.map((term): LexiconEntry => ({
    term,
    base: { threat: base },
    near: [
      { marker: 'you', before: 30, after: 4, weights: { threat: aimed } },
      { marker: 'youare', before: 30, weights: { threat: aimed } },
      { marker: 'target', before: 30, weights: { threat: aimed } },
      { marker: 'group', before: 40, after: 20, weights: atGroup },
    ],
  }));
}

/** A dehumanising word: `base` alone, `atGroup` (hate) next to a group of people. */
function dehumanizing(
  terms: string | string[],
  base: number,
  atGroup: number,
  extra: Partial<CategoryScores> = {},
) {
  const list = Array.isArray(terms) ? terms : [terms];
  return list.map((term): LexiconEntry => ({
    term,
    base: { hate: base },
    near: [{ marker: 'group', before: 40, after: 40, weights: { hate: atGroup, ...extra } }],
  }));
}

const fixed = (terms: string | string[], base: Partial<CategoryScores>): LexiconEntry[] =>
  (Array.isArray(terms) ? terms : [terms]).map((term) => ({ term, base }));

// --- Markers ------------------------------------------------------------------------------------

export const MARKERS: ReadonlyArray<{ term: string; kind: MarkerKind }> = [
  ...['you', 'u', 'ya', 'yourself', 'yall', 'you lot', 'you people', 'you guys'].map((term) => ({
    term,
    kind: 'you' as const,
  })),
  ...[
    'you are',
    'youre',
    'ur',
    'u r',
    // `u r a` / `u r an` read as one word once spaced letters are joined.
    'ura',
    'uran',
    'you were',
    'you sound like',
    'you look like',
    'you act like',
    'you must be',
    'you seem',
    'are you',
  ].map((term) => ({ term, kind: 'youare' as const })),
  ...['your', 'yours'].map((term) => ({ term, kind: 'your' as const })),
  ...[
    'author',
    'writer',
    'journalist',
    'reporter',
    'columnist',
    'editor',
    'moderator',
    'mods',
    'this guy',
    'this woman',
    'this man',
    // The author named by what they wrote (round 46: `the woman who wrote this is a …`).
    'wrote this',
    'wrote that',
    'writes this',
    'penned this',
  ].map((term) => ({ term, kind: 'target' as const })),
  ...[
    'i will',
    'ill',
    'i am going to',
    'im going to',
    'im gonna',
    'i gonna',
    'gonna',
    'i wanna',
    'i want to',
    'id love to',
    'i would',
    'id',
    'we will',
    'we are going to',
    'were going to',
    'were gonna',
    'someone should',
    'somebody should',
    'someone needs to',
    'somebody needs to',
    'lets',
    'i swear',
  ].map((term) => ({ term, kind: 'intent' as const })),
  ...[
    'muslims',
    'muslim',
    'moslems',
    'islam',
    'jews',
    'jew',
    'jewish people',
    'arabs',
    'blacks',
    'black people',
    'whites',
    'white people',
    'immigrants',
    'migrants',
    'refugees',
    'asylum seekers',
    'foreigners',
    'africans',
    'mexicans',
    'latinos',
    'hispanics',
    'asians',
    'chinese',
    'gays',
    'gay people',
    'homosexuals',
    'lesbians',
    'trans people',
    'transgender people',
    'russians',
    'ukrainians',
    'palestinians',
    'israelis',
    'zionists',
    'syrians',
    'afghans',
    'iraqis',
    'iranians',
    'somalis',
    'pakistanis',
    'indians',
    'hindus',
    'sikhs',
    'christians',
    'catholics',
    'roma',
    'gypsies',
    'kurds',
    'turks',
    'serbs',
    'albanians',
    'poles',
    'romanians',
    'women',
    'these people',
    'those people',
    'their kind',
    'that lot',
  ].map((term) => ({ term, kind: 'group' as const })),
];

// --- Entries ------------------------------------------------------------------------------------

export const LEXICON: readonly LexiconEntry[] = [
  // Insults. Strong ones are held alone and rejected when aimed at someone.
  ...insult(['idiot', 'moron', 'imbecile', 'cretin', 'halfwit', 'dimwit'], 0.55, 0.75),
  ...insult(['nitwit', 'numpty', 'pillock', 'plonker', 'nincompoop'], 0.45, 0.7),
  ...insult(['idiotic', 'moronic', 'imbecilic', 'cretinous'], 0.3, 0.7),
  ...insult(['tosser', 'dipshit', 'scumbag'], 0.6, 0.9),
  ...insult(['jackass', 'dumbass', 'lowlife', 'brainless', 'braindead', 'brain dead'], 0.55, 0.75),
  ...insult(['wanker', 'twat', 'dickhead', 'shithead', 'douchebag', 'douche'], 0.7, 0.92, { profanity: 0.5 }),
  ...insult(['asshole', 'arsehole', 'ahole', 'a hole'], 0.7, 0.92, { profanity: 0.55 }),
  ...insult(['cunt'], 0.88, 0.97, { profanity: 0.85 }),
  ...insult(['bitch', 'bitches'], 0.65, 0.92, { profanity: 0.5 }),
  ...insult(['son of a bitch', 'sons of bitches'], 0.8, 0.92, { profanity: 0.5 }),
  ...insult(['bastard'], 0.5, 0.9, { profanity: 0.3 }),
  ...insult(['retard', 'retards', 'retarded'], 0.7, 0.92),
  // Also names and everyday words (Dick Marty, a cock pheasant): aimed only when right next to `you`.
  ...insult(['prick', 'dick', 'cock', 'pussy'], 0.2, 0.88).map((e) => ({
    ...e,
    near: [
      { marker: 'you' as const, before: 2, after: 0, weights: { insult: 0.88 } },
      { marker: 'youare' as const, before: 20, weights: { insult: 0.88 } },
    ],
  })),
  ...insult(['stupid', 'stoopid'], 0.3, 0.7),
  ...insult(['dumb'], 0.25, 0.7),
  ...insult(['loser', 'pathetic'], 0.25, 0.7),
  ...insult(['clown', 'buffoon'], 0.2, 0.75),
  ...insult(['troll', 'shill', 'bootlicker', 'boot licker'], 0.2, 0.65),
  ...insult(['ignorant', 'clueless', 'fool', 'liar', 'hypocrite', 'traitor'], 0.1, 0.45),
  ...insult(['useful idiot'], 0.2, 0.7),
  ...insult(['piece of shit', 'pieces of shit'], 0.85, 0.95, { profanity: 0.6 }),
  ...insult(
    ['piece of garbage', 'piece of trash', 'waste of oxygen', 'waste of space', 'waste of skin'],
    0.55,
    0.9,
  ),
  ...insult(['shut up', 'shut your mouth', 'get a brain', 'go back to school'], 0.3, 0.65),
  ...fixed(['shut the fuck up', 'stfu'], { insult: 0.85, profanity: 0.7 }),
  ...fixed(['fuck you', 'fuck u', 'fuck ya', 'fuck yourself', 'fuck off', 'go fuck yourself', 'f off'], {
    insult: 0.9,
    profanity: 0.7,
  }),
  ...fixed(['screw you', 'go to hell', 'kiss my ass', 'eat shit', 'eat my shit', 'up yours'], {
    insult: 0.6,
  }),
  ...fixed(['motherfucker', 'mother fucker'], { insult: 0.85, profanity: 0.8 }),
  ...insult(['fucker', '*fucker', 'fuckwit', 'fuckface', 'fucktard'], 0.75, 0.92, { profanity: 0.7 }),

  // Profanity without a target: held when strong or piled up, never rejected for that alone.
  ...fixed(['fuck*', 'fck', 'fuk', 'fukk*', 'phuck*', 'fcking', 'fkn', 'fking', 'effing'], {
    profanity: 0.6,
  }),
  ...fixed(['wtf', 'ffs', 'omfg'], { profanity: 0.3 }),
  ...fixed(['shit', 'shite', 'sh1te', 'shitty', 'shitshow', 'bullshit', 'horseshit', 'bs'], {
    profanity: 0.45,
  }),
  ...fixed(['crap', 'crappy', 'damn', 'goddamn', 'dammit', 'bloody hell', 'piss', 'pissed', 'bollocks'], {
    profanity: 0.2,
  }),
  ...fixed(['piss off', 'sod off', 'bugger off'], { profanity: 0.4, insult: 0.5 }),

  // Sexual content.
  ...fixed(['blowjob', 'handjob', 'dildo', 'pornhub', 'onlyfans', 'camgirl', 'jerk off', 'jerking off'], {
    sexual: 0.65,
  }),
  ...fixed(['send nudes', 'sexy singles', 'sex chat', 'hookup tonight'], { sexual: 0.7 }),
  ...fixed(['porn', 'nudes', 'horny', 'tits', 'boobs', 'wank', 'cum'], { sexual: 0.35 }),
  ...fixed(['suck my dick', 'suck my cock', 'suck my balls', 'blow me'], { sexual: 0.85, insult: 0.9 }),
  ...insult(['slut', 'whore', 'cocksucker'], 0.75, 0.92, { sexual: 0.6 }),

  // Threats of violence against the reader or a person.
  ...threat(
    ['kill you', 'kill u', 'kill ya', 'shoot you', 'stab you', 'murder you', 'strangle you'],
    0.5,
    0.92,
  ),
  ...threat(['hang you', 'beat you up', 'punch you', 'break your legs', 'break your neck'], 0.45, 0.88),
  ...threat(['hurt you', 'come for you', 'coming for you'], 0.2, 0.75),
  ...threat(['make you pay', 'make you suffer'], 0.35, 0.85),
  ...fixed(
    ['coming for you and your family', 'coming for your family', 'your family is next', 'your kids are next'],
    {
      threat: 0.88,
    },
  ),
  ...fixed(['hunt you down', 'i will find you and', 'we will find you and', 'know where you live'], {
    threat: 0.88,
  }),
  ...fixed(['slit your throat', 'cut your throat', 'cut your head off', 'behead you', 'burn your house'], {
    threat: 0.95,
  }),
  ...fixed(
    ['bullet in your head', 'bullet in your brain', 'put a bullet in', 'acid in your face', 'run you over'],
    {
      threat: 0.9,
    },
  ),
  ...fixed(['rape you', 'get raped'], { threat: 0.85, sexual: 0.8 }),
  ...fixed(
    ['kill yourself', 'kill urself', 'kys', 'go die', 'hope you die', 'you should die', 'drink bleach'],
    {
      threat: 0.92,
    },
  ),
  ...fixed(
    ['watch your back', 'youre a dead man', 'you are a dead man', 'dead meat', 'you will regret this'],
    {
      threat: 0.6,
    },
  ),
  ...fixed(['beat the shit out of you', 'smash your face', 'smash your face in'], {
    threat: 0.88,
    profanity: 0.4,
  }),
  ...violence(['deserve to die', 'deserves to die', 'should die', 'must die', 'need to die'], 0.3, 0.9, {
    threat: 0.75,
    hate: 0.8,
  }),
  ...violence(
    [
      'should be shot',
      'should be hanged',
      'should be hung',
      'should hang',
      'should be killed',
      // An outside red-team: `Migrants should be executed.` was published where `… hanged.` was not.
      'should be executed',
      'must be executed',
      'should be beheaded',
      'should be gassed',
      'should be put to death',
    ],
    0.45,
    0.9,
    {
      threat: 0.8,
      hate: 0.8,
    },
  ),
  ...violence(['should be lynched', 'lynch them', 'string them up'], 0.6, 0.9, { threat: 0.85, hate: 0.8 }),
  ...violence(['hang them', 'shoot them', 'kill them'], 0.3, 0.85, { threat: 0.8, hate: 0.8 }),
  ...violence(
    ['deserve a bullet', 'deserves a bullet', 'put them against a wall', 'line them up against a wall'],
    0.75,
    0.9,
    {
      threat: 0.85,
      hate: 0.8,
    },
  ),
  ...violence(['shoot them all', 'hang them all'], 0.6, 0.9, {
    threat: 0.85,
    hate: 0.9,
    violent_extremism: 0.6,
  }),
  ...violence(['kill them all', 'kill all'], 0.35, 0.9, { threat: 0.85, hate: 0.9, violent_extremism: 0.6 }),

  // Hate: slurs, whatever the context.
  ...fixed(['nigger', 'sandnigger', 'kike', 'spic', 'wetback', 'gook', 'raghead', 'towelhead', 'shitskin'], {
    hate: 0.95,
  }),
  ...fixed(
    ['nigga', 'faggot', 'mudslime', 'muzzie', 'muzzies', 'untermensch', 'kaffir', 'beaner', 'porch monkey'],
    {
      hate: 0.9,
    },
  ),
  ...fixed(
    ['sand monkey', 'camel jockey', 'goatfucker', 'goat fucker', 'jungle bunny', 'jewboy', 'hymie', 'heeb'],
    {
      hate: 0.9,
    },
  ),
  ...fixed(
    ['paki', 'pakis', 'gyppo', 'gypo', 'pikey', 'zhid', 'khokhol', 'khokhols', 'zionazi', 'zionazis'],
    {
      hate: 0.8,
    },
  ),
  ...fixed(
    ['chink', 'chinks', 'coon', 'coons', 'tranny', 'trannies', 'dyke', 'fag', 'fags', 'katsap', 'moskal'],
    {
      hate: 0.6,
    },
  ),
  // Hate: dehumanising a group.
  ...dehumanizing(['subhuman', 'subhumans', 'sub human', 'not human', 'not even human'], 0.5, 0.95),
  ...dehumanizing(['vermin', 'cockroach*', 'parasites', 'infestation', 'infest*', 'mongrels'], 0.3, 0.9),
  ...dehumanizing(['savages', 'animals', 'rats', 'apes', 'monkeys', 'pigs', 'filth'], 0, 0.85),
  ...dehumanizing(['dogs', 'barbarians'], 0, 0.6),
  ...dehumanizing(
    ['is a cancer', 'are a cancer', 'is a disease', 'are a disease', 'is a plague', 'are a plague'],
    0.2,
    0.8,
  ),
  // `scum` insults a person, and dehumanises a group.
  ...insult(['scum'], 0.45, 0.88).map((e) => ({
    ...e,
    near: [...e.near!, { marker: 'group' as const, before: 40, after: 40, weights: { hate: 0.85 } }],
  })),
  ...dehumanizing(['breed like rabbits', 'breeding like rabbits', 'inferior race'], 0.6, 0.9),
  ...dehumanizing(
    ['are all terrorists', 'all terrorists', 'are terrorists', 'all rapists', 'are rapists'],
    0.1,
    0.8,
  ),
  ...dehumanizing(
    ['go back to your country', 'go back where you came from', 'go back to where they came from'],
    0.72,
    0.8,
  ),
  ...dehumanizing(['send them back', 'deport them all', 'kick them all out', 'not welcome here'], 0.2, 0.6),
  // Calls, not descriptions: `tried to exterminate` is history, `should be exterminated` is a call.
  ...dehumanizing(
    [
      'should be exterminated',
      'must be exterminated',
      'exterminate them',
      'should be wiped out',
      'gas them all',
    ],
    0.6,
    0.95,
    {
      threat: 0.8,
      violent_extremism: 0.7,
    },
  ),
  ...dehumanizing(['death to'], 0.2, 0.85, { violent_extremism: 0.85 }),
  ...fixed(['gas the jews', 'into the ovens', 'oven dodger', 'holohoax', 'holocaust hoax'], {
    hate: 0.95,
    violent_extremism: 0.8,
  }),
  ...fixed(['hitler was right', 'hitler did nothing wrong', 'finish what hitler started'], {
    hate: 0.9,
    violent_extremism: 0.85,
  }),
  ...fixed(['is a dead one', 'are dead ones'], { hate: 0.85 }),
  // Tropes that rebuttals quote too: held, not rejected.
  ...fixed(['jews control', 'zionist occupied', 'jewish question', 'holocaust never happened'], {
    hate: 0.55,
  }),

  // Violent extremism: glorifying or calling for terrorism.
  // Not a bare `1488`: as a number it is also a distance or a count.
  ...fixed(['heil hitler', 'sieg heil', '14/88', 'rahowa', 'race war now', 'day of the rope'], {
    violent_extremism: 0.8,
    hate: 0.7,
  }),
  ...fixed(['white power', 'white pride worldwide'], { violent_extremism: 0.6, hate: 0.6 }),
  // Chants that comments also quote when reporting them: held for a human.
  ...fixed(['death to america', 'death to israel', 'death to the west', 'death to the infidels'], {
    violent_extremism: 0.6,
    hate: 0.45,
  }),
  ...fixed(
    [
      'long live isis',
      'long live the islamic state',
      'long live the caliphate',
      'isis is right',
      'isis was right',
    ],
    {
      violent_extremism: 0.9,
    },
  ),
  ...fixed(
    ['join isis', 'join the caliphate', 'join the jihad', 'join the mujahideen', 'glory to the mujahideen'],
    {
      violent_extremism: 0.85,
    },
  ),
  ...fixed(
    ['kill the infidels', 'kill all infidels', 'infidels must die', 'behead them', 'behead the infidels'],
    {
      violent_extremism: 0.95,
      threat: 0.8,
    },
  ),
  ...fixed(['burn the mosques', 'burn down the mosque', 'burn the synagogues', 'burn down the synagogue'], {
    violent_extremism: 0.9,
    hate: 0.85,
  }),
  ...fixed(['glory to the martyrs', 'martyrdom operation'], { violent_extremism: 0.45 }),
  ...fixed(['nuke them all', 'bomb them all'], { violent_extremism: 0.5, threat: 0.45 }),
  ...fixed(['glass them', 'turn it into glass', 'into a parking lot', 'flatten gaza', 'flatten kyiv'], {
    violent_extremism: 0.75,
    threat: 0.5,
  }),
  ...fixed(['wipe israel off the map', 'wipe ukraine off the map', 'wipe them off the map'], {
    violent_extremism: 0.55,
    hate: 0.45,
  }),
];

/** Phrases inside which no lexicon term counts: names and idioms that contain one. */
export const LEXICON_ALLOWED: readonly string[] = [
  'dick cheney',
  // Birds (round 59, `/work/audit31`).
  'blue tits',
  'great tits',
  'coal tits',
  'blue tit',
  'great tit',
  // A dog with her litter.
  'bitch had just whelped',
  'bitch in whelp',
  'faggots and peas',
  'faggots and mushy peas',
  'faggots in gravy',
  // `go die` with its gap closed and its `o` doubled.
  'goodie',
  'goodies',
  // French for a shower.
  'une douche',
  'la douche',
  'sous la douche',
  'douche froide',
  'douches',
  'dick marty',
  'moby dick',
  'philip k dick',
  'dick van dyke',
  'van dyke',
  'cum laude',
  'chink in',
  'coon rapids',
  'chinks in',
  'kaffir lime',
  'spic and span',
  'shiite',
  'shiitake',
  'bs degree',
  'mf doom',
  'pos terminal',
  'roma tomatoes',
  'pussy riot',
  'pussycat',
  'dumb bomb',
  'troll farm',
  'troll factory',
  'like animals',
  'like dogs',
  'like rats',
  'like pigs',
  'like cattle',
  'like vermin',
  // A gap in an argument (`your logic has a hole in it`), which the matcher would read as `ahole`.
  'a hole in',
  'has a hole',
  // Being taken for a fool by those in power is no insult to anyone (`le gouvernement nous prend pour
  // des imbéciles`, `they treat us like idiots`); `mal foutu` is in `text/innocent-names.ts`.
  // …with an adverb between (`nous prend vraiment pour des imbéciles`), and told to stop (round 111: `Arrêtez de nous
  // prendre pour des imbéciles`).
  ...['prend', 'prennent', 'prendre', 'prenez', 'prenait', 'prenaient'].flatMap((verb) =>
    // …and with its object (round 123, `dev134`: `Ces juntes prennent leurs peuples pour des idiots`).
    [
      '',
      'vraiment ',
      'encore ',
      'toujours ',
      'clairement ',
      'franchement ',
      'leurs peuples ',
      'leur peuple ',
      'le peuple ',
      'les gens ',
      'les citoyens ',
      'les electeurs ',
    ].flatMap((adverb) =>
      ['imbeciles', 'idiots', 'cons', 'abrutis'].map((fools) => `${verb} ${adverb}pour des ${fools}`),
    ),
  ),
  'takes us for idiots',
  'take us for idiots',
  'takes us for fools',
  'take us for fools',
  'treats us like idiots',
  'treat us like idiots',
  'treating us like idiots',
  'nos toma por idiotas',
  'nos toman por idiotas',
  'nos toma por tontos',
  'nos toman por tontos',
  'halt uns fur idioten',
  'halten uns fur idioten',
  'halt uns fur blod',
  'halten uns fur blod',
  'держат нас за идиотов',
  'держит нас за идиотов',
  'держат нас за дураков',
  'держит нас за дураков',
  // Places whose names contain a listed word.
  ...INNOCENT_NAMES,
  // French `retard` is a delay.
  'en retard',
  'du retard',
  'de retard',
  'le retard',
  'un retard',
  'les retards',
  'des retards',
  'retard de',
  'retards de',
];
