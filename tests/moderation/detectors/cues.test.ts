/**
 * The cue layer (shared/moderation/detectors/cues.ts, cue-rules.ts): each rule on sentences written for
 * this test (not taken from the evaluation set), with the civil look-alikes it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import {
  hateCues,
  pitchKinds,
  threatCues,
  violenceCues,
} from '../../../shared/moderation/detectors/cue-rules';
import { extremismCues } from '../../../shared/moderation/detectors/cue-rules-extremism';
import { scanCues } from '../../../shared/moderation/detectors/cues';
import { tokensOf } from '../../../shared/moderation/text/tokens';

const scan = (text: string) => scanCues(tokensOf(text).tokens, text);
const outcome = (rule: typeof threatCues, text: string) => rule(scan(text), text)?.outcome ?? 'pass';

describe('threat cues', () => {
  it.each([
    'I will put you in a wheelchair, @marek_t',
    'hope the editor chokes on every word he printed',
    'Te voy a partir la cara cuando salgas de la redacción, Ortega.',
    "j'espère que tu vas crever, toi et ta clique",
    'Wir wissen, wo du wohnst, Jens.',
    'Знаю, где ты живёшь, писака.',
    'Sabemos onde moras e a que horas sais.',
    'Your daughter walks to school alone, doesn’t she? Careful now.',
    "you're next.",
    'Every reporter on this paper deserves a rope.',
    'Consider yourself warned, @kestrel. Count your days.',
    'Ты ещё пожалеешь, автор. Последнее предупреждение.',
  ])('rejects: %s', (text) => expect(outcome(threatCues, text)).toBe('reject'));

  it.each([
    'The letter read "we know where you live", and the police did nothing.',
    "I don't know where you live, but the article is about Kyiv.",
    'You will see more deaths if the ceasefire collapses.',
    'If you die in a war nobody remembers your name: that is the point of the piece.',
    'Do you know where the embassy moved its office?',
    'I know where you are coming from, but the figures say otherwise.',
    'He is the linchpin of the coalition, and you know it.',
    "Don't worry, you will learn the ropes quickly.",
    // A message sent, not a shot fired; the same verb aimed at the reader is still a threat (above).
    "Shoot me an email if you want the source, it's the UN report from May.",
    'Shoot us a line if you want the data.',
  ])('leaves alone: %s', (text) => expect(outcome(threatCues, text)).toBe('pass'));
});

describe('calls to violence (held)', () => {
  it.each([
    'Traitors like these used to end up against a wall.',
    'Someone should do something about these smugglers before the summer.',
    'The people will deal with them sooner or later.',
    'Hay que colgarlos a todos en la plaza.',
    'Вилы бы им, а не мандаты.',
    'One day the people will come for these ministers, and nobody will stop them.',
    'Le peuple saura quoi faire de ces traîtres, le moment venu.',
  ])('holds: %s', (text) => expect(outcome(violenceCues, text)).toBe('hold'));

  it.each([
    'Wagner is accused of mass executions of civilians in central Mali.',
    'The museum shows the gallows used in 1946, a sobering visit.',
    'The minister should be voted out, not cheered.',
    'The people will vote these ministers out in May.',
    // Everyday words that are execution props elsewhere, and idioms.
    'Gallows humour is all the Kharkiv reporters have left.',
    'Sanctions are tightening the noose around the regime’s oil revenue.',
    'A Força Aérea Brasileira enviou dois aviões para ajudar.',
    'Il est passé à la poste ce matin pour envoyer les dossiers.',
    'El lince ibérico vuelve a Sierra Morena.',
    'Le peloton du Tour de France est passé par Lille.',
    'The climbers fixed a rope across the glacier before the storm.',
  ])('leaves alone: %s', (text) => expect(outcome(violenceCues, text)).toBe('pass'));

  it.each([
    'Plenty of lampposts on Whitehall for this lot.',
    'Bring the rope, these traitors have had their chance.',
    'Die Laterne vor dem Ministerium wartet schon auf diese Verräter.',
  ])('holds execution props around people: %s', (text) => expect(outcome(violenceCues, text)).toBe('hold'));
});

describe('extremism cues', () => {
  it.each([
    'The brothers who struck the market are heroes, may Allah accept them.',
    'JNIM brings order where Bamako never could. Respect to them.',
    'The station bombing was deserved, nobody there was innocent.',
    'Young men of Europe, the caliphate needs you. DM me and I will tell you how to get there.',
    'Gloire aux lions de la Dawla.',
  ])('rejects: %s', (text) => expect(outcome(extremismCues, text)).toBe('reject'));

  it.each([
    'ISIS calls its attackers martyrs; the families of the victims call them murderers.',
    'The Kurdish units who defeated ISIS at Kobani were heroes.',
    'The firefighters at the station bombing were the real heroes.',
    'Recruitment by al-Shabaab has dropped since the amnesty, analysts say.',
  ])('leaves alone: %s', (text) => expect(outcome(extremismCues, text)).toBe('pass'));

  it('reads no devotional expression as praise or as the movement’s language', () => {
    const text =
      'Allahu akbar, they found her alive. Alhamdulillah. Inshallah the others too, mashallah to the rescuers. Иншаллах.';
    const kinds = scan(text).hits.map((h) => h.cue);
    for (const kind of ['praise', 'praise_weak', 'movement'] as const) expect(kinds).not.toContain(kind);
  });
});

describe('hate cues', () => {
  it.each([
    'Migrants are parasites living off our taxes.',
    'Ces gens-là sont des cafards, tous.',
    'Flüchtlinge sind wie Ungeziefer.',
    'Мигранты — саранча.',
    'Venezuelans are a plague on this city.',
    'Deport the lot of these migrants, every last one.',
    'Women should go back to the kitchen, all of them.',
    // A negation does not reach past `but`: what follows it is asserted.
    'Цыгане? Это не люди, а скоты.',
    'Muslims are not neighbours but vermin to them, and to me.',
  ])('rejects: %s', (text) => expect(outcome(hateCues, text)).toBe('reject'));

  it.each([
    'The minister called migrants "vermin" in a speech, and the paper quoted it.',
    'Refugees were treated like animals in the detention camps.',
    'Cancer rates among refugees are not being tracked.',
    'Rats were a plague in the trenches.',
    'Russia launches drones in swarms to drain air defences.',
    'Refugees are not vermin, but people who fled a war.',
  ])('leaves alone: %s', (text) => expect(outcome(hateCues, text)).toBe('pass'));
});

describe('pitch cues', () => {
  it('counts the kinds of sales cue', () => {
    expect(pitchKinds(scan('Earn 300 a day with crypto trading, click the link'))).toBe(3);
    expect(pitchKinds(scan('Guaranteed returns: earn 300 a day with crypto, click the link'))).toBe(4);
    expect(pitchKinds(scan('The IMF loan comes with conditions'))).toBe(1);
    expect(pitchKinds(scan('The IMF loan of $3bn comes with conditions'), true)).toBe(2);
  });
});
