/**
 * Round 90, from a red-team of spam, links, shouting and floods (`/work/audit51`) and a tuning batch (dev104): pitch words
 * the spam phrases lacked (a multiple guaranteed, a token's launch, no sign-up, no inspection, delivery in hours, dating
 * and escort offers, betting tips in Russian), the link kept in a profile as a weak channel, Polish `kropka` as a dot
 * word, and VK's shortener. With their twins, each checked on the code before the
 * round.
 */
import { describe } from 'vitest';
import { outcomeCases as cases } from '../pipeline-cases';

describe('round 90: commercial spam in more words, and a shortener', () => {
  cases('publishes', 'approved', [
    'The presale of tickets for the Riga summit concert opens Friday, the ministry said',
    'Interpol says 24h delivery of the red notice to member states is now standard',
    'Discrecion total, prometió el ministro sobre la investigación de los drones',
    'Prognozy na futbol do Rossii teper ne imeyut smysla, liga zakryta',
    "No registration needed to read the UN report, it's public on un.org",
    'Check the VK post directly instead of the vk.com mirror, the quote is there',
  ]);
  cases(
    'holds a link kept in a profile, and a domain spelled with a dot word, as `dot` always was',
    'pending',
    [
      'My analysis of the Wagner accounts is in the link in my profile, with all sources',
      'The Polish for dot is kropka, as in onet kropka pl, my grandmother reads it daily',
    ],
  );
  cases('holds a shortened link', 'pending', [
    'Вот запись выступления, если кому интересно: https://vk.cc/cT9xQw',
  ]);
  cases('rejects', 'rejected', [
    'Forget the war news, the smart money is in SOLX token launching friday — presale at solx-presale.io, 40x guaranteed',
    'Lonely tonight? Hot verified girls in your city waiting to chat, no signup: meetlocal-babes.xyz',
    'Einsame Frauen aus deiner Stadt suchen heute noch ein Treffen, ohne Anmeldung: singles-treffen-heute.xyz 😘',
    'Chicas independientes en Madrid, discreción total, reserva por WhatsApp 600 555 123 📞',
    "prognozy na futbol ot kappera, prohodimost' 90%, podpisyvaysya na kanal t.me/kapper_top",
    'devushki po vyzovu Moskva, kruglosutochno, zvoni 8 (999) 555-01-88',
    'Obstawiaj mecze z bonusem 500 zł na start, wejdź na typer-wygrana kropka com i wpisz kod NEWS',
    'Fire safety certificates for bars and clubs, ANY country, 48h delivery, no inspection needed. fastpermits-eu.shop',
  ]);
});
