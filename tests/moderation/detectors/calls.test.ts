/**
 * Calls to violence against many people (shared/moderation/detectors/cue-rules-calls.ts), through the
 * threats check: sentences written for this test (not taken from the evaluation set), beside the civil
 * look-alikes the rule must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { callCues } from '../../../shared/moderation/detectors/cue-rules-calls';
import { scanCues } from '../../../shared/moderation/detectors/cues';
import { hate } from '../../../shared/moderation/checks/hate';
import { threats } from '../../../shared/moderation/checks/threats';
import { tokensOf } from '../../../shared/moderation/text/tokens';
import { resultOf } from './support';

const call = (text: string) => callCues(scanCues(tokensOf(text).tokens, text), text);

describe('calls to violence against a group, a people or a place', () => {
  it.each([
    'Kill all the settlers.',
    'just shoot the protesters, problem solved',
    'Bomb every mosque in the district.',
    'Burn down their villages.',
    'Round up the traitors and shoot them.',
    'Nuke Moscow already.',
    'Kill Putin.',
    'Matad a todos los colonos.',
    'Hay que quemar la mezquita del barrio.',
    'Tuez tous les colons.',
    'Erschießt die Demonstranten.',
    'Man sollte die Moschee in Brand stecken und anzünden.',
    'Убейте всех сепаратистов.',
    'Всех этих журналистов надо расстрелять.',
    'Сжечь их деревни дотла.',
    'ubit vseh ukrov',
    'Uccidete tutti i coloni.',
    'Trzeba spalić ten meczet.',
    // A city named after a call in a language that does not capitalise every noun; prisoners.
    'Que bombardeen Kiev hasta que no quede nada.',
    'Zrównać Moskwę z ziemią.',
    'Shoot the prisoners, every one of them.',
    // Shot a few times is no message sent.
    'Shoot the protesters a few times, that will teach them.',
  ])('rejects: %s', async (text) => {
    expect(call(text)).toMatchObject({ outcome: 'reject', hate: false });
    expect(await resultOf(threats, text)).toMatchObject({ outcome: 'reject', reason: 'harassment' });
  });

  it.each([
    'Kill all Muslims.',
    'Gas the Jews',
    'Mort aux juifs.',
    'Tötet alle Juden.',
    'Bomb the Roma camp.',
  ])('rejects a call against a protected group as hate, in the hate check: %s', async (text) => {
    expect(call(text)).toMatchObject({ outcome: 'reject', hate: true });
    expect(await resultOf(threats, text)).toMatchObject({ outcome: 'pass' });
    expect(await resultOf(hate, text)).toMatchObject({ outcome: 'reject', reason: 'hate' });
  });

  it.each(['Death to the settlers.', 'Death to the traitors!', 'Смерть предателям'])(
    'holds `death to` a kind of people, a slogan for a moderator to read: %s',
    async (text) => {
      expect(call(text)).toMatchObject({ outcome: 'hold', hate: false });
      expect(await resultOf(threats, text)).toMatchObject({ outcome: 'hold', reason: 'violence_review' });
    },
  );

  it.each([
    // Idioms and objects that are no people.
    'Kill the bill, fund the schools.',
    'Kill the bill and fund the schools.',
    'Shoot me an email if you want the source.',
    'Shoot the students a reminder about Friday’s deadline.',
    'Bomb the exam and you repeat the year.',
    'Execute the plan and stop talking about it.',
    'Burn the midnight oil, the report is due Friday.',
    // A capitalised name that is the subject, not the object; a display name.
    'Kill Bill is still the best film of that decade.',
    'Execute Order 66 was the best scene.',
    "Kill Bill's soundtrack is still the best thing Tarantino did.",
    'Hang Nguyen',
    // German capitalises every noun: a noun after a German verb is no name.
    'Verbrennt die Bücher nicht, lest sie.',
    // The verb not said as a call: news, intransitive, a crime named, negated, reported, quoted.
    'Israel bombed the camps again last night.',
    'How many more villages have to burn before Brussels acts?',
    'Бомбить жилые дома и называть это ударом по инфраструктуре — преступление.',
    "Don't bomb the villages, target the launchers.",
    'The crowd chanted "death to the settlers", which is disgusting.',
    'Les mercenaires ont massacré des villages entiers au Mali.',
    'Death to tyranny, long live free elections.',
  ])('leaves alone: %s', (text) => expect(call(text)).toBeNull());

  it('shows the verb and its object as evidence', () => {
    const text = 'Torch the refugee hotel tonight.';
    const spans = call(text)?.evidence.map((e) => text.slice(...(e.span as [number, number])));
    expect(spans).toEqual(['Torch', 'refugee hotel']);
  });
});
