/**
 * Cue words for threats that name no act (`cue-rules-omens.ts`): the people a menace is aimed at by their
 * office, what is foretold for them, and the condition a writer sets before it. Phrase-list syntax, folded
 * (`text/phrases.ts`).
 */
import type { Cue } from './cue-kinds';
import { cue } from './cue-kinds';

/** The entries, built when the cue phrase set first compiles. */
export const omenCueEntries = (): ReadonlyArray<readonly [string, Cue]> => [
  // People threatened for their office, named by it (`Judge Laptev`, `juez Salcedo`, `alcalde Ortega`):
  // singular only, as addressed or named; the plural (`judges`) stays a third person. A kind of its own,
  // read by these rules alone: `target` (authors, reporters) serves the other threat rules and the model.
  ...cue(
    'official',
    'judge|magistrate|prosecutor|mayor|councillor|councilman|councilwoman|senator|congressman|congresswoman',
    'juez|jueza|magistrado|magistrada|testigo|alcalde|alcaldesa|concejal|concejala|diputado|diputada|senador|senadora',
    'juge|procureur|procureure|temoin|maire|depute|deputee|senateur|senatrice|conseiller|conseillere',
    'richter|richterin|staatsanwalt|staatsanwaltin|zeuge|zeugin|burgermeister|burgermeisterin|abgeordneter|abgeordnete|stadtrat|stadtratin',
    'судья|судье|судью|прокурор|прокурору|свидетель|свидетельница|мэр|мэру|депутат|депутату|губернатор',
    'sudya|sudye|sudyu|prokuror|svidetel|deputat|gubernator',
    'giudice|magistrato|procuratore|testimone|sindaco|sindaca|deputato|deputata|senatore',
    'juiz|juiza|procurador|procuradora|promotor|promotora|testemunha|prefeito|prefeita|deputado|deputada|vereador|vereadora',
    'sedzia|sedzio|prokurator|swiadek|burmistrz|posel|poslanka|radny|radna',
    'hakim|savci|tanik|belediye baskani|milletvekili',
    'суддя|суддi|прокурор|свідок|мер|депутат|депутате|журналісте',
  ),
  // What is foretold for them without naming the act: an accident, not waking up, someone's fate. (`You're
  // next`, `your time is up` are menace in `cue-lexicon.ts`, which rejects alone.)
  ...cue(
    'omen',
    'accidents happen|accidents do happen|accidents can happen|accidents will happen|youre next|won t wake up|will not wake up|never wake up again|your clock is ticking',
    'los accidentes pasan|los accidentes ocurren|los accidentes suceden|los accidentes existen|eres el siguiente|eres la siguiente|no vas a despertar|no despertaras|tu tiempo se acaba|se te acaba el tiempo',
    'les accidents arrivent|un accident est vite arrive|tu es le prochain|tu es la prochaine|t es le prochain|ne te reveilleras pas|ne vous reveillerez pas|ton heure viendra|ton temps est compte',
    'unfalle passieren|unfalle gibt es|du bist der nachste|du bist die nachste|sie sind der nachste|sie sind die nachste|wachen nicht mehr auf|wachst nicht mehr auf|nicht mehr aufwachen|deine zeit lauft ab|ihre zeit lauft ab',
    'несчастные случаи бывают|несчастные случаи случаются|всякое бывает на дорогах|не проснешься|не проснетесь|твое время истекает|ваше время истекает',
    'neschastnye sluchai byvayut|avarii sluchayutsya|avarii byvayut|ne prosnyoshsya|ne prosneshsya',
    'gli incidenti capitano|gli incidenti succedono|sei il prossimo|sei la prossima|non ti sveglierai|il tuo tempo sta finendo',
    'acidentes acontecem|os acidentes acontecem|es o proximo|es a proxima|voce e o proximo|nao vais acordar',
    'wypadki sie zdarzaja|wypadki chodza po ludziach|jestes nastepny|jestes nastepna|nie obudzisz sie',
    'kazalar olur|siradaki sensin',
    'нещасні випадки трапляються|ти наступний|ти наступна|не прокинешся',
  ),
  // Doom said to the person, who is in the words themselves (`ответишь кровью`, `you'll pay with your blood`).
  ...cue(
    'doom',
    'pay with your blood|pay in blood|you ll pay in blood|your hour has come|your days are over',
    'lo pagaras con sangre|lo pagaras con tu sangre|pagaras con sangre|pagaras con tu sangre|te llego la hora|te ha llegado la hora',
    'tu le paieras de ton sang|tu paieras de ton sang|ton heure est venue|ton heure a sonne',
    'das zahlst du mit blut|mit deinem blut bezahlen|mit deinem blut zahlen|deine stunde hat geschlagen|deine stunde ist gekommen',
    'ответишь кровью|заплатишь кровью|ответите кровью|заплатите кровью|твой час пришел|твой час настал',
    'otvetish krovyu|zaplatish krovyu|tvoy chas prishel|tvoi chas prishel',
    'la pagherai col sangue|la pagherai con il sangue|pagherai col sangue|e giunta la tua ora',
    'vais pagar com sangue|pagaras com sangue|vai pagar com sangue|chegou a tua hora',
    'zaplacisz krwia|twoja godzina wybila',
    'kanla odeyeceksin',
    'відповіси кров ю|заплатиш кров ю|відповіси кровю|заплатиш кровю',
  ),
  // Something befalling someone, as mock regret says it (`Wäre schade, wenn ihr da mal was passiert`).
  ...cue(
    'befall',
    'something happened|something happens|something were to happen|something was to happen|anything happened|anything happens',
    'algo le pasara|algo te pasara|algo les pasara|le pasara algo|te pasara algo|le pasase algo|te pasase algo|le ocurriera algo|te ocurriera algo',
    'il lui arrivait quelque chose|il t arrivait quelque chose|il vous arrivait quelque chose|quelque chose lui arrivait|quelque chose t arrivait',
    'was passiert|etwas passiert|was passieren|etwas passieren|was zustosst|etwas zustosst|was zustossen',
    'что-то случится|что то случится|что-нибудь случится|что нибудь случится|что-то случилось бы|chto to sluchitsya|chto nibud sluchitsya',
    'succedesse qualcosa|accadesse qualcosa|le succedesse qualcosa|ti succedesse qualcosa',
    'acontecesse alguma coisa|acontecesse algo|lhe acontecesse algo|te acontecesse algo',
    'cos sie stalo|cos sie stanie|cos ci sie stalo',
    'щось станеться|щось трапиться',
  ),
  // Someone's fate as another's (`farà la fine di Falcone`): a threat only wished or promised soon.
  ...cue(
    'fate',
    'end up like|ends up like|end like|meet the same fate|same fate as',
    'acabara como|acabaras como|terminara como|terminaras como|correra la misma suerte',
    'finira comme|finiras comme|connaitra le meme sort',
    'wird enden wie|wirst enden wie|enden wie',
    'кончит как|кончишь как|закончит как|закончишь как',
    'konchit kak|konchish kak|zakonchit kak|zakonchish kak',
    'fara la fine di|farai la fine di|fare la fine di',
    'vai acabar como|vais acabar como',
    'skonczy jak|skonczysz jak',
    'faccia la fine di|facciano la fine di',
  ),
  // A condition set on what the person writes or decides (`one more line about …`, `noch ein Wort`).
  ...cue(
    'onemore',
    'one more line|one more word|one more article|one more story|one more piece|one more lie|one more name|another word about|another article about|another line about',
    'una linea mas|una palabra mas|un articulo mas|otro articulo sobre|otra palabra sobre|una sola linea mas',
    'un mot de plus|une ligne de plus|un article de plus|encore un article|encore un mot|encore une ligne',
    'noch ein wort|noch eine zeile|noch ein artikel|ein wort mehr|ein falsches urteil|ein falsches wort',
    'еще одно слово|ещё одно слово|еще одну статью|ещё одну статью|еще одна статья|ещё одна статья|еще хоть одну|ещё хоть одну',
    'eshche odno slovo|eshche odnu statyu|eshche hot odnu|esche odnu statyu',
    'un altra parola|un altro articolo|un altra riga|ancora una parola',
    'mais uma linha|mais uma palavra|mais um artigo',
    'jeszcze jedno slowo|jeszcze jeden artykul|jeszcze jedna linijka',
    'ще одне слово|ще одну статтю',
  ),
  // The end of the person's work or life the condition promises (`you won't publish anything ever again`).
  ...cue(
    'final',
    'ever again|never again|nunca mas|nunca jamas|plus jamais|jamais plus|nie wieder|nie mehr|danach du|больше никогда|bolshe nikogda|mai piu|nunca mais|nigdy wiecej|ніколи більше',
  ),
];
