/**
 * The display name answers to the body's rules (outside security review, M1 and L1): what the text checks
 * reject in a body is held as a name, a name abused as an advert or for personal data is held, and
 * so is one posing as staff. Real names that collide with word lists must pass: the second list, common
 * names and handles in the readership's languages, chose which checks read names (a regression list).
 */
import { describe, expect, it } from 'vitest';
import { authorName } from '../../../shared/moderation/checks/author-name';
import { runPipeline } from '../../../shared/moderation/pipeline';
import { makeContext } from '../support';

const BODY = 'A plain comment about the article, nothing more.';
const judge = (name: string, policy = makeContext(BODY).policy) =>
  authorName.run({ ...makeContext(BODY, { comment: { authorName: name } }), policy });

describe('the author-name check', () => {
  it.each([
    ['I will kill you, journalist', 'hold', 'harassment'],
    ['fuck you', 'hold', 'abuse'],
    ['you stupid bitch', 'hold', 'abuse'],
    ['Kill all Muslims', 'hold', 'hate'],
    ['Gas the Jews', 'hold', 'hate'],
    ['ISIS will win, join us', 'hold', 'illegal'],
    ['www.cheap-viagra.shop', 'hold', 'spam'],
    ['call me 0176 12345678', 'hold', 'personal_data'],
    ['mail me: joe@example.com', 'hold', 'personal_data'],
    ['bit.ly/xyz', 'hold', 'url_shortener'],
    ['Moderator', 'hold', 'impersonation'],
    ['\u041Coderator (staff)', 'hold', 'impersonation'],
    ['\uFF2D\uFF4F\uFF44\uFF45\uFF52\uFF41\uFF54\uFF4F\uFF52', 'hold', 'impersonation'],
    ['Mod\u200Berator', 'hold', 'impersonation'],
    ['Parley Admin', 'hold', 'impersonation'],
    // A number after the word does not hide it (one mechanism with the other staff phrases since stop 32).
    ['Moderator1', 'hold', 'impersonation'],
    // The name's phrases read through digits for letters, as the body's terms are; since stop 39 the threats
    // check reads words in leetspeak throughout too, so this one is held as its plain spelling is.
    ['Sh00t_the_j0urnalists', 'hold', 'harassment'],
    ['r0pe_f0r_traitors', 'hold', 'violence_review'],
    ['Admin_123', 'hold', 'impersonation'],
    ['Webmaster2025', 'hold', 'impersonation'],
    // A name is a slogan or a label (stop 31, tuned on names-dev.json): the phrases of name-signals.ts.
    ['Communists_must_hang', 'hold', 'violence_review'],
    ['Death to the Kremlin', 'hold', 'violence_review'],
    ['Смерть предателям', 'hold', 'violence_review'],
    ['Al-Qaeda Soldier', 'hold', 'illegal'],
    ['Breivik did nothing wrong', 'hold', 'illegal'],
    ['\uFF2E\uFF45\uFF57\uFF53 \uFF24\uFF45\uFF53\uFF4B', 'hold', 'impersonation'],
    ['The_Editor', 'hold', 'impersonation'],
    ['TheColumnistIsAFraud', 'hold', 'insult'],
    ['Senator_Smith_spineless_puppet', 'hold', 'insult'],
    ['F*cking_mods', 'hold', 'profanity'],
    ['Replica watches €49', 'hold', 'spam_suspect'],
    ['shop-deals.xyz', 'hold', 'spam_suspect'],
    ['Tom, 12 Baker Street', 'hold', 'personal_data'],
    ['Ana +34 612 34 56 78', 'hold', 'personal_data'],
  ])('%s → %s (%s)', async (name, outcome, reason) => {
    const result = await judge(name);
    expect(result).toMatchObject({ outcome, reason });
    // The console highlights spans of the body only: the evidence says it is the name's.
    if (result.outcome !== 'pass')
      for (const e of result.evidence) expect(e.detail).toMatch(/^authorName: "/);
  });

  it('passes names that only look like list words', async () => {
    const names = [
      'Dick Smith',
      'Fanny Brice',
      'Gaylord Perry',
      'Richard Cockburn',
      'Anna Scunthorpe',
      'Hans Fick',
      'Gerd Arsch',
      'Mike Hunt',
      'Ben Dover',
      'Wang Fuk',
      'Phuc Tran',
      'Dong Nguyen',
      'Sexton Blake',
      'Jihad Hassan',
      'Mohammed Al-Rashid',
      'Олег Иванов',
      'José García',
      'Killian Murphy',
      'Cum Laude',
      'Hitler historian',
      'Nazi hunter',
      'Former ISIS hostage',
      'ISIS researcher',
      'Jane Doe (Hamas expert)',
      'Terror Studies Lab',
      'Kill Bill fan',
      'Killer Queen',
      'Shooter McGavin',
      'Sniper (ret.)',
      'Death Metal Fan',
      'Gun owner',
      'Retired cop',
      'Marine veteran',
      'Ukrainian soldier',
      'Putin hater',
      'Angry Taxpayer',
      'Gaza resident',
      'Israeli mom',
      'Proud Muslim',
      'Jewish reader',
      'Trans and proud',
      'Black Lives Matter',
      'Free Palestine',
      'Am Yisrael Chai',
      'Allahu Akbar',
      'Slava Ukraini',
      'Anti-fascist',
      'Reader from Kyiv',
      'Peter2024',
      'Badminton fan',
      'Editor (retired)',
      'Former moderator',
      'Retired news desk editor',
      'Former ISIS fighter turned witness',
      'Peter Fuk',
      'Moritz Wanker',
      'McVeigh trial reporter',
      'Mujahid Rahman',
      'Kill Bill 2 fan',
      'Deal hunter',
      'Anna Bet',
      'Pig farmer Joe',
      'Clown Fish fan',
      'Joe the Butcher',
      'Berlin 1989 2019',
      'Repeat Author 1733372531234',
      'X Æ A-12',
    ];
    const flagged = [];
    for (const name of names) if ((await judge(name)).outcome !== 'pass') flagged.push(name);
    expect(flagged).toEqual([]);
  });

  it('follows the policy: a check switched off does not read the name either', async () => {
    const base = makeContext(BODY).policy;
    const policy = { ...base, personalData: { ...base.personalData, enabled: false } };
    expect((await judge('call me 0176 12345678', policy)).outcome).toBe('pass');
  });

  it('decides the comment in the pipeline, after every check of the body', async () => {
    const d = await runPipeline(makeContext(BODY, { comment: { authorName: 'fuck you' } }));
    expect(d).toMatchObject({ outcome: 'pending', decidedBy: 'author-name', reason: 'abuse' });
    const civil = await runPipeline(makeContext(BODY, { comment: { authorName: 'Dick Smith' } }));
    expect(civil.outcome).toBe('approved');
  });
});

describe('staff words read through look-alike letters and spacing', () => {
  it.each([
    ['M o d e r a t o r', 'M o d e r a t o r'],
    [
      '\uFF2D\uFF4F\uFF44\uFF45\uFF52\uFF41\uFF54\uFF4F\uFF52 Jo',
      '\uFF2D\uFF4F\uFF44\uFF45\uFF52\uFF41\uFF54\uFF4F\uFF52',
    ],
    ['Joe, Mod\u200Berator', 'Mod\u200Berator'],
  ])('%s: the evidence quotes the name as typed (%s)', async (name, quoted) => {
    const result = await judge(name);
    expect(result).toMatchObject({ outcome: 'hold', reason: 'impersonation' });
    expect(result.evidence?.map((e) => e.detail)).toEqual([`authorName: "${quoted}"`]);
  });
});
