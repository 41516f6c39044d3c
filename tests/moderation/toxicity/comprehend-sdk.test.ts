/** The Comprehend provider on the real AWS SDK v3 client, answered by aws-sdk-client-mock (no network). */
import { afterEach, describe, expect, it } from 'vitest';
import { mockClient } from 'aws-sdk-client-mock';
import { ComprehendClient, DetectToxicContentCommand } from '@aws-sdk/client-comprehend';
import { comprehendProvider } from '../../../shared/moderation/toxicity/comprehend';
import { toxicityCheck } from '../../../shared/moderation/checks/toxicity';
import { makeContext } from '../support';

const comprehend = mockClient(ComprehendClient);
const provider = () =>
  comprehendProvider({
    client: new ComprehendClient({
      region: 'us-east-1',
      credentials: { accessKeyId: 'x', secretAccessKey: 'y' },
    }),
    command: (input) => new DetectToxicContentCommand(input),
  });

afterEach(() => comprehend.reset());

describe('comprehend provider on the SDK client', () => {
  it('sends English text as segments and maps labels to categories', async () => {
    comprehend.on(DetectToxicContentCommand).resolves({
      ResultList: [
        {
          Toxicity: 0.91,
          Labels: [
            { Name: 'INSULT', Score: 0.88 },
            { Name: 'PROFANITY', Score: 0.2 },
          ],
        },
      ],
    });
    const result = await provider().score('You are a complete idiot and everyone here knows it.', {});
    expect(result.categories.insult).toBeCloseTo(0.88);
    expect(result.categories.profanity).toBeCloseTo(0.2);
    const calls = comprehend.commandCalls(DetectToxicContentCommand);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.args[0].input).toMatchObject({
      LanguageCode: 'en',
      TextSegments: [{ Text: expect.any(String) }],
    });
  });

  it('holds the comment as degraded when Comprehend fails, never approving it', async () => {
    comprehend
      .on(DetectToxicContentCommand)
      .rejects(Object.assign(new Error('throttled'), { name: 'ThrottlingException' }));
    const check = toxicityCheck(provider(), { timeoutMs: 1000 });
    const result = await check.run(makeContext('A perfectly civil remark about sanctions policy.'));
    expect(result).toMatchObject({ outcome: 'hold', reason: 'provider_degraded', tags: ['degraded'] });
  });
});

describe('the functions’ Comprehend provider (functions/lib/checks.ts)', () => {
  it('makes its SDK client on the first comment it scores and reuses it', async () => {
    const { toxicityProvider } = await import('../../../functions/lib/checks');
    comprehend.on(DetectToxicContentCommand).resolves({
      ResultList: [{ Toxicity: 0.9, Labels: [{ Name: 'INSULT', Score: 0.9 }] }],
    });
    const scorer = toxicityProvider('comprehend', 'eu-west-1');
    const first = await scorer.score('You are a complete idiot and everyone here knows it.', {});
    await scorer.score('And you are a clown as well, everyone here knows it too.', {});
    expect(first.categories.insult).toBeCloseTo(0.9);
    const calls = comprehend.commandCalls(DetectToxicContentCommand);
    expect(calls).toHaveLength(2);
    expect(calls[0]!.args[0]).toBeInstanceOf(DetectToxicContentCommand);
  });

  it('is the lexicon itself when the deployment chose it', async () => {
    const { toxicityProvider } = await import('../../../functions/lib/checks');
    const { lexiconProvider } = await import('../../../shared/moderation/toxicity/lexicon');
    expect(toxicityProvider('lexicon', 'eu-west-1')).toBe(lexiconProvider);
  });
});
