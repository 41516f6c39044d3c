/**
 * Cue words for veiled calls to violence (see `cue-rules-veiled.ts`): what organisers of a mob say to
 * keep the police away, a ruler's daydream, mock regret, and what would be left of a place.
 */
import type { Cue } from './cue-kinds';
import { cue } from './cue-kinds';

/** The entries, built when the cue phrase set first compiles (not at every cold start). */
export const veiledCueEntries = (): ReadonlyArray<readonly [string, Cue]> => [
  // Keeping a gathering from the police: phones left at home, no police yet, masks, `they can't stop us`.
  ...cue(
    'evade',
    'leave the phones at home|leave your phones at home|leave phones at home|no phones|phones off|no cameras|cover your faces|bring masks|wear masks|before the police arrive|before the cops arrive|cops won t be there|police won t be there|no police till|they can t stop us all',
    'nada de moviles|sin moviles|dejad los moviles en casa|deja el movil en casa|sin camaras|tapaos la cara|antes de que llegue la policia|la policia no estara|no nos pueden parar',
    'sans telephone|sans telephones|laissez les telephones|laissez vos telephones|pas de telephone|cagoules|les flics seront pas la|les flics ne seront pas la|la police ne sera pas la|avant que les flics arrivent|avant l arrivee des flics',
    'ohne handy|handys zu hause lassen|handys daheim lassen|keine handys|vermummt|bevor die polizei kommt|bevor die bullen kommen|desto weniger konnen die uns aufhalten|konnen uns nicht aufhalten|konnen die uns nicht aufhalten',
    'без телефонов|телефоны оставьте дома|телефоны дома оставить|пока менты не приехали|пока полиция не приехала|в масках|нас не остановят',
    'bez telefonov|telefony ostav te doma|poka menty ne priehali',
  ),
  // A ruler's daydream: `if I were in charge`, `si yo mandara`, `wenn es nach mir ginge`, `будь моя воля`.
  ...cue(
    'ifruled',
    'if i were in charge|if i was in charge|if i ran things|if i ran this country|if it were up to me|if it was up to me|if i had my way|if i were president|if i was president|give me one day in charge',
    'si yo mandara|si mandara yo|si fuera por mi|si dependiera de mi|si yo gobernara|si yo fuera presidente',
    'si j etais au pouvoir|si c etait moi qui decidais|si ca ne tenait qu a moi|si j etais president',
    'wenn ich was zu sagen hatte|wenn ich etwas zu sagen hatte|wenn es nach mir ginge|wenn ich kanzler ware|wenn ich das sagen hatte',
    'если бы решал я|если бы я решал|если бы я был у власти|будь моя воля|будь я президентом|дали бы мне волю',
    'esli by reshal ya|esli b reshal ya|esli b ya byl u vlasti|esli by ya byl u vlasti|bud moya volya',
    'se fosse per me|se comandassi io|gdyby to zalezalo ode mnie|ben yonetseydim',
  ),
  // What would be left of a place: nothing, a crater, not one stone upon another.
  ...cue(
    'gone',
    'wouldn t exist|would not exist|would no longer exist|wouldn t exist anymore|would be a crater|would be a car park|would be a parking lot|would be glass|nothing would be left|nothing left standing|not one stone|off the map',
    'ya no existiria|no existiria|no quedaria nada|no quedaria piedra sobre piedra|seria un crater|borrada del mapa|borrado del mapa',
    'n existerait plus|n existerait pas|il n en resterait rien|rayee de la carte|raye de la carte|un cratere',
    'gabe es nicht mehr|gabe es das dorf morgen nicht mehr|gabe es morgen nicht mehr|ware nur noch ein krater|kein stein auf dem anderen|von der landkarte',
    'не существовало бы|не было бы|осталась бы одна воронка|остался бы один кратер|камня на камне не осталось бы|камня на камне|стерт с карты|стёрт с карты|стерли бы с карты',
    'ne sushchestvovalo by|ostalas by odna voronka|kamnya na kamne ne ostalos|kamnya na kamne',
    'non esisterebbe piu|nie istnialoby',
  ),
  // Mock regret over a disaster to come: `would be a shame if`, `qué pena sería que`, `жаль будет, если`.
  ...cue(
    'mockregret',
    'would be a shame if|be a shame if|would be a pity if|shame if something happened|kinda sad the|sad that it s still standing|shame it s still standing|still standing tbh',
    'que pena seria que|seria una pena que|que pena si|lastima que siga en pie',
    'ce serait dommage que|ce serait dommage si|dommage qu il soit encore debout',
    'ware schade wenn|ware doch schade wenn|schade dass es noch steht',
    'жаль будет если|было бы жаль если|будет обидно если|жалко будет если|будет жаль если|будет очень жаль если|было бы очень жаль если|будет очень обидно если',
    'zhal budet esli|bylo by zhal esli|budet zhal esli|budet ochen zhal esli',
  ),
  // Euphemisms for killing that a news comment never means otherwise (`let the sea do its job`, `sudden
  // lead poisoning`, `Sonderbehandlung`, `в расход`, `CPF cancelado`): held alone, rejected with people
  // or a place named beside them.
  ...cue(
    'euphemism',
    'let the sea do its job|let the sea do the work|let the sea take them|let the sea sort it|sleep with the fishes|sleeping with the fishes|the fish need feeding|fish need feeding|feed the fish|feed the fishes|feed them to the fish|one way ticket to the afterlife|one-way ticket to the afterlife|one way ticket east|six feet under|six feet down|lead poisoning|long walk off a short pier|helicopter ride|helicopter rides|free helicopter ride|free helicopter rides|the long sleep|unalive|unalived|tiananmen treatment|bomb it till the rubble bounces|make the rubble bounce|pest control for',
    'que el mar haga su trabajo|que el mar haga el trabajo|dormir con los peces|al fondo del mar|boleto directo al panteon|billete directo al cementerio|pasaje de ida al cementerio|borrar del mapa con',
    'que la mer fasse son travail|la mer fait deja le tri|nourrir les poissons|six pieds sous terre|un aller simple pour le cimetiere|rayer de la carte|un p tit nettoyage au napalm|nettoyage au napalm',
    'endlosung|sonderbehandlung|ins gas|uber den jordan|den fischen zum frass|die fische ihr futter|lasst die fische|sechs fuss unter die erde',
    'в расход|к праотцам|на корм рыбам|концерт кобзона|кормить рыб|на тот свет|в утиль|v rashod|k praotcam|na korm rybam|koncert kobzona',
    'dormire con i pesci|a dormire con i pesci|cpf cancelado|do piachu|wyslac do piachu|balik yemi',
  ),
  // Weaker ones, which have literal uses (`mow the grass` on a Sunday): held with people or a place beside them.
  ...cue(
    'euphemism_weak',
    'mow the grass|mowing the grass|mow the lawn|glass it|glass them|glass that|turn it into a car park|turn them into a car park|take out the trash|taken out with the trash|a very big broom|needs a broom|clean the streets|cleaning the streets|wipe the map|off the map|a permanent solution|final solution|the other thing|deal with them|relocated',
    'limpieza que hace falta|limpiar las calles|solucion definitiva|solucion final|una buena limpieza',
    'un bon coup de balai|nettoyer les rues|solution finale|solution definitive|le karcher',
    'endgultige losung|grundlich aufraumen',
    'зачистить|зачистка|зачистку|пора зачистить|окончательное решение|окончательно решить|zachistit|zachistka',
    'bella ripulita|soluzione finale|ripulire',
  ),
  // Fire and ruin after mock regret.
  ...cue(
    'burning',
    'burn|burned|burns|burning|burnt|fire|fires|on fire|blaze|go up in flames|power cuts|fewer hospitals|less hospitals|still standing',
    'ardiendo|arder|arda|ardiera|quemara|quemase|fuego|incendio|llamas',
    'brule|brulait|bruler|flammes|incendie|en feu',
    'brennt|brennen|brannte|abbrennen|abbrennt|feuer|flammen',
    'загорится|загорелось|сгорит|сгорело|горит|пожар|огонь',
    'zagoritsya|sgorit|gorit|pozhar',
  ),
];
