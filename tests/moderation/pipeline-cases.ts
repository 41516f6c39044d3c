/** The default pipeline's outcome for a comment, and a table of comments that must all reach one outcome. */
import { expect, it } from 'vitest';
import { runPipeline } from '../../shared/moderation/pipeline';
import type { DecisionRecord } from '../../shared/moderation/types';
import { makeContext } from './support';

type Outcome = DecisionRecord['outcome'];

export const pipelineOutcome = async (text: string): Promise<Outcome> =>
  (await runPipeline(makeContext(text))).outcome;

/**
 * Round 124's known regressions: comments of the round tests whose outcome the retrained classifier changed
 * (docs/moderation-rounds.md, round 124: the retrain was kept by a rule declared before training, on the held-out
 * halves, where it rejects 15 fewer comments wrongly and flags 129 more). Each still has its test, which now asserts
 * that the outcome differs from the one expected: a later fix makes it fail until its text leaves this list.
 */
export const RETRAIN_REGRESSIONS: ReadonlySet<string> = new Set([
  'Ich hoffe, die Aktie stürzt ab, dann kaufe ich nach.',
  'Race war fantasies drive these Telegram channels, the report on the Terrorgram collective shows.',
  'Работа для всех: от 5000 в день удалённо, без опыта. Подробности в личке.',
  'À Paris, le consulat du Mali reçoit sans rendez-vous le matin, appelez le +33 1 45 48 58 43 avant de venir.',
  'Vediamo se sei così coraggioso anche quando devi votare la fiducia, caro senatore.',
  'I doubt the opposition will take up arms; they have no weapons and no appetite for it.',
  'Mein Bruder arbeitet im Edeka, die Preise sind gestiegen. Geht mal vorbei und seht euch die Regale an.',
  "If you get a text saying your account is blocked and asking you to verify your details, it's a scam: report it to 7726.",
  "Dans Le Bureau des légendes l'attentat de la saison 3 est étonnamment réaliste.",
  "We're going to destroy them in the derby on Saturday, no doubt about it ⚽",
  'Historians still argue over how the Resistance dealt with collaborators after the liberation.',
  'keep the score going lads, 3-0 up against Spurs',
  'The video was staged by actors hired for a Russian TV segment, Bellingcat found.',
  'etih politikov nado vygnat na vyborah',
  'Der Tag kommt, an dem die Wahrheit über Butscha vor Gericht steht.',
  'the world would be a better place without that general in it',
  'Zelensky said in a closed session of parliament that the front needs more air defence, several MPs confirmed.',
  'Мне знакомый врач рассказывал, как тяжело работать в прифронтовой больнице.',
  'Councillor Hayes, your office at the town hall closes early every Friday. Please think of the residents who need it.',
  'The only good Palestinian is one on the other side of the Jordan. Or under it.',
  'Marre de la réforme ? Partez à la retraite à 55 ans grâce à notre méthode LMNP. Appel gratuit au 09 70 45 18 32 ou sur retraite-libre-patrimoine.fr',
  "We flew 120,000 of them out and now they're multiplying in our suburbs like rabbits. Abbey Gate was the least of it.",
  'Hope the Southport killer’s barrister gets exactly what his client gave those little girls.',
  'Hamas deserves to be wiped out as an organisation, its voters do not',
]);

/** Expects `expected` for `text`, or, for a known regression of round 124's retrain, anything else. */
export async function expectOutcome(text: string, expected: Outcome): Promise<void> {
  const outcome = await pipelineOutcome(text);
  if (RETRAIN_REGRESSIONS.has(text))
    expect(outcome, 'fixed? remove it from RETRAIN_REGRESSIONS (pipeline-cases.ts)').not.toBe(expected);
  else expect(outcome).toBe(expected);
}

/** One test per text: `${title}: text`, each expecting `expected` from the default pipeline. */
export const outcomeCases = (title: string, expected: Outcome, texts: string[]): void =>
  it.each(texts)(`${title}: %s`, async (text) => {
    await expectOutcome(text, expected);
  });
