/**
 * Round 38's markers, read from the `semantic` comments of the tuning batches that every check published: the
 * friend, cousin or policeman who "told me" (hearsay as a source), the news said to be kept back (`warum
 * berichtet keiner?`, `вы об этом не прочитаете`), the call to share before it is deleted, and the claim said
 * to be proven. Hearsay and proof claims are weak (a reader's own experience is civil), so two markers hold;
 * sharing before deletion is strong. Weights and syntax as in `misinformation-phrases.ts`; reported, quoted,
 * negated and debunked uses are left alone by `misinformation.ts` as for every marker.
 */
import { entries } from './misinformation-kinds';

export const HEARSAY_PHRASES = [
  // A private source for a public event (`мне знакомый водитель рассказывал`, `hat mir ein Polizist erzählt`).
  ...entries('invented', 'weak', [
    '{мне|mne} ~2 {знакомый|знакомая|znakomyi|znakomyy|znakomaya} ~3 {рассказывал|рассказывала|рассказал|рассказала|говорил|говорила|подтвердил|подтвердила|rasskazyval|rasskazal|govoril|podtverdil}',
    '{знакомый|знакомая|znakomyi|znakomyy} {из|с|iz|s} ~2 {подтвердил|подтвердила|рассказал|рассказала|podtverdil|rasskazal}',
    '{знайомий|знайома} ~3 {підтвердив|підтвердила|розповів|розповіла}',
    'hat mir ein {polizist|bekannter|freund|kollege|nachbar|insider} ~3 {erzahlt|gesagt|bestatigt}',
    '{un ami|un pote|mon cousin|un collegue|une amie|ma cousine} qui {bosse|travaille} ~5 {m a dit|m a confirme|m a raconte}',
    'me lo {paso|dijo|conto|confirmo} un {tecnico|amigo|conocido|policia|primo|funcionario}',
    '{my cousin|my friend|a friend|my brother|my uncle} {works|who works} ~6 {he saw|she saw|saw the|has seen|seen the}',
    // The real figures said to be many times the official ones (`die echten Zahlen sind zehnmal höher`).
    '{the real|the true|die echten|die wahren|los verdaderos|les vrais|реальные|настоящие|realnye} {numbers|figures|zahlen|numeros|cifras|chiffres|цифры|cifry} ~3 {times|mal|veces|fois|раз|raz|zehnmal|dreimal|tenfold|higher|hoher}',
    // The claim said to be proven, with nothing shown.
    '{it s been|it has been|already been|its been} proven',
    '{esta mas que|ya esta|esta} demostrado',
    'wissen alle die sich auskennen',
    '{это давно доказано|eto davno dokazano|давно доказано}',
  ]),
  // The news said to be kept back.
  ...entries('secrecy', 'weak', [
    '{warum|wieso|weshalb} berichtet {keiner|niemand}',
    '{вы об этом не прочитаете|об этом не напишут|об этом молчат|ob etom molchat|ob etom ne napishut}',
    '{media|the press|the media|msm} {just|} {not telling|won t tell|wont tell} {u|you|us}',
    'les medias ~2 ne {diront|disent} jamais',
    '{no interesa|no les interesa|no conviene} contarlo',
    'wonder how long {that|this|the} {article|post|video|story|page} {stays|will stay} up',
    '{usunal|usuneli|usunieto|usunela} w godzine',
  ]),
  // Share it before it is deleted.
  ...entries('secrecy', 'strong', [
    '{partagez|partager|partage} avant {que|qu} {ca|cela|il|elle|on} ~2 {disparaisse|disparaissent|supprime|supprimee|efface|effacee}',
    '{teilt|teilen|teile} ~2 bevor {es|das|sie} ~2 {geloscht|gesperrt|zensiert} wird',
    '{compartid|compartan|comparte|compartelo|compartidlo} ~2 antes de que lo {borren|eliminen|censuren}',
  ]),
  // Round 82 (dev96, dev97): the newspapers that will never tell you; the casualty figures hidden; what they did not
  // want us to see; a man said killed living on under another name; the attack staged by the state's own services.
  ...entries('secrecy', 'strong', [
    '{vos|les|nos|leurs|tes} {journaux|medias|chaines|journalistes|televisions|tele} ne vous le {diront|dira|disent|montreront|diront} {jamais|pas}',
    '{le gouvernement|l etat|les autorites|le pouvoir|ils} {a|ont} cache les {chiffres|vrais chiffres|morts|corps|victimes|bilans}',
    'no {querian|quieren|quisieron|querrian} que {lo viéramos|lo vieramos|vieramos|veamos|lo veamos|supieramos|sepamos|se supiera|se viera}',
  ]),
  ...entries('invented', 'strong', [
    '{alive|living|lives|hiding} ~4 under {another|a new|a different|a false|an assumed} {name|identity}',
    '{faked|fakes|faking} {his|her|their} {own|} death',
    '{vive|vivo|esta vivo} ~4 con {otro nombre|otra identidad|un nombre falso}',
    '{vit|vivant|est vivant} ~4 sous {un autre nom|une autre identite|un faux nom}',
    '{lebt|lebendig} ~4 unter {anderem namen|falschem namen|neuer identitat}',
    '{устроил|устроила|устроили|организовал|организовала|организовали} {сама|сами|само|сам} {снб|фсб|кгб|власть|власти|государство|правительство|спецслужбы|кремль}',
  ]),
  ...entries('insinuation', 'weak', [
    'that s all you need to know',
    '{who|whoever|someone|somebody} covered for {him|her|them|it}',
    'gewisse kreise',
    'mehr muss man {dazu|da|wohl|dazu wohl|hierzu} {nicht|nichts} sagen',
    'schon auffallig',
    'nadie se pregunta por que',
    '{investigad|investiguen|investigadlo|investiguenlo}',
    'это все знают',
    'ne vous le {diront|dira} jamais',
  ]),
];
