/** The phrase lists of the spam detector (`spam.ts`): offers, testimonials, scheme words, money context. */
import { PhraseSet } from '../text/phrases';

export type Kind =
  | 'offer'
  | 'weak_offer'
  | 'scheme'
  | 'testimonial'
  | 'earn'
  | 'period'
  | 'price_word'
  | 'from_word'
  | 'messenger'
  | 'private'
  | 'search';

export const PHRASES = new PhraseSet<Kind>([
  // Messengers: a channel when a number, a handle or a contact verb goes with them.
  [
    '{whatsapp|whats|telegram|tg|viber|signal|wechat|wickr|snapchat|snap|kik|insta|instagram|ватсап|вотсап|вацап|телеграм*|телега|вайбер}',
    'messenger',
  ],
  // Round 32: the private message offered as the channel (`pregúntame en privado`, `Подробности в личке`,
  // `PN an mich`): a channel by itself, as weak as a messenger named with a contact verb.
  [
    '{preguntame|escribeme|escribidme|mandame|hablame|pregunten|escriban} {en|por|al} {privado|dm|md|priv}',
    'private',
  ],
  ['{подробности|пишите|напишите|пиши|напиши|детали|стучите} в {личку|личке|лс|директ}', 'private'],
  ['{podrobnosti|pishite|napishite|pishi|napishi} v {lichku|lichke|ls|direkt}', 'private'],
  ['{pn|dm|pm} an mich', 'private'],
  // Round 90: the link put where the moderator cannot see it (`link in my profile`).
  [
    '{link|links|enlace|lien|ссылка|ssylka} {in|en|dans|в|v} {my|the|mi|ma|mon|meinem|der|моем|моём|профиле|био|bio|profile|perfil|profil}',
    'private',
  ],
  ['{ecrivez moi|ecris moi|contactez moi|contacte moi} en {mp|prive|dm}', 'private'],
  // Round 33: the private message asked for (`Envoyez-moi un MP`, `Schreib mir eine PN`, `Mándame un MD`).
  ['{envoyez moi|envoie moi|envoyez nous|ecrivez moi|ecris moi} un {mp|message prive|dm}', 'private'],
  [
    '{schreib|schreibt|schreiben sie|schick|schickt} {mir|uns} {eine|ne|} {pn|dm|private nachricht|privatnachricht}',
    'private',
  ],
  ['{mandame|enviame|escribeme|mandadme} un {md|privado|mensaje privado|dm}', 'private'],
  ['{send|drop|shoot} {me|us} a {dm|pm|private message}', 'private'],
  // Finding the seller by name.
  ['{search for|google|look up|googelt|busca|buscad|busquen|cherchez|tapez|ищите|гуглите}', 'search'],
  // Strong offers.
  // Round 32: followers and likes for sale (`Compra seguidores reales para Instagram`).
  [
    '{compra|comprar|compre|buy|achetez|acheter|kaufe|kaufen|купи|купить|kupi|kupit} ~2 {seguidores|followers|abonnes|follower|likes|подписчиков|podpischikov|лайки|layki}',
    'offer',
  ],
  ['free {trial|trials|shipping|delivery|consultation}', 'offer'],
  // Round 114 (`dev119`): a business's own method or offer, and the free call (`grâce à notre méthode … Appel gratuit`).
  [
    '{thanks to|with|grace a|avec|gracias a|con|dank|mit} {our|notre|nos|nuestro|nuestra|nuestros|unsere|unserer|unserem} {method|methode|metodo|system|systeme|sistema|formula|formule|programme|program|programa}',
    'offer',
  ],
  [
    '{appel gratuit|appelez gratuitement|llamada gratuita|llame gratis|kostenloser anruf|free call|call free}',
    'offer',
  ],
  ['no {credit|card|prescription|deposit|upfront} {check|checks|needed|required|fees|fee|}', 'offer'],
  ['{no|without} {experience|prior experience} {needed|required|necessary|}', 'offer'],
  ['{ships|shipping|delivery} worldwide', 'offer'],
  ['worldwide {shipping|delivery}', 'offer'],
  ['{100|hundred} {legal|guaranteed|safe|secure|legit}', 'offer'],
  ['guaranteed {results|returns|profit|profits|income|approval|win|wins}', 'offer'],
  ['money back guarantee', 'offer'],
  ['{use|promo|discount|coupon} code', 'offer'],
  ['only # {left|positions|spots|places|seats|slots}', 'offer'],
  ['limited {offer|spots|places|time offer}', 'offer'],
  ['{order|buy|apply|register|sign up|join} {now|today}', 'offer'],
  [
    '{order|orders|ordering|buy|bestellung|bestellen|kaufen|commande|commandez|pedido|pedidos|заказ*} {at|on|via|unter|auf|sur|en|на}',
    'offer',
  ],
  ['{click|tap} {here|the link|link}', 'offer'],
  ['{passive|extra|daily|weekly|side} income', 'offer'],
  ['financial freedom', 'offer'],
  ['be your own boss', 'offer'],
  ['{earn|earning|make|making} ~2 from home', 'offer'],
  ['from {my|your|the} {laptop|phone|couch|sofa|home}', 'offer'],
  ['plagiarism free', 'offer'],
  ['{24h|24 hour|24 hours} delivery', 'offer'],
  ['{discreet|discrete} {shipping|delivery|packaging}', 'offer'],
  ['{brought|bring|get} {my|your|his|her} {ex|husband|wife|lover|partner} back', 'testimonial'],
  ['{envio|entrega} {gratis|gratuito|gratuita}', 'offer'],
  ['sin {aval|buro|receta|experiencia|comisiones|intereses}', 'offer'],
  ['{resultados|exito} {garantizados|garantizado}', 'offer'],
  ['{escriban|escribanme|escribeme|contactame|contactenme|llamen|llamame} {al|a|por|}', 'offer'],
  ['atencion 24', 'offer'],
  ['{gana|ganar|ganando} dinero', 'offer'],
  ['{livraison|consultation} {gratuite|offerte}', 'offer'],
  ['{resultat|resultats|succes|reussite} {garanti|garantis|garantie}', 'offer'],
  ['sans {ordonnance|engagement|frais de dossier}', 'offer'],
  ['retour {immediat|rapide} de l etre aime', 'testimonial'],
  ['rejoi* mon groupe', 'offer'],
  ['{gagner|gagnez} de l argent', 'offer'],
  ['{ohne|keine} {schufa|bonitatsprufung|rezept}', 'offer'],
  ['{rezeptfrei|versandkostenfrei|sofortkredit*}', 'offer'],
  ['jetzt {anfragen|bestellen|kaufen|testen|sichern|anmelden|zugreifen}', 'offer'],
  ['auszahlung in', 'offer'],
  // Round 33: side income and weekly pay in the readership's other languages, as `extra income` in English.
  ['{revenu|revenus} {complementaire|complementaires|supplementaire|supplementaires}', 'offer'],
  ['{paiement|paye|paie} {chaque|toutes les} {semaine|semaines|vendredi}', 'offer'],
  ['{ingresos|ingreso|dinero} extra', 'offer'],
  ['{pago|cobro|pagos} {cada|todas las} {semana|semanas|viernes}', 'offer'],
  ['{nebenjob|nebenverdienst|zusatzeinkommen}', 'offer'],
  ['auszahlung {jeden|jede|jedes} {freitag|tag|woche|wochenende}', 'offer'],
  ['auszahlung {taglich|wochentlich}', 'offer'],
  ['{выплаты|оплата} {каждую|каждый} {неделю|пятницу|день}', 'offer'],
  ['{выплаты|оплата} еженедельно', 'offer'],
  ['{zeige|zeig} euch wie', 'offer'],
  ['{консультаци*|доставк*} бесплатн*', 'offer'],
  ['бесплатн* {консультаци*|доставк*}', 'offer'],
  ['помогу {вернуть|заработать|получить|оформить}', 'offer'],
  // Italian, Portuguese, Polish, Ukrainian, Turkish.
  ['{preventivo|preventivi|consulenza|spedizione} {gratis|gratuito|gratuita|gratuiti}', 'offer'],
  ['{a costo zero|offerta valida|offerta limitata|solo per oggi|guadagna da casa}', 'offer'],
  ['{orcamento|frete|entrega|consulta} {gratis|gratuito|gratuita}', 'offer'],
  ['{oferta valida|oferta limitada|so hoje|ganhe dinheiro|renda extra}', 'offer'],
  ['{darmowa|bezplatna} {wycena|dostawa|konsultacja}', 'offer'],
  ['{oferta wazna|tylko dzis|zarabiaj w domu|dodatkowy dochod}', 'offer'],
  ['{безкоштовна|безкоштовно} {консультація|доставка}', 'offer'],
  ['{пропозиція діє|тільки сьогодні|додатковий дохід}', 'offer'],
  ['{ucretsiz|bedava} {kargo|teklif|danisma|deneme}', 'offer'],
  ['{kampanya gecerli|sadece bugun|evden para kazan|ek gelir|hemen uye ol}', 'offer'],
  ['{без|bez} {вложений|опыта|предоплаты|справок|vlozheniy|opyta}', 'offer'],
  ['промокод*', 'offer'],
  ['гарантированн* {доход|результат|заработок}', 'offer'],
  ['{limited|special|exclusive} {offer|deal|discount|promotion}', 'offer'],
  [
    '{join|unete|unanse|rejoignez|rejoins|tritt|tretet|вступай|вступайте|подписывайтесь} {my|our|a mi|a nuestro|mon|notre|meiner|unserer|в мою|в наш|на мой|на наш} {group|channel|grupo|canal|groupe|gruppe|kanal|группу|канал|чат}',
    'offer',
  ],
  [
    '{win rate|success rate|winning tips|sure bets|fixed matches|de aciertos|apuestas seguras|pronos gagnants|paris surs|sichere tipps|trefferquote|верные ставки|договорные матчи}',
    'offer',
  ],
  [
    '{without|no|sin|sans|ohne|без} {prescription|a prescription|rx|receta|ordonnance|rezept|рецепта}',
    'offer',
  ],
  ['{buy|get} one get one', 'offer'],
  ['# {off|discount|rabatt|remise|descuento|скидка}', 'offer'],
  ['{lowest|best|cheapest} {price|prices|rates|deal|deals}', 'offer'],
  ['{earn|make|making|earning} {up to|over|more than|at least} #', 'offer'],
  ['{quit|quitting|left} my {job|9 to 5}', 'offer'],
  [
    '{side hustle|work from anywhere|be your own boss|get rich|double your money|doubled my money|tripled my money}',
    'offer',
  ],
  ['{part time|full time|online|home based} {job|jobs|work} {available|opportunity|opportunities}', 'offer'],
  [
    '{dm|pm|inbox|message|text|whatsapp|contact|email|call} {me|us|him|her} {for|to get|to learn|now|today|asap} ~2 {details|info|more|information|prices|price|offer}',
    'offer',
  ],
  ['{dm|pm|inbox} {me|us} {now|today|for}', 'offer'],
  ['{sign up|register|join} {free|for free|today|now} ', 'offer'],
  ['{100 free|risk free|no risk|zero risk}', 'offer'],
  ['{trabaja|trabajar|trabajo} desde casa', 'offer'],
  ['{dinero|ingresos} {extra|facil|rapido|pasivos}', 'offer'],
  ['{oferta|ofertas|descuento} {limitada|exclusiva|especial}', 'offer'],
  ['{precio|precios} {increibles|imbatibles|de locura}', 'offer'],
  ['{travail|emploi} a domicile', 'offer'],
  ['{argent|revenus} {facile|rapide|passifs|complementaires}', 'offer'],
  ['{offre|promo} {limitee|exclusive|speciale}', 'offer'],
  ['{prix|tarifs} {imbattables|casses|fous}', 'offer'],
  ['{von zu hause|von daheim} {arbeiten|verdienen|geld}', 'offer'],
  ['{schnelles|leichtes|passives} {geld|einkommen}', 'offer'],
  ['{angebot|rabatt} {nur|gultig} {heute|bis}', 'offer'],
  ['{работа|заработок|доход} {на дому|в интернете|без вложений|от}', 'offer'],
  ['{быстрые|легкие|лёгкие} деньги', 'offer'],
  ['{пассивный|дополнительный|стабильный} доход', 'offer'],
  // Weak offers.
  ['{hiring|recruiting}', 'weak_offer'],
  // Round 33: the phishing notice (`Your account will be suspended, verify your details here`, `Votre dossier va
  // être suspendu, mettez à jour ici`): an account said to be blocked and an order to confirm one's details.
  [
    '{account|accounts|card|file|parcel|package|compte|carte|dossier|colis|cuenta|tarjeta|expediente|paquete|konto|karte|paket|аккаунт|счет|счёт|карта|посылка} ~4 {will be|has been|is|was|va etre|a ete|est|sera|sera|ha sido|esta|wird|wurde|ist|будет|был|была} {suspended|blocked|locked|frozen|on hold|suspendu|suspendue|bloque|bloquee|gele|suspendida|suspendido|bloqueada|bloqueado|gesperrt|eingefroren|заблокирован|заблокирована|приостановлен|заморожен}',
    'offer',
  ],
  [
    '{verify|confirm|update|validate|verifiez|confirmez|mettez a jour|verifica|confirma|actualiza|bestatigen sie|aktualisieren sie|verifizieren sie|подтвердите|обновите} {your|vos|tus|sus|ihre|ваши|свои} {details|information|informations|data|donnees|coordonnees|datos|daten|angaben|данные}',
    'offer',
  ],
  ['{mettez a jour|actualice|actualiza|aktualisieren sie|update} ~2 {ici|aqui|hier|here}', 'weak_offer'],
  // The notice and its order together make the scheme (`… est bloqué. Confirmez vos informations`).
  [
    '{suspended|blocked|locked|frozen|suspendu|suspendue|bloque|bloquee|suspendida|suspendido|bloqueada|bloqueado|gesperrt|заблокирован|заблокирована} ~6 {verify|confirm|update|verifiez|confirmez|mettez a jour|verifica|confirma|actualiza|actualice|bestatigen|aktualisieren|verifizieren|подтвердите|обновите}',
    'scheme',
  ],
  // Round 33: hiring said by the seller himself (`je recrute 3 personnes`, `ich suche noch 4 Leute`, `busco 3 personas`).
  [
    '{je recrute|nous recrutons|on recrute|ich suche noch|wir suchen noch|busco|buscamos|ищу|ищем} # {personnes|leute|personas|человек|people}',
    'weak_offer',
  ],
  ['{apply|order|sign up|register|details|info} {at|here|on|via}', 'weak_offer'],
  ['full details', 'weak_offer'],
  ['work from home', 'weak_offer'],
  ['{visit|check out|see} {my|our} {site|website|shop|store|page|profile|channel}', 'weak_offer'],
  ['{remote|online} {job|jobs|work|positions|reviewers}', 'weak_offer'],
  ['{talk|speak|write} to our {agents|agent|team|experts}', 'weak_offer'],
  ['{ofertas|oferta|descuento|descuentos|rebajas}', 'weak_offer'],
  ['{offre|offres|promo|promotion|promotions|soldes}', 'weak_offer'],
  ['{angebot|angebote|rabatt|gutschein|bestellung|bestellen}', 'weak_offer'],
  ['{скидк*|распродаж*|акция}', 'weak_offer'],
  ['{appelez|contactez|ecrivez}', 'weak_offer'],
  ['{schreibt|schreib|meldet} ~2 {mir|euch|uns}', 'weak_offer'],
  ['{пишите|звоните|обращайтесь|напишите|пишіть|напишіть|дзвоніть|звертайтеся}', 'weak_offer'],
  [
    '{visit|check out|go to|head over to|click|try|see} {my|our|this|the} {link|site|website|shop|store|page|profile|channel|offer|deal}',
    'weak_offer',
  ],
  ['{more info|more details|info|details} {in|on|at} {my|our|the} {profile|bio|site|link}', 'weak_offer'],
  ['{business|investment|income|earning|money making|once in a lifetime|golden} opportunity', 'weak_offer'],
  ['for more {info|information|details}', 'weak_offer'],
  ['{my|our} {site|shop|store|website|page|company} {sells|has|offers|ships}', 'offer'],
  ['{designer|luxury|branded} {bags|handbags|watches|shoes|clothes|sunglasses}', 'scheme'],
  ['{discount|cheap|wholesale} {designer|luxury|branded|bags|watches|pills|meds|flights}', 'offer'],
  [
    '{visita|visiten|entra|entren|haz clic|registrate|compra|compren|pide|llama|escribe} {en|a|al|ya|ahora|aqui}',
    'weak_offer',
  ],
  ['{visitez|cliquez|inscrivez|commandez|achetez} {sur|ici|vous|maintenant}', 'weak_offer'],
  ['{besucht|klickt|bestellt|kauft|meldet} {euch|jetzt|hier|unter|auf}', 'weak_offer'],
  ['{переходите|заходите|жмите|регистрируйтесь|заказывайте|покупайте} {по|на|в|сейчас}', 'weak_offer'],
  // Testimonials.
  ['{thanks|thank|grateful} to {dr|doctor|mrs|mr|madam|professor|prof|mama|baba}', 'testimonial'],
  [
    '{dr|doctor|mrs|madam|professor|prof} ~3 {brought|helped|restored|cured|changed|manages|fixed}',
    'testimonial',
  ],
  ['{i|we} {invested|started with|put in|tried} ~6 {got|made|earned|received|returned}', 'testimonial'],
  ['{his|her} spells', 'testimonial'],
  // Scheme words: the subjects spam sells.
  ['{crypto|cryptos|bitcoin|btc|forex|krypto|крипт*|криптовалют*|биткоин*}', 'scheme'],
  ['{binary options|trading signals|investment platform|investment plan|portfolio manager}', 'scheme'],
  ['{manages|managing} {crypto|portfolios|investments}', 'scheme'],
  ['{loan|loans|lender|prestamo|prestamos|pret|prets|credit|kredit|кредит*|займ*}', 'scheme'],
  ['{betting|bets|casino|paris sportifs|pronos|pronostics|apuestas|wetten|ставк*|букмекер*}', 'scheme'],
  ['{spell|spells|spellcaster|marabout|voyant|voyance|medium|lottery|lotto|loterie}', 'scheme'],
  [
    '{replica|replicas|rolex|omega|viagra|cialis|kamagra|potenzmittel|pills|pharmacy|tablette|tabletten}',
    'scheme',
  ],
  ['{essay|essays|dissertation|dissertations|theses|coursework|homework}', 'scheme'],
  ['{citizenship|residency|residencia|passport} by investment', 'scheme'],
  ['{second passport|golden visa|eu residency|residence permit}', 'scheme'],
  ['{vpn|iptv|followers|subscribers}', 'scheme'],
  ['{perfume|perfumes|parfum|parfums|perfumes} {originales|originaux|original|}', 'scheme'],
  ['{stream|streaming} every', 'scheme'],
  ['{slots|poker|jackpot|bonus|free spins|sportsbook|bookmaker|bookie|bet365}', 'scheme'],
  [
    '{nft|nfts|airdrop|giveaway|presale|token sale|usdt|ethereum|eth|bnb|solana|trading bot|mining}',
    'scheme',
  ],
  ['{dating|hookup|hookups|singles|sugar daddy|escort|escorts|webcam|cam girls}', 'scheme'],
  // Round 40 (`/work/audit24`): an escort service advertised (with a channel, a pitch; news of one has none).
  ['{escort|escorts} {service|services|agency|agencies|girls|ladies|models}', 'offer'],
  // Coins sent to be returned doubled.
  [
    '{send|sending|schickt|schick|sende|envia|envie|enviad|envoyez|envoie|отправь|отправьте|otprav|otprav te} ~3 {btc|eth|usdt|bitcoin|bitcoins|ethereum|tether|sol|trx} ~10 {receive|get|back|zuruck|recibe|recibiras|recevez|recevrez|получи|получите|poluchi} ~3 {btc|eth|usdt|bitcoin|ethereum|tether|double|doppelt|el doble|le double|вдвое|vdvoe}',
    'offer',
  ],
  [
    '{double|doubling|verdopple|verdoppele|verdoppeln|doblo|duplico|duplicamos|je double|nous doublons|удвою|удваиваю|удваиваем|udvoyu|udvaivayu} {your|every|any|jede|jeden|cada|tu|chaque|votre|vos|любой|каждый|ваш|vash|lyuboi} ~2 {deposit|deposits|einzahlung|deposito|depot|depots|депозит|вклад|vklad|payment|transfer}',
    'offer',
  ],
  [
    '{weight loss|diet pills|keto|cbd|supplement|supplements|fat burner|hair loss|male enhancement}',
    'scheme',
  ],
  ['{likes|views|seo|backlinks|traffic|reviews} {for|service|services|package|cheap|fast}', 'scheme'],
  ['{hacker|hackers|recovery expert|funds recovery|recover your|account recovery|spy on}', 'scheme'],
  ['{investment|trading|crypto|forex|account} {manager|expert|mentor|coach|platform|company|firm}', 'scheme'],
  [
    '{apuestas|casino|tragaperras|criptomonedas|inversion|inversiones|prestamo rapido|credito rapido|citas|contactos}',
    'scheme',
  ],
  [
    '{paris|casino|machines a sous|cryptomonnaie*|investissement|rencontres|voyance|credit rapide|pret rapide}',
    'scheme',
  ],
  [
    '{sportwetten|wetten|casino|spielautomaten|kryptowahrung*|investition|darlehen|partnersuche|singles|kredit sofort}',
    'scheme',
  ],
  ['{казино|ставки|букмекер*|криптовалют*|инвестици*|займ*|кредит*|знакомств*|гадани*|приворот*}', 'scheme'],
  // Round 90 (`/work/audit51`): a multiple guaranteed, a token's launch, no sign-up, no inspection, delivery in hours.
  [
    '{10x|20x|30x|40x|50x|100x|1000x} {guaranteed|gains|returns|profit|profits|garantiert|garantizado|garanti}',
    'offer',
  ],
  ['{token launch|token launching|launching friday|presale live}', 'scheme'],
  [
    '{no signup|no sign up|no registration|without registration|ohne anmeldung|ohne registrierung|sin registro|sans inscription|без регистрации|bez registratsii}',
    'offer',
  ],
  ['no {inspection|exam|exams|questions|test|tests} {needed|required|asked}', 'offer'],
  // Round 123 (`dev134`): a loan offered (`Borrow up to ₦500k instantly, no BVN needed`).
  ['{borrow|loans|loan} up to', 'offer'],
  ['no {bvn|credit check|credit checks|paperwork|documents|collateral} {needed|required}', 'offer'],
  // Round 122 (`dev129`): a sign-up bonus (`10 € Startbonus sichern`).
  [
    '{startbonus|willkommensbonus|neukundenbonus|welcome bonus|signup bonus|sign up bonus|bono de bienvenida|bonus de bienvenue|бонус за регистрацию}',
    'offer',
  ],
  ['{24h|48h|72h|24 h|48 h|72 h} {delivery|lieferung|entrega|livraison}', 'offer'],
  // Dating and escort offers (`Hot verified girls in your city waiting to chat`, `Einsame Frauen aus deiner Stadt`).
  [
    '{hot|lonely|sexy|verified|real} ~1 {girls|women|singles|ladies|moms} {in your city|near you|in your area}',
    'offer',
  ],
  ['{waiting to chat|want to chat|looking for fun}', 'offer'],
  ['{einsame|heisse|hubsche} frauen ~2 {deiner stadt|deiner nahe|deiner umgebung}', 'offer'],
  ['{chicas|chicos|senoritas} {independientes|calientes|solteras}', 'scheme'],
  [
    '{discrecion total|total discretion|discretion assuree|absolute diskretion|полная конфиденциальность}',
    'offer',
  ],
  ['{девушки|devushki|devochki|девочки} {по вызову|po vyzovu}', 'scheme'],
  ['{круглосуточно|kruglosutochno}', 'offer'],
  // Betting tips sold in Russian (`prognozy na futbol ot kappera, prohodimost' 90%`).
  ['{прогнозы|прогноз} на {футбол|спорт|матчи}', 'scheme'],
  ['{prognozy|prognoz} na {futbol|sport|matchi}', 'scheme'],
  ['{каппер*|kapper*|проходимост*|prohodimost*}', 'scheme'],
  ['{подписывайся|подписывайтесь} на канал', 'offer'],
  ['{podpisyvaysya|podpisyvaisya|podpisyvaytes} na kanal', 'offer'],
]);

