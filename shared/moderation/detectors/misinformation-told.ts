/**
 * Round 110's markers (`/work/audit58`, a red-team of invented news and disinformation stated as fact, which found
 * 134 of its 200 probes published): not the claims, which are new every week (a leader dead, in a coma, arrested or
 * fled; ballots found in a river; a quote no one said), but how a commenter vouches for them — the quote stamped as
 * verbatim or remembered, Telegram as the source, the event said to be kept quiet or held back, the insider somewhere
 * who saw it, the secret side deal, the place where everyone knows, the question that asserts, the fact the article
 * left out. All weak: each is said of true news too (`Reuters has the full quote, word for word`), so two are needed
 * to hold. Weights and syntax as in `misinformation-phrases.ts`.
 */
import { entries } from './misinformation-kinds';

/** Kin and acquaintances who saw it themselves (round 110). */
const KIN =
  '{aunt|uncle|cousin|brother|sister|friend|colleague|neighbour|neighbor|brother in law|sister in law|son|daughter|mate}';

export const TOLD_PHRASES = [
  ...entries('invented', 'weak', [
    // Telegram as the source (`Уже в телеграме:`, `ya está en telegram`, `Steht schon auf Telegram`).
    '{already on|all over|it s on|its on|it was on|it s all over} telegram',
    '{уже|uzhe} {в|v} {телеграме|телеграмме|телеге|telegrame|telege}',
    '{ya esta|ya salio|esta} en telegram',
    '{deja|c est deja|c est} sur telegram',
    '{schon|steht schon|steht} auf telegram',
    // The forgetting after a quote remembered (the quote itself: `REMEMBERED_QUOTE`, misinformation-openings.ts).
    '{people forget so fast|people forget so quickly|how quickly people forget|how fast people forget|personne ne l a releve}',
    'nobody ~4 {recall|recalls}',
    // The insider somewhere who saw it (`My aunt in Beirut watched`, `ein Bekannter bei der Armee sagt`).
    `{my|a} ${KIN} {in|at|with|from|there} ~3 {watched|saw|counted|knows|swears|writes|wrote}`,
    `{my|a} {doctor|nurse|cop|police|army|soldier|pilot} {friend|mate} ~4 {told me|says|said|swears}`,
    '{a|my} colleague of mine ~3 {counted|saw|says|said|told me}',
    '{ein|eine|mein|meine} {freund|freundin|bekannter|bekannte|kollege|kollegin} {in|bei|aus} ~3 {sagt|kennt|meint|erzahlt|hat gesehen}',
    'mein {schwager|bruder|cousin|onkel|neffe|sohn} ist dabei',
    '{знакомый|знакомая|друг|брат|родственники|кум|сват} {в|из|на} ~3 {рассказывал|рассказывает|рассказал|пишут|пишет|говорит|говорил}',
    '{mi|un} {primo|prima|tio|tia|amigo|amiga|vecino|vecina|cunado|hermano} trabaja en',
    '{mi|un} {primo|prima|tio|tia|amigo|amiga|vecino|vecina|cunado|hermano} es {enfermera|enfermero|medico|medica|policia|militar|funcionario|funcionaria}',
  ]),
  ...entries('secrecy', 'weak', [
    // The event kept quiet or held back (`They're keeping it quiet until …`, `власти всё скрывают`).
    '{keeping it quiet|keep it quiet|keeping this quiet|keeping quiet about it}',
    '{is|are|being} held back',
    '{announce it|announce|they ll announce it} after the',
    '{not announced yet|haven t announced it|won t announce it|not announcing it}',
    '{не объявляют|ne ob yavlyayut|ne obyavlyayut}',
    '{banned reporting|reporting is banned|news is being blocked|the news is blocked}',
    '{tienen prohibido hablar|les prohibieron hablar|prohibido hablar de}',
    'told internally',
    '{before they deleted it|before it was deleted|pulled after an hour|was pulled after}',
    // Silence in the media, not a reader's `Ни слова от семьи погибшего` about an article (round 114, `dev119`).
    '{по телевизору|в новостях|в сми|в прессе|po televizoru|v novostyakh|v smi} ни слова',
    'ни слова {по телевизору|в новостях|в сми|в прессе}',
    '{po televizoru|v novostyakh|v smi} ni slova',
    '{no dice nada|no dicen nada|nadie dice nada}',
    '{weiss es und schweigt|wissen es und schweigen|und schweigt|und schweigen}',
    '{covered it up|covering it up|covered that up}',
    '{le cache|le cachent|la cache|les cache}',
    // A secret side deal (`in the secret Cairo side deal`, `in a side letter`, `behind Zelensky's back`).
    '{secret|secretly} ~2 {deal|side deal|agreement|protocol|annex|pact}',
    '{side letter|side deal}',
    'behind {his|her|their|its|our|everyone s|everybody s} back',
    'behind ~2 s back',
    // Everyone in a place knows (`Everyone in Moscow knows`, `in Peking weiß jeder`, `Lo sabe la Policía Nacional`).
    '{everyone|everybody} in ~2 knows',
    '{weiss jeder|weiss das jeder|jeder weiss das}',
    'every {scientist|doctor|nurse|cop|insider|soldier|official|journalist} knows',
    '{lo sabe|preguntad a|pregunta a|preguntale a} {cualquier|la|el} ~2 {policia|medico|militar|guardia}',
  ]),
  ...entries('insinuation', 'weak', [
    // The question that asserts (`does anyone else find it strange that …`, `Vous savez pourquoi … ?`).
    'does anyone else find it {strange|odd|weird|funny|curious}',
    'someone knows something',
    '{wieso|warum} {redet|spricht} keiner',
    'vous savez pourquoi',
    // The fact the article left out (`you skipped the obvious part`, `se os olvida que`, `не упомянули, что`).
    '{skips|ignores|omits|skipped|ignored|omitted} the fact that',
    '{doesn t|does not|didn t|did not|fails to|failed to|forgot to|forgets to} mention that',
    '{se os olvida|se les olvida|se te olvida|se os olvido|se les olvido} que',
    'lo que no cuenta',
    '{не упомянули|не упомянул|автор опустил|умолчали}',
    'nur fehlt dass',
  ]),
  // Round 112 (`dev115`–`dev118`): asking said to be forbidden, a billionaire left unnamed, no coincidences, orders
  // from a capital, the protesters' pay, hearsay confirmed, and search before it is deleted.
  ...entries('insinuation', 'weak', [
    '{we re|we are|you re|you are|were} not allowed to {ask|notice|question}',
    '{fragen stellen|nachfragen} ist ~2 verboten',
    '{darf|durfen} man ~2 nicht {fragen|mehr fragen}',
    'on n a pas le droit de {poser|demander|se demander}',
    'no se puede {preguntar|ni preguntar}',
    '{нельзя|nelzya} {задавать вопросы|спрашивать|zadavat voprosy}',
    '{a certain|un certain|un cierto|cierto|ein gewisser|einem gewissen} ~2 {billionaire|financier|gentleman|milliardaire|millonario|magnate|herr|milliardar}',
    '{совпадений не бывает|случайностей не бывает|sovpadeniy ne byvaet|sluchaynostey ne byvaet}',
    '{по указке|po ukazke|sur ordre de|aux ordres de} ~2 {washington|vashingtona|вашингтона|londona|лондона|moskvy|москвы|brukselya|la cia|l otan|paris|moscou}',
    '{etaient payes|sont payes|ont ete payes} combien',
    'how much {were they|are they} paid',
    'cuanto les {pagaron|pagan}',
    'wie viel {wurden|werden} sie bezahlt',
    `{my|a} {nurse|doctor|cop|police|army|soldier|pilot} {friend|mate} ~4 {confirmed it|confirmed|confirms}`,
    'me l a confirme',
    `heard from {a|my} ${KIN} who s a`,
    '{busquenlo|buscadlo|buscalo} antes {de que|que} lo {borren|eliminen|quiten}',
    'avant {qu ils le|qu on le} {suppriment|supprime|supprimme|retire|retirent}',
    'bevor {es|das|sie} ~1 {geloscht|gesperrt|entfernt} wird',
    '{пока не удалили|poka ne udalili}',
  ]),
  // Round 115 (`/work/audit59`): the quote or the article said scrubbed afterwards, the insider at work, everyone on
  // the spot knows.
  ...entries('secrecy', 'weak', [
    '{they|someone|somebody} {cut|scrubbed|deleted|removed} {the second half|that part|the clip|the video|the interview|it}',
    '{was|got|has been} {scrubbed|deleted|pulled} {from|everywhere|after}',
    '{ya lo han|lo han|lo borraron} {borrado|quitado}',
    '{l ont|ont} {efface|supprime|retire}',
    'wurde ~3 {rausgeschnitten|geloscht|entfernt}',
    '{потом|potom} ~1 {вычистили|удалили|vychistili|udalili}',
    '{jeder|alle} vor ort {weiss|wissen} ~1 {das|es}',
    'tout le monde ~1 le sait',
  ]),
  ...entries('invented', 'weak', [
    '{ma|mon} {voisine|voisin|cousin|cousine|beau frere|belle soeur|frere|soeur|ami|amie|collegue|tante|oncle} {travaille|bosse} {au|a la|a l|dans|chez|pour}',
    '{mein|meine} {schwager|schwagerin|bruder|schwester|cousin|cousine|nachbar|nachbarin|kollege|kollegin|onkel|tante} {war|ist|arbeitet} {beim|bei|im|in der}',
    `{my} ${KIN} {works|worked} {at|for|in} the`,
  ]),
];
