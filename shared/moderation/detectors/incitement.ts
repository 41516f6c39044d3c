/**
 * Calls to attack a place where a group lives or gathers, or to drive into a crowd (round 68, a red-team of calls to
 * violence, `/work/audit38`: `Heute Nacht das Flüchtlingsheim in der Lindenstraße abfackeln, wer ist dabei?`, `go to
 * their mosque on Friday and make them pay`, `сегодня ночью сожжём общежитие для мигрантов, кто с нами?`, `quien
 * tenga coche que atropelle a esos rojos`). Read by the threats check, which rejects them as `harassment`.
 *
 * - A place (`PLACE`), a harm said as a call or a plan (`HARM`: to burn it, to make them pay), and a gathering or a
 *   time (`GATHER`: tonight, on Friday, who's coming), in one sentence or two neighbouring ones.
 * - Ramming (`RAM`: run them over, atropelle, дави) said beside a crowd or a march (`CROWD`).
 * Not in a reported sentence (`police fear someone will torch the shelter tonight`) nor after a negation; the harms
 * are the forms of a call or a plan, so past news (`the mosque burned down on Friday`) matches none of them.
 */
import { PhraseSet, wordClass } from '../text/phrases';
import type { Evidence } from '../types';
import type { CueScan } from './cues';
import { negationAt } from './asserted';

type Kind = 'place' | 'harm' | 'gather' | 'ram' | 'crowd';

const PHRASES = new PhraseSet<Kind>(() => {
  const of = (kind: Kind, ...lists: string[]) => lists.map((l) => [`{${l}}`, kind] as const);
  return [
    ...of(
      'place',
      'mosque|mosques|synagogue|synagogues|refugee hotel|migrant hotel|asylum hotel|refugee home|refugee centre|reception centre|shelter|hostel|traveller camp|jewish quarter|pride march|pride parade',
      'mezquita|mezquitas|sinagoga|centro de menores|centro de acogida|albergue de migrantes',
      'mosquee|mosquees|synagogue|centre d accueil|foyer de migrants|foyer',
      'moschee|moscheen|synagoge|fluchtlingsheim|asylheim|asylbewerberheim|unterkunft|csd|csd parade',
      'мечеть|мечети|мечеть|синагогу|синагоге|синагога|общежитие|общагу|общага|общежитию',
      'mechet|mecheti|sinagogu|sinagoge|obshchagu|obshchaga|obshchezhitie',
    ),
    ...of(
      'harm',
      'burn it|burn it down|burn them|burn the place|torch it|torch the|set fire|make it burn|let it burn|make them pay|show them what|teach them a lesson|with petrol|with bats|bring bats|bring petrol',
      'que ardan|que arda|darles su merecido|a darles|quemarla|quemarlo|quemar la|con gasolina|prenderle fuego',
      'cramer|bruler|brulez|faites leur payer|leur faire payer|mettre le feu|foutre le feu',
      'abfackeln|anzunden|anzuenden|niederbrennen|sollen bezahlen|sollen dafur bezahlen|heimzahlen|platt machen',
      'сожжём|сожжем|сжечь|поджечь|поджигаем|подожжём|подожжем|пусть ответят|ответят за|пусть заплатят|спалим|спалить',
      'sozhzhem|szhech|podzhech|podzhigaem|podozhzhem|pust otvetyat|otvetyat za|spalim',
    ),
    ...of(
      'gather',
      'tonight|tomorrow|on friday|this friday|on saturday|this weekend|who s coming|whos coming|who s in|whos in|who is in|go to|go into|everyone to|all to|let s go|lets go',
      'esta noche|manana|el viernes|el sabado|todos a|vamos a|quien se apunta',
      'ce soir|demain|vendredi|samedi|qui vient|allez a|allez au|tous a',
      'heute nacht|heute abend|morgen|freitag|samstag|wer ist dabei|alle zur|alle zum|alle nach',
      'сегодня ночью|сегодня вечером|завтра|в пятницу|в субботу|кто с нами|все к|все на|идите к|идём к|идем к',
      'segodnya nochyu|segodnya vecherom|zavtra|v pyatnitsu|kto s nami|vse k|idite k|idem k',
    ),
    ...of(
      'ram',
      'run them over|run over them|mow them down|mow down|plough into|plow into|drive into them|drive into the crowd|ram them|with the car|with a car|with your car|knows what to do',
      'atropelle|atropellad|atropellar a|atropellalos|atropellarlos|con el coche',
      'ecrasez les|foncez dans|foncer dans|en voiture dans',
      'uberfahrt|uberfahren|mit dem auto rein|mit dem auto in|einfach drauf',
      'дави их|давите их|задавить|задавите|дави машиной|машиной давить',
      'davi ih|davite ih|zadavit|zadavite',
    ),
    ...of(
      'crowd',
      'march|rally|protest|protesters|demo|parade|pride|crowd|sit in',
      'manifa|manifestacion|marcha|manifestantes',
      'manif|manifestation|cortege|manifestants',
      'demo|kundgebung|csd|demonstranten|parade',
      'митинг|митинге|митинга|шествие|шествии|демонстрация|демонстрации',
      'miting|mitinge|shestvie',
    ),
  ];
});

