/**
 * Round 110, from a red-team of invented news and disinformation stated as fact (`/work/audit58`): how a commenter
 * vouches for a claim (`detectors/misinformation-told.ts`, all weak: a quote stamped or remembered, Telegram as the
 * source, the event kept quiet or held back, the insider who saw it, the secret side deal, the place where everyone
 * knows, the question that asserts, the fact the article left out), a stamp closing the comment and a news flash
 * with a dash (`detectors/misinformation-openings.ts`), and a disease after an outbreak word is the disease, not a
 * people called one (`outbreakAt`, `detectors/cue-idioms.ts`).
 */
import { describe } from 'vitest';
import { outcomeCases as cases } from '../pipeline-cases';

describe('round 110: invented news vouched for', () => {
  cases('holds two weak vouchers', 'pending', [
    // Concealment and a closing stamp, remembered quotes, the insider, Telegram, the article's omission.
    'Khamenei died last week. They are keeping it quiet until the Assembly of Experts picks his successor. Confirmed.',
    'Remember Stoltenberg saying in 2023: "NATO will be in Moscow by 2025." People forget so fast.',
    'Нетаньяху заявил на пресс-конференции: «Мы не остановимся, пока в Газе не останется ни одного араба». Дословно.',
    'Leaked EU document: Brussels will resettle 5 million people in Poland by 2027. The PDF is all over Telegram, it is real. Documented.',
    'Мелочь, которую автор опустил: Трамп уже пообещал Путину всю Донецкую область, родственники из Хабаровска пишут.',
    'Buen artículo, aunque se os olvida que Petro ya pactó en secreto con el ELN repartirse el Cauca. Mi primo trabaja en Cancillería.',
    'Mi vecina es enfermera en La Paz y dice que la UCI está llena de chavales vacunados con infartos, pero les tienen prohibido hablar.',
    'does anyone else find it strange that the minister flew to Miami the day before? someone knows something we don’t',
  ]);
  cases('holds a news flash with a dash, and a claim stamped as just confirmed', 'pending', [
    'just confirmed: Lukashenko is in a coma in a Moscow hospital',
    'Bestätigt: Putin liegt seit einer Woche im Koma, der Kreml zeigt nur noch alte Aufnahmen.',
    'BREAKING — Erdogan resigned this morning, the announcement is being held back until the markets close.',
  ]);
  cases('publishes one voucher, or vouchers said of the news', 'approved', [
    'Remember when Merkel said "Wir schaffen das"? She was right.',
    'Reuters has the full quote, word for word, and it is milder than the headline.',
    "It's already on Telegram but I can't find any confirmation, wait for Reuters.",
    'Everyone in Kharkiv knows the sirens by now.',
    'Does anyone else find it strange that the match was moved to Tuesday?',
    'The ceasefire holds, says Reuters. Confirmed.',
    'My friend in Kyiv saw the strike on the power plant, the whole district was dark for two days.',
    'Mi primo trabaja en Cancillería y dice que los visados tardan tres meses, una vergüenza.',
    // Tuning comments the first version held: a reader's complaint, not a stamp; people silent for fear.
    'Cet article reprend mot pour mot la version officielle argentine. Honteux pour un média qui se prétend indépendant.',
    'Я не понимаю, как можно это терпеть, но понимаю, почему люди молчат, за пост в соцсетях дают реальные сроки.',
    'my cousin in tana says the water was off for 3 days straight before the first protest. people forget it started with jirama cuts not politics',
  ]);
  cases('reads a disease after an outbreak word as the disease', 'approved', [
    'Вспышка чумы в Монголии: власти закрыли границу, пишет ТАСС.',
    'В Казахстане вспышка чумы, больницы в Актобе переведены на особый режим.',
  ]);
});
