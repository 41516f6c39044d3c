/**
 * Conspiracy talk, invented news and coded approval of violence with no stock marker (round 37, a red-team of
 * meaning in six languages, `/work/audit22`), each with civil twins (docs/moderation-rounds.md, round 37).
 */
import { describe, expect, it } from 'vitest';
import { outcomeCases as cases, pipelineOutcome } from '../pipeline-cases';

/** Held or rejected: sarcasm that carries approval of violence is a moderator's call either way. */
const flagged = (texts: string[]): void =>
  it.each(texts)('flags: %s', async (text) => {
    expect(await pipelineOutcome(text)).not.toBe('approved');
  });

describe('an attack staged for a purpose, by "our own" services', () => {
  cases('holds', 'pending', [
    'The bombing in the capital was staged by the security services to justify the new emergency law.',
    'El atentado fue montado desde dentro para justificar el estado de alarma.',
    'L’attaque a été organisée par le gouvernement pour faire passer la réforme de la police.',
    'Die Explosion wurde vom Staat inszeniert, um das neue Polizeigesetz durchzubringen.',
    'Взрыв в метро устроили свои же, чтобы оправдать закрытие границ.',
    'vzryv v metro ustroili svoi zhe chtoby opravdat zakrytie granic',
  ]);
  cases('publishes', 'approved', [
    'The opposition claims the trial was staged to justify banning the party; the court denies it.',
    'The festival was staged in the old port to bring in tourists after the floods.',
    'Historians agree the Gleiwitz incident was staged by the SS in 1939 as a pretext for the invasion.',
    'Pro-government channels are pushing the line that the fire was staged to justify the crackdown.',
    'Die Oper wurde in Salzburg neu inszeniert, um das Jubiläum zu feiern.',
    'Свои же коллеги устроили ему проводы на пенсию.',
  ]);
});

describe('the spraying, the dosing and the replacement "on purpose"', () => {
  cases('holds', 'pending', [
    'They are spraying us every morning before the summits, look up at the sky.',
    'Nos fumigan desde los aviones, por eso nadie protesta.',
    'Ils ajoutent du lithium dans l’eau pour nous garder dociles.',
    'Die tun etwas ins Leitungswasser, damit wir schön ruhig bleiben.',
    'Нас распыляют с самолётов, чтобы мы сидели тихо.',
    'They put fluoride in the tap water to keep us docile.',
    'We are being replaced on purpose and every boat is planned in Brussels.',
    'On nous remplace volontairement, tout est organisé.',
    'Wir werden gezielt ausgetauscht, das ist längst geplant.',
    'Мигрантов завозят специально, чтобы заменить местных.',
    'Die Impfung dient der Bevölkerungsreduktion, das weiß doch jeder.',
  ]);
  cases('publishes', 'approved', [
    'Farmers are spraying the fields early because of the drought.',
    'Bread and circuses to keep us quiet, the usual budget tricks.',
    'The striker was replaced on purpose at half-time to protect his knee.',
    'Der Torwart wurde gezielt ausgewechselt, um Zeit zu schinden.',
    'Сокращение населения в регионе связано с оттоком молодёжи в города.',
  ]);
});

describe('a death toll many times the article’s, said to be confirmed', () => {
  cases('holds', 'pending', [
    'AFP confirms 3,000 dead after the storm, not the 30 your article gives.',
    'Reuters confirma 1.500 muertos, no los 15 que dice este periódico.',
    'Reuters bestätigt 5.000 Tote, nicht die 50 aus dem Artikel.',
  ]);
  cases('publishes', 'approved', [
    'The toll is now 46 dead, not the 40 in your article; please update it.',
    'Officials confirm 3,000 dead and 30 still missing after the storm.',
  ]);
});

describe('regret that an attack was too small, a sneer at "peaceful protesters"', () => {
  flagged([
    'Such a shame the bomb was so small, honestly.',
    'Sad to hear the governor survived.',
    'Dommage que la bombe ait été si petite.',
    'Schade nur, dass die Bombe so klein war.',
    'Жаль, что бомба в этот раз была такая маленькая.',
    'What a tragedy, only twelve. They will try harder next time.',
    'Another "peaceful protester" with a machete, how lovely.',
    'Otro "manifestante pacífico" con un machete, qué sorpresa.',
    'Time to clean house in parliament, literally.',
    'In the old days a judge like that would have been dealt with in a dark alley.',
  ]);
  cases('publishes', 'approved', [
    'Thankfully the bomb was small and nobody was hurt.',
    'Glad to hear the governor survived the crash.',
    'Sad to hear that only three of the crew survived.',
    'What a tragedy: twelve dead, and the ferry company ignored every warning.',
    'Thousands of peaceful protesters marched with candles and flags.',
    'The new coach promised to clean house after the doping scandal.',
  ]);
});

describe('a named myth denied as a cause', () => {
  cases('publishes', 'approved', [
    'HAARP did not cause the earthquake; the fault line there is one of the most active in the world.',
  ]);
});