/**
 * Verbs that tell of someone else's plan, or of news, before the harm in its sentence (`police fear someone will torch
 * the shelter tonight`, `the men who planned to burn the mosque were arrested`).
 */
const TOLD = wordClass(
  [
    'fear|fears|feared|warn|warns|warned|say|says|said|told|claim|claims|claimed|reported|according|allegedly|threatened|accused|charged|arrested|convicted|plotted|planned|tried|attempted',
    'temen|teme|dicen|dijo|segun|acusado|detenidos|planeaban|intentaron|craignent|craint|selon|accuse|arretes|projetaient|befurchtet|befurchten|laut|angeklagt|festgenommen|planten|versuchten',
    'боятся|опасаются|говорят|сказал|по словам|обвиняют|задержаны|планировали|пытались|boyatsya|govoryat',
  ].join('|'),
);

/** The evidence of a call to attack a place or to drive into a crowd in `scan`, or null. */
export function incitement(scan: CueScan, source: string): Evidence[] | null {
  const { tokens, reported } = scan;
  const hits = PHRASES.scan(tokens).filter((h) => {
    const s = tokens[h.from]!.sentence;
    if (reported.has(s)) return false;
    for (let k = h.from - 1; k >= 0 && k >= h.from - 3 && tokens[k]!.sentence === s; k--)
      if (negationAt(tokens, k)) return false;
    if (h.phrase.meta === 'harm' || h.phrase.meta === 'ram')
      for (let k = h.from - 1; k >= 0 && tokens[k]!.sentence === s; k--) if (TOLD(tokens[k]!)) return false;
    return true;
  });
  const near = (kind: Kind, s: number) =>
    hits.find((h) => h.phrase.meta === kind && Math.abs(tokens[h.from]!.sentence - s) <= 1);
  const quote = (h: (typeof hits)[number], why: string): Evidence => ({
    kind: 'incitement',
    value: h.phrase.meta,
    span: h.span,
    detail: `${why}: "${source.slice(...h.span)}"`,
  });
  for (const harm of hits.filter((h) => h.phrase.meta === 'harm')) {
    const s = tokens[harm.from]!.sentence;
    const place = near('place', s);
    const gather = near('gather', s);
    if (place && gather)
      return [
        quote(harm, 'a call to attack a place'),
        quote(place, 'the place'),
        quote(gather, 'when or who'),
      ];
  }
  for (const ram of hits.filter((h) => h.phrase.meta === 'ram')) {
    const crowd = hits.find((h) => h.phrase.meta === 'crowd' || h.phrase.meta === 'place');
    if (crowd) return [quote(ram, 'a call to drive into a crowd'), quote(crowd, 'the crowd')];
  }
  return null;
}
