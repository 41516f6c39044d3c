/**
 * Cue words of commercial pitches (see `cue-lexicon.ts` for the syntax): money promised, an offer, a
 * product spam sells, a call to action. Two kinds or more make a pitch (`detectors/spam.ts`).
 */
import type { Cue } from './cue-kinds';
import { cue } from './cue-kinds';

/** The entries, built when the cue phrase set first compiles (not at every cold start). */
export const pitchCueEntries = (): ReadonlyArray<readonly [string, Cue]> => [
  ...cue(
    'pitch_money',
    'earn|earned|earning|earnings|make money|made money|income|profit|profits|returns|double your money|per day|a day|per week|per month|a month|daily|weekly|passive income|paid daily|payout|bonus|deposit|odds|jackpot|cashback|commission',
    'gana|ganar|ganancias|ingresos|beneficio|rentabilidad|al dia|por dia|al mes|diario|bono|deposito|cuotas',
    'gagnez|gagner|revenu|revenus|benefice|rendement|par jour|par mois|quotidien|bonus|depot|cotes',
    'verdiene|verdienen|einkommen|gewinn|rendite|am tag|pro tag|im monat|pro monat|taglich|bonus|einzahlung|quoten',
    'заработ*|доход*|прибыл*|в день|в месяц|ежедневно|бонус|депозит|ставк*',
    'zarabot*|dohod|pribyl|v den|v mesyac|ezhednevno|oplata',
    // Round 75 (`/work/audit41`): the investment scam's curator and the deposit multiplied.
    'куратор|куратора|утроить депозит|удвоить депозит|утроила депозит|удвоила депозит|kurator|udvoila depozit|utroila depozit|udvoit depozit|utroit depozit',
    'guadagna|guadagnare|guadagno|guadagni|reddito|profitto|rendimento|al giorno|al mese|bonus|deposito',
    'ganhe|ganhar|ganhos|renda|lucro|rendimento|por dia|todo dia|por mes|bonus|deposito|pix',
    'zarabiaj|zarabiac|zarobek|dochod|zysk|dziennie|miesiecznie|bonus|depozyt',
    'kazan|kazanin|kazanc|gelir|kar|gunde|ayda|bonus|yatirim',
  ),
  ...cue(
    'pitch_offer',
    'guaranteed|guarantee|free|discount|offer|promo|promo code|limited|best price|cheap|cheapest|approved|instant|no credit check|bad credit|risk free|100%|first page|real followers|only 2h|from home|work from home|data entry|hiring now|webinar|consultation|free consultation|accuracy|signals|vip group',
    'garantizado|gratis|descuento|oferta|promocion|barato|aprobado|sin aval|sin nomina|desde casa|trabajo desde casa|respuesta en',
    'garanti|gratuit|gratuite|remise|offre|promo|pas cher|approuve|sans frais|depuis chez vous|travail a domicile|paiement apres resultat|retour de l etre aime',
    'garantiert|kostenlos|gratis|rabatt|angebot|gunstig|gunstige|ohne schufa|sofortauszahlung|von zuhause|heimarbeit|sofort',
    'гарантия|гарантированно|бесплатно|скидка|акция|недорого|дешево|без справок|на дому|работа на дому|с занесением|без комиссии|по лучшему курсу|без предоплаты|работаем круглосуточно',
    'garantiya|besplatno|skidka|nedorogo|deshevo|na domu|rabota na domu|bez komissii|po luchshemu kursu|bez predoplaty',
    'гарантія|безкоштовно|знижка|недорого|дешево|без комісії|без черги|працюємо цілодобово',
    'bezkoshtovno|znyzhka|bez komisii|bez cherhy',
    'garantito|gratis|sconto|offerta|economico|da casa|lavoro da casa|registrati gratis|preventivo gratis|costo zero|a costo zero|offerta valida',
    'garantido|gratis|desconto|oferta|barato|de casa|trabalho em casa|cadastro',
    'gwarantowane|gwarancja|darmowy|za darmo|rabat|oferta|tanio|bez bik|decyzja w|z domu|praca w domu',
    'garantili|ucretsiz|indirim|firsat|ucuz|evden|evden calisarak|detaylar icin',
  ),
  ...cue(
    'pitch_product',
    'loan|loans|credit|crypto|bitcoin|btc|usdt|forex|trading|invest|investment|investing|bullion|gold|casino|betting|bet|bets|poker|viagra|cialis|pills|diet|weight loss|followers|likes|seo|ranking|diploma|degree|essay|replica|watches|psychic|spells|love spell|arbitrage',
    // Round 75 (`/work/audit41`): accounts sold by the lifetime; a courier's job paid by the day.
    'netflix accounts|spotify accounts|iptv|nordvpn|lifetime netflix|premium accounts|работа курьером|rabota kurerom|vakansiya kurerom|вакансия курьер*|на бирже|na birzhe',
    'prestamo|prestamos|credito|creditos|cripto|inversion|invertir|apuestas|apuesta|casino|pastillas|seguidores|diploma|titulo',
    'pret|prets|credit|credits|crypto|investissez|investir|investissement|paris|pari|casino|pilules|abonnes|diplome|voyance|voyant|marabout',
    'kredit|kredite|krypto|investieren|investition|wetten|wette|casino|pillen|follower|diplom|hellseher',
    'кредит*|займ*|микрозайм*|крипт*|инвестиц*|инвестир*|ставки|казино|таблетки|подписчик*|диплом*|гадалк*',
    'kredit|zaym|kripta|investicii|stavki|kazino|podpischiki|diplom',
    'prestito|prestiti|credito|cripto|investire|investimento|trading|scommesse|casino|pillole|follower|diploma',
    'emprestimo|emprestimos|credito|cripto|investir|investimento|apostas|aposta|cassino|casino|comprimidos|seguidores|diploma',
    'pozyczka|pozyczki|kredyt|krypto|inwestycja|inwestuj|zaklady|kasyno|tabletki|obserwujacy|dyplom',
    'kredi|kripto|yatirim|bahis|kumarhane|casino|hap|takipci|diploma',
  ),
  ...cue(
    'pitch_call',
    'click|visit|contact|call|call now|whatsapp|telegram|signal|dm|message me|sign up|register|join now|order now|buy now|book now|apply now|learn more|more info|check out|go to|link in bio|text me',
    'visita|contacta|contactame|llama|llamanos|escribe|registrate|compra|pide|mas informacion|entra en',
    'visitez|contactez|appelez|ecrivez|inscrivez vous|achetez|commandez|plus d infos|rendez vous sur',
    'besuchen|kontakt|kontaktieren|ruf an|rufen sie an|schreiben sie|melden sie sich|jetzt kaufen|bestellen|mehr infos',
    'звоните|пишите|пиши|переходите|заходите|регистрируйтесь|заказывайте|купить|подробности',
    'zvonite|pishite|pishi|perehodite|zahodite|kupit|podrobnosti',
    'пишіть|дзвоніть|переходьте|замовляйте|купити|детальніше',
    'pyshit|dzvonit|zamovliaite|detalnishe',
    'visita|contatta|chiama|scrivi|registrati|acquista|ordina|maggiori informazioni',
    'visite|contacte|ligue|escreva|cadastre se|compre|saiba mais|acesse',
    'odwiedz|kontakt|zadzwon|napisz|zarejestruj|kup|wejdz na|wiecej informacji',
    'ziyaret|iletisim|arayin|yazin|kayit ol|satin al|tiklayin|detaylar',
  ),
  // More of what spam sells and how it says so.
  ...cue(
    'pitch_product',
    'flights|visa|visas|tickets|gummies|supplements|vpn|iphone|watches|bags|handbags|shoes|jewellery|gold bars|recovery|signals|copy trading|forex signals|crypto signals',
    'vuelos|relojes|bolsos|zapatos|joyas|suplementos',
    'vols|montres|sacs|chaussures|bijoux|complements',
    'fluge|uhren|taschen|schuhe|schmuck|nahrungserganzung',
    'часы|сумки|обувь|авиабилеты|виза|визы',
    'orologi|borse|scarpe|gioielli|voli',
    'relogios|bolsas|sapatos|joias|voos',
    'zegarki|torebki|buty|bilety',
    'saat|canta|ayakkabi|bilet',
  ),
  ...cue(
    'pitch_offer',
    'today only|only today|limited time|certified|our experts|expert team|factory price|best odds|accuracy|guaranteed returns',
    'solo hoy|precio de fabrica|oferta relampago|certificado',
    'aujourd hui seulement|prix usine|certifie',
    'nur heute|fabrikpreis|zertifiziert',
    'только сегодня|по цене производителя|сертифицирован*',
    'solo oggi|prezzo di fabbrica|certificato',
    'so hoje|preco de fabrica|certificado',
    'tylko dzis|cena fabryczna|certyfikowan*',
    'sadece bugun|fabrika fiyati|sertifikali',
  ),
  ...cue(
    'pitch_money',
    'weekly returns|monthly returns|roi',
    'beneficios|rendimientos|en un mes',
    'benefices|en un mois|rendements',
    'gewinne|ertrage|in einem monat',
    'прибыль|за месяц',
    'guadagni|in un mese',
    'lucros|em um mes|num mes',
    'zyski|w miesiac',
    'kazanc|bir ayda',
  ),
  ...cue(
    'pitch_product',
    'lottery|spells|spell caster|bring back your ex|brought my ex back|essays|theses|dissertations|perfumes|perfume|viagra|potenzmittel|balkonkraftwerk|recover your money|lost money|вернуть деньги|recuperar su dinero|recuperer votre argent',
  ),
  ...cue(
    'pitch_offer',
    'no experience needed|positions left|spots left|plagiarism free|24h delivery|use code|promo code|ofertas|envio gratis|livraison gratuite|versandkostenfrei|rezeptfrei|bez recepty|consultation gratuite|консультация бесплатно',
  ),
  ...cue(
    'pitch_call',
    'email|e mail|apply|apply at|bestellung|bestellen sie|консультация|consultation|solicita|postulez|bewerben',
  ),
  // Testimony and scarcity, the two moves of a pitch dressed as a comment.
  ...cue(
    'pitch_offer',
    'changed my life|changed our lives|me cambio la vida|a change ma vie|hat mein leben verandert|изменил мою жизнь|mudou a minha vida|cambiato la vita|zmienil moje zycie|limited spots|spots left|vagas limitadas|plazas limitadas|places limitees|begrenzte platze|мест ограничено|posti limitati|liczba miejsc ograniczona|gunstig*|billig*|from home|w domu|desde casa|a domicile|em casa|da casa|na domu|evden',
  ),
  ...cue('pitch_call', 'order|join|jetzt starten|start now|empieza ya|commencez|pishi|пиши|telegu|телегу'),
  ...cue(
    'pitch_product',
    'parfum*|perfum*|bot|trading bot|krypto*|course|curso|kurs|cours|corso|webinar|mentor',
  ),
  // Round 57 (`/work/audit30`): presales, bulk accounts and SIM cards, free spins, fixed matches, loans without papers.
  ...cue(
    'pitch_offer',
    'presale|pre sale|100x|half price|in bulk|0 down|zero down|free quote|a mitad de precio|moitie prix|zum halben preis|in grossen mengen',
    'оптом|в розницу|без депозита|optom|v roznicu|bez depozita|bez spravok',
  ),
  ...cue(
    'pitch_product',
    'meme coin|new coin|sim cards|verified accounts|markenuhren|verifizierte|free spins|fixed matches|solar panels',
    'сим карты|аккаунты|фриспин*|договорн* матч*|деньги в долг|sim karty|akkaunty|frispin*|dogovornym matcham|dengi v dolg|insayd',
  ),
  ...cue(
    'pitch_call',
    'start here|get a free quote|найдите его|в телеге|в телеграме|звонить #|naydite ego|v telege|v telegrame|telega|zvonit #|pisat',
  ),
];
