/** The default pipeline's outcome for a comment, and a table of comments that must all reach one outcome. */
import { expect, it } from 'vitest';
import { runPipeline } from '../../shared/moderation/pipeline';
import type { DecisionRecord } from '../../shared/moderation/types';
import { makeContext } from './support';

type Outcome = DecisionRecord['outcome'];

export const pipelineOutcome = async (text: string): Promise<Outcome> =>
  (await runPipeline(makeContext(text))).outcome;

/** One test per text: `${title}: text`, each expecting `expected` from the default pipeline. */
export const outcomeCases = (title: string, expected: Outcome, texts: string[]): void =>
  it.each(texts)(`${title}: %s`, async (text) => {
    expect(await pipelineOutcome(text)).toBe(expected);
  });
