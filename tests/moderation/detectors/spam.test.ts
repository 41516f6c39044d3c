import { describe, expect, it } from 'vitest';
import { commercialSpam } from '../../../shared/moderation/checks/spam';
import { defaultPolicy } from '../../../shared/moderation/policy';
import { outcomeOf, resultOf } from './support';

describe('spam check', () => {
  it.each([
    'Nice piece. I quit my job last year and now make $300 a day trading with a simple bot: profit-signals24.com',
    'Cheap Ray-Ban and Gucci replicas, free shipping worldwide, order now at luxe-outlet.shop',
    'Need cash fast? Loans up to $20,000, no credit check. WhatsApp +1 305 555 0191',
    'Apuestas seguras cada día, 90% de aciertos, únete a mi grupo de Telegram: @tips_ganadores',
    'Gagnez 500 € par semaine depuis chez vous, sans expérience, écrivez-moi: job.maison@mail.example',
    'Sofortkredit ohne Schufa, Auszahlung in 24 Stunden, jetzt anfragen: kredit-blitz.de',
    'Заработок от 5000 рублей в день без вложений, пишите в телеграм @bystrye_dengi',
    'best essay writing service, plagiarism free, use code SAVE20 at essay-masters . net',
    'visit c h e a p p i l l s . com for viagra without prescription',
  ])('rejects a pitch with a way to reach the seller: %s', async (text) => {
    const result = await resultOf(commercialSpam, text);
    expect(result).toMatchObject({ outcome: 'reject', reason: 'spam' });
    expect(result.evidence?.some((e) => e.kind === 'channel')).toBe(true);
    expect(result.evidence?.some((e) => e.kind === 'pitch')).toBe(true);
  });

  it.each([
    'great deals at my shop dot com',
    'Message me on Telegram for more info about this opportunity',
    // A selling host on a TLD spam favours needs no pitch around it.
    'Shipments stuck? bestfreight-deals.online/offer',
    'great article. bestfreight-deals.online',
  ])('holds a weaker case: %s', async (text) => {
    expect(await resultOf(commercialSpam, text)).toMatchObject({ outcome: 'hold', reason: 'spam_suspect' });
  });

  it.each([
    'I earn under €1,500 a month as a teacher and my rent went up 40%.',
    'The IMF loan of $3bn comes with conditions, see imf.org for the programme.',
    'Crypto exchanges were used to evade sanctions, according to the UN panel (un.org/securitycouncil).',
    'The ministry set up a hotline, 0 800 300 815, on their official site.',
    'Rosstat data is at rosstat.gov.ru/vpn_popul, by nationality.',
    'The ministry posts on its Telegram channel t.me/mod_russia every morning.',
    'Betting shops in Lagos are full during the league, which says a lot about youth unemployment.',
    'The company is hiring 500 people in Gdańsk, a big deal for the region.',
    'Aid rose from $1.5bn to $2bn a year; details at www.oecd.org.',
    'Read the dot com bubble history before comparing it to AI.',
    'The report is on the agency site, freight-statistics.eu, and the port authority blog (port-news.online).',
  ])('passes an ordinary comment: %s', async (text) => {
    expect(await outcomeOf(commercialSpam, text)).toBe('pass');
  });

  it('follows the policy: strong spam held instead of rejected, or the check off', async () => {
    const text = 'Loans up to $20,000, no credit check. WhatsApp +1 305 555 0191';
    const spam = defaultPolicy().spam;
    expect(await outcomeOf(commercialSpam, text, { spam: { ...spam, strong: 'hold' } })).toBe('hold');
    expect(await outcomeOf(commercialSpam, text, { spam: { ...spam, enabled: false } })).toBe('pass');
  });
});

describe('money claims in Ukrainian, Polish and Turkish currencies (round 22)', () => {
  it('rejects a Ukrainian money claim with a messenger handle, and leaves a salary alone', async () => {
    expect(
      await outcomeOf(
        commercialSpam,
        'Заробляю 20 000 гривень на тиждень з дому, пишіть у Telegram @shvydko_groshi.',
      ),
    ).toBe('reject');
    expect(
      await outcomeOf(
        commercialSpam,
        'Я заробляю 15 000 гривень на місяць, працюю вчителем у Львові, і цього не вистачає на оренду.',
      ),
    ).toBe('pass');
  });
});

describe('offers in Russian and Ukrainian, and sums with a word of magnitude (round 23)', () => {
  it.each([
    'Kuplyu/prodam USDT, obmen rubli-dollary bez komissii, vyvod za granicu. Sait: fastobmen-usdt.online',
    'Куплю/продам USDT, обмен рубли-доллары без комиссии. Сайт: fastobmen-usdt.online',
    'Выплаты участникам СВО и их семьям до 3 млн ₽! Узнайте, положены ли они вам, на сайте vyplaty-svo.online. Проверка бесплатно.',
    'Perevezennia v Polshchu ta Nimechchynu, kvytky bez cherhy, vizovi posluhy. Tel +380 67 123 45 67, pyshit zaraz!',
  ])('rejects: %s', async (text) => {
    expect(await outcomeOf(commercialSpam, text)).toBe('reject');
  });

  it.each([
    'Курс рубля опять упал, обменники в Тбилиси берут комиссию 5%, проверьте сами на сайте нацбанка nbg.gov.ge',
    'Выплаты участникам СВО задерживают уже третий месяц, об этом пишет РБК',
    'Минфин выделил 3 млн ₽ на ремонт школы, но подрядчик сорвал сроки.',
    'The fund raised 2 million dollars for the hospital in Kharkiv, reuters.com has the details.',
  ])('passes: %s', async (text) => {
    expect(await outcomeOf(commercialSpam, text)).toBe('pass');
  });
});