/** Words around a sum of money: read only when the comment has one. */
export const MONEY_CONTEXT = new PhraseSet<Kind>([
  [
    '{make|making|made|earn|earning|earned|profit|profits|returns|paid|pay|got|receive|received|withdraw|withdrew}',
    'earn',
  ],
  [
    '{verdiene|verdienen|verdient|gagne|gagner|gagnez|gano|ganar|gane|ganas|зарабатыва*|заработ*|получил*|zarabatyv*|заробля*|заробі*|отримую}',
    'earn',
  ],
  ['{a|per|an|each|every|a|the} {day|hour|week|month}', 'period'],
  ['{daily|weekly|monthly|hourly|hour|day}', 'period'],
  ['{im|pro|am|je} {tag|monat|woche|stunde}', 'period'],
  ['{par|chaque} {jour|mois|semaine|heure}', 'period'],
  ['{al|por|cada|a la} {dia|mes|semana|hora}', 'period'],
  ['в {день|месяц|неделю|час|сутки}', 'period'],
  ['{в|на|за} {день|тиждень|місяць|годину|добу}', 'period'],
  ['{only|just|for only|nur|ab|seulement|a partir de|desde|solo|всего|vsego|всего за}', 'price_word'],
  ['{from|up to|bis|des|hasta|от|до|за}', 'from_word'],
]);
