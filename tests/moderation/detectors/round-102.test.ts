/**
 * Round 102, from what `/work/audit56` (veiled threats) still had after round 101: `you'll see what happens` as a closer
 * in German, Russian and Spanish, payback promised someday to those who write (held), the Portuguese execution call
 * (held), more sport words for the sports page's idiom, and `перед судом` / `vor Gericht` read as the law's means.
 */
import { describe, expect, it } from 'vitest';
import { detectThreats } from '../../../shared/moderation/detectors/threats';
import { outcomeCases as cases } from '../pipeline-cases';

describe('round 102: menace in more languages, payback someday, the sports page', () => {
  cases('publishes', 'approved', [
    'Someday I will pay off my mortgage.',
    'Ihr seid gewarnt: morgen regnet es den ganzen Tag.',
    'Все, кто пишет такую ложь, однажды ответят перед судом.',
  ]);
  cases('holds', 'pending', [
    'Irgendwann zahlen alle, die solche Lügen schreiben.',
    'Всем, кто пишет такую ложь, однажды придётся ответить.',
    'Ya llegará el día en que paguen todos los que escriben estas mentiras.',
    'Esses milicianos tinham que ser todos fuzilados.',
  ]);
  cases('rejects', 'rejected', ['Du wirst schon sehen. Ich weiß, wo du wohnst.']);
  it('reads a match won on the sports page by its defence and corners', () => {
    expect(
      detectThreats("We'll destroy them on Saturday, their back four can't defend a corner.", true),
    ).toBeNull();
    expect(detectThreats("We'll destroy them on Saturday, you and your family.", true)?.outcome).toBe(
      'reject',
    );
  });
});
