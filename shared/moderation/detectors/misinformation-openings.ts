/**
 * The misinformation markers read on a comment's text rather than its words (`misinformation.ts`): how it opens
 * (a news flash, a claim stamped as verified), a fact declared official, a stamp closing it (round 110), and the
 * insinuating question answered at once.
 */

/** Opening words of a comment that dresses itself as a news flash: `BREAKING:`, `СРОЧНО!`. */
const NEWS_FLASH =
  /^[\s\p{P}\p{S}]*(breaking(?: news)?|just in|urgent|exclusive|exclusif|exclusivité|exclusivite|exklusiv|эксклюзив|última hora|ultima hora|urgente|exclusiva|eilmeldung|eilt|dringend|срочно|молния|терміново|alerte|flash info|ultim'ora|son dakika|pilne|derni[eè]re minute|srochno)\s*(?:[:!‼—–])/iu;

/**
 * A claim stamped as verified at the start of a comment (round 32: `Fact: …`, `Confirmed: …`, `Es un hecho: …`,
 * `Доказано: …`): a strong marker. Written as a weak one first; of the tuning batches' comments, the ten that
 * open so were all harmful (nine invented claims, one threat), none civil.
 */
const VERIFIED_OPENER =
  /^[\s\p{P}\p{S}]*((?:confirmado|confirmed|confirmé|confirme|bestätigt|bestatigt|подтверждено) (?:por|by|par|von|двумя) (?:dos|two|deux|zwei) ?(?:medios|outlets|sources|médias|medias|fuentes|medien|quellen|сми)?|facts?|(?:just |now |officially )?confirmed|bestätigt|bestatigt|c'est confirmé|c'est confirme|proven|it'?s official|es un hecho|confirmado|demostrado|comprobado|c'est prouvé|c'est prouve|c'est officiel|prouvé|fakt ist|fakt|belegt|bewiesen|доказано|подтверждено|доведено|факт|è ufficiale|e ufficiale|confermato|kesin bilgi|feit|bewezen|comprovado|udowodnione)\s*[:!]/iu;

/**
 * A fact declared official or confirmed at the start of a sentence, with up to three words before its colon or comma
 * (round 54: `It's confirmed, the president already resigned`, `Уже официально: …`, `C'est officiel depuis ce matin :`):
 * a weak marker, unlike `VERIFIED_OPENER` (`It's official, Spurs have a new manager` is news).
 */
export const DECLARED_OFFICIAL =
  /(?:^|[.!?]\s+)[\s\p{P}\p{S}]*((?:it'?s|it is) (?:confirmed|official)|now official|c'est officiel|es oficial|ist (?:jetzt )?offiziell|уже официально|официально|uzhe oficialno)(?:\s+[\p{L}\p{N}]+){0,3}\s*[:,]/iu;

export const OPENINGS: ReadonlyArray<readonly [RegExp, string]> = [
  [NEWS_FLASH, 'a comment dressed as a news flash'],
  [VERIFIED_OPENER, 'a claim stamped as verified'],
];

/**
 * The insinuating question answered at once: `Coincidence? I don't think so.` (a phrase never spans the
 * question mark between them, so it is read on the text).
 */
export const NO_COINCIDENCE =
  /(?<![\p{L}\p{N}])(coincidence|совпадение|sovpadenie|zufall|casualidad|coincidencia|hasard|co[iï]ncidence|coincidenza|przypadek)\s*\?+\s*(?:i (?:don['’]?t|do not) think so|i think not|не думаю|ne dumayu|glaube ich nicht|ich glaube nicht|wohl kaum|no lo creo|je ne crois pas|je ne pense pas|non credo|nie s[aą]dz[eę])(?![\p{L}\p{N}])/iu;

/**
 * A stamp as the comment's last sentence (round 110: `… Confirmed.`, `… Documented.`, `… Comprobado.`,
 * `… Подтверждено.`), or a quote stamped as verbatim there (`His exact words.`, `Дословно.`, `It's on tape.`):
 * `mot pour mot` inside a sentence is as often a reader's complaint (`reprend mot pour mot la version officielle`).
 */
export const STAMP_CLOSER =
  /(?:^|[.!?]\s+)((?:it'?s )?(?:confirmed|documented|proven|fact|word for word|verbatim|(?:his|her|their) exact words|(?:that'?s )?a direct quote|on (?:tape|video|camera)|mot pour mot|palabra por palabra|textualmente|wortwörtlich|wörtlich|дословно|doslovno|(?:eto|это) na video|это на видео|comprobado|confirmado|documentado|demostrado|c'est confirmé|c'est prouvé|prouvé|documenté|bestätigt|belegt|bewiesen|подтверждено|доказано|задокументировано|podtverzhdeno|dokazano))\s*[.!]*\s*$/iu;

const REMEMBER =
  'remember|i still remember|remind me|vous vous souvenez|tu te souviens|rappelez-vous|rappelez vous|souvenez-vous|erinnert sich noch jemand|erinnert ihr euch|а помните|помните|pomnite|os acordáis|os acordais|recordáis|recordais|acordaos|recuerdan';
const SAYING =
  'said|saying|say|sagte|gesagt|a dit|disait|dijo|decía|decia|сказал|сказала|говорил|skazal|skazala';
/**
 * A quote remembered, the quote itself following (round 110: `Remember Stoltenberg saying in 2023: "…"`, `А помните, как
 * Макрон в 2023 году сказал: «…»`): the verb of saying within 80 characters of the reminder, then a quotation mark or a
 * colon within 40 more, in one sentence. Round 114: not a statement remembered in the commenter's words (`Remember when
 * the Kremlin spent January 2022 saying it had no plans to invade?`).
 */
export const REMEMBERED_QUOTE = new RegExp(
  `(?<!\\p{L})((?:${REMEMBER})(?!\\p{L})[^.?!]{0,80}?(?<!\\p{L})(?:${SAYING}))(?!\\p{L})[^"«“„.?!]{0,40}?[:"«“„]`,
  'iu',
);
