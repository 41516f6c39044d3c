/**
 * The LLM judge on the real SDK client, answered by aws-sdk-client-mock (no network). Answers follow the
 * Converse response shape: output.message.content[] with a toolUse block, stopReason, usage (input, output,
 * total, cache read/write tokens) and metrics.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { mockClient } from 'aws-sdk-client-mock';
import { BedrockRuntimeClient, ConverseCommand, ThrottlingException } from '@aws-sdk/client-bedrock-runtime';
import type { ConverseCommandOutput, StopReason, ToolUseBlock } from '@aws-sdk/client-bedrock-runtime';
import { semanticCheck } from '../../../shared/moderation/providers/check';
import { EXAMPLE_PRICES } from '../../../shared/moderation/providers/cost';
import { DEFAULT_GUIDELINES } from '../../../shared/moderation/providers/guidelines';
import {
  DEFAULT_JUDGE_MODEL_ID,
  VERDICT_TOOL_NAME,
  llmJudgeProvider,
  verdictInputSchema,
} from '../../../shared/moderation/providers/llm-judge';
import type { LlmJudgeOptions } from '../../../shared/moderation/providers/llm-judge';
import { makeContext } from '../support';

const bedrock = mockClient(BedrockRuntimeClient);
afterEach(() => bedrock.reset());

const client = () =>
  new BedrockRuntimeClient({ region: 'eu-west-1', credentials: { accessKeyId: 'x', secretAccessKey: 'y' } });
const judge = (o: Partial<LlmJudgeOptions> = {}) => llmJudgeProvider({ client: client(), ...o });
const input = (body: string) => ({
  id: 'c-42',
  articleId: 'sahel-security-2026',
  body,
  language: 'en',
  createdAt: '2026-03-02T12:00:00.000Z',
});
const signal = () => new AbortController().signal;

const INSINUATION = 'Funny how this reporter always defends them. Wonder who\u2019s paying her.';

type Usage = NonNullable<ConverseCommandOutput['usage']>;
const usage = (u: Partial<Usage> = {}): Usage => ({
  inputTokens: 2614,
  outputTokens: 96,
  totalTokens: 2710,
  cacheReadInputTokens: 0,
  cacheWriteInputTokens: 0,
  ...u,
});

/** A forced tool call, as Converse returns it. */
function toolAnswer(
  toolInput: Record<string, unknown>,
  u: Partial<Usage> = {},
  stopReason: StopReason = 'tool_use',
): Omit<ConverseCommandOutput, '$metadata'> {
  return {
    output: {
      message: {
        role: 'assistant',
        content: [
          {
            toolUse: {
              toolUseId: 'tooluse_kZJMlvQmRJ6eAyJE5GIl7Q',
              name: VERDICT_TOOL_NAME,
              input: toolInput as ToolUseBlock['input'],
            },
          },
        ],
      },
    },
    stopReason,
    usage: usage(u),
    metrics: { latencyMs: 1184 },
  };
}

const holdInsinuation = {
  category: 'insinuation',
  action: 'hold',
  confidence: 0.74,
  spans: ["Wonder who's paying her"],
  rationale: 'Suggests without evidence that the journalist is paid to write this (Hold: insinuation).',
};

describe('llm judge: the Converse request', () => {
  it('forces one tool whose schema is the verdict, caches the guidelines, and sends the comment as JSON', async () => {
    bedrock.on(ConverseCommand).resolves(toolAnswer(holdInsinuation));
    const controller = new AbortController();
    await judge({ siteName: 'The Global Desk' }).judge(input(INSINUATION), { signal: controller.signal });
    const calls = bedrock.commandCalls(ConverseCommand);
    expect(calls).toHaveLength(1);
    const req = calls[0]!.args[0].input;
    expect((calls[0]!.args as unknown[])[1]).toEqual({ abortSignal: controller.signal });

    expect(req.modelId).toBe(DEFAULT_JUDGE_MODEL_ID);
    expect(req.system).toHaveLength(2);
    expect(req.system?.[0]?.text).toContain('You moderate reader comments for The Global Desk.');
    expect(req.system?.[0]?.text).toContain(DEFAULT_GUIDELINES);
    expect(req.system?.[1]).toEqual({ cachePoint: { type: 'default' } });

    expect(req.toolConfig?.toolChoice).toEqual({ tool: { name: VERDICT_TOOL_NAME } });
    expect(req.toolConfig?.tools).toHaveLength(1);
    const spec = req.toolConfig?.tools?.[0]?.toolSpec;
    expect(spec?.name).toBe(VERDICT_TOOL_NAME);
    expect(spec?.inputSchema?.json).toEqual(verdictInputSchema());
    expect(spec?.inputSchema?.json).toMatchObject({
      type: 'object',
      required: ['category', 'action', 'confidence', 'spans', 'rationale'],
      additionalProperties: false,
      properties: {
        action: { type: 'string', enum: ['approve', 'hold', 'reject'] },
        confidence: { type: 'number', minimum: 0, maximum: 1 },
        spans: { type: 'array', items: { type: 'string' } },
      },
    });
    expect(req.inferenceConfig).toEqual({ maxTokens: 600, temperature: 0 });

    const text = req.messages?.[0]?.content?.[0]?.text ?? '';
    expect(req.messages?.[0]?.role).toBe('user');
    const json = JSON.parse(text.slice(text.indexOf('{')));
    expect(json).toEqual({
      commentId: 'c-42',
      articleId: 'sahel-security-2026',
      language: 'en',
      body: INSINUATION,
    });
  });

  it('honours the model id, guidelines and cache settings the deployer chose', async () => {
    bedrock.on(ConverseCommand).resolves(toolAnswer(holdInsinuation));
    await judge({
      modelId: 'eu.anthropic.claude-haiku-4-5-20251001-v1:0',
      guidelines: 'Only reject spam.',
      cache: { ttl: '1h' },
    }).judge(input('x'), { signal: signal() });
    await judge({ cache: false }).judge(input('x'), { signal: signal() });
    const [first, second] = bedrock.commandCalls(ConverseCommand).map((c) => c.args[0].input);
    expect(first!.modelId).toBe('eu.anthropic.claude-haiku-4-5-20251001-v1:0');
    expect(first!.system?.[0]?.text).toMatch(/Only reject spam\.$/);
    expect(first!.system?.[1]).toEqual({ cachePoint: { type: 'default', ttl: '1h' } });
    expect(second!.system).toHaveLength(1);
  });

  it('keeps the cached prefix identical from one comment to the next', async () => {
    bedrock.on(ConverseCommand).resolves(toolAnswer(holdInsinuation));
    const j = judge();
    await j.judge(input('First comment.'), { signal: signal() });
    await j.judge({ ...input('Second, different comment.'), id: 'c-43' }, { signal: signal() });
    const [a, b] = bedrock.commandCalls(ConverseCommand).map((c) => c.args[0].input);
    expect(b!.system).toEqual(a!.system);
    expect(b!.toolConfig).toEqual(a!.toolConfig);
  });
});

describe('llm judge: answers', () => {
  it('a tool-use answer becomes a verdict with located spans, usage and cost', async () => {
    bedrock.on(ConverseCommand).resolves(toolAnswer(holdInsinuation));
    const v = await judge({ prices: EXAMPLE_PRICES.claudeHaiku45Global }).judge(input(INSINUATION), {
      signal: signal(),
    });
    expect(v).toMatchObject({
      provider: 'llm-judge',
      outcome: 'hold',
      category: 'insinuation',
      confidence: 0.74,
      model: DEFAULT_JUDGE_MODEL_ID,
    });
    // The model straightened the apostrophe; the span still points at the original text.
    expect(v.spans).toEqual([{ text: 'Wonder who\u2019s paying her', start: 45, end: 68 }]);
    expect(v.usage).toEqual({
      inputTokens: 2614,
      outputTokens: 96,
      cacheReadInputTokens: 0,
      cacheWriteInputTokens: 0,
      costUsd: (2614 * 1.0 + 96 * 5.0) / 1e6,
    });
  });

  it('prices cache reads and writes at their own rates', async () => {
    bedrock
      .on(ConverseCommand)
      .resolvesOnce(
        toolAnswer(holdInsinuation, {
          inputTokens: 60,
          cacheWriteInputTokens: 4300,
          cacheReadInputTokens: 0,
        }),
      )
      .resolvesOnce(
        toolAnswer(holdInsinuation, {
          inputTokens: 60,
          cacheWriteInputTokens: 0,
          cacheReadInputTokens: 4300,
        }),
      );
    const j = judge({ prices: EXAMPLE_PRICES.claudeHaiku45Global });
    const write = await j.judge(input(INSINUATION), { signal: signal() });
    const read = await j.judge(input(INSINUATION), { signal: signal() });
    expect(write.usage.costUsd).toBeCloseTo((60 * 1 + 4300 * 1.25 + 96 * 5) / 1e6, 12);
    expect(read.usage.costUsd).toBeCloseTo((60 * 1 + 4300 * 0.1 + 96 * 5) / 1e6, 12);
  });

  it('through the check: a confident threat verdict rejects with offsets in the evidence', async () => {
    const body = 'Would be a real shame if the author\u2019s car had an accident one of these days.';
    bedrock.on(ConverseCommand).resolves(
      toolAnswer({
        category: 'threat',
        action: 'reject',
        confidence: 0.86,
        spans: ["Would be a real shame if the author's car had an accident"],
        rationale: 'Veiled threat against the author (Reject: threats, including conditional ones).',
      }),
    );
    const r = await semanticCheck(judge(), { timeoutMs: 1000 }).run(makeContext(body));
    expect(r).toMatchObject({ outcome: 'reject', reason: 'harassment', score: 0.86 });
    const quote = r.evidence?.find((e) => e.kind === 'quote');
    expect(quote?.span).toEqual([0, 57]);
    expect(body.slice(0, 57)).toBe('Would be a real shame if the author\u2019s car had an accident');
  });
});

describe('llm judge: invalid answers hold the comment as degraded', () => {
  const cases: Array<[string, ReturnType<typeof toolAnswer> | Record<string, unknown>, RegExp]> = [
    [
      'prose instead of the tool call',
      {
        output: { message: { role: 'assistant', content: [{ text: 'This comment seems fine to me.' }] } },
        stopReason: 'end_turn',
        usage: usage(),
        metrics: { latencyMs: 900 },
      },
      /no record_moderation_verdict call in the answer \(stopReason end_turn\)/,
    ],
    ['a confidence above 1', toolAnswer({ ...holdInsinuation, confidence: 1.4 }), /confidence: Too big/],
    ['an unknown category', toolAnswer({ ...holdInsinuation, category: 'rude' }), /category: Invalid option/],
    ['an extra field', toolAnswer({ ...holdInsinuation, severity: 'high' }), /Unrecognized key/],
    [
      'a tool call cut off at max_tokens',
      toolAnswer({ category: 'threat', action: 'hold' }, {}, 'max_tokens'),
      /stopReason max_tokens.*confidence: Invalid input/,
    ],
  ];
  for (const [what, answer, message] of cases) {
    it(what, async () => {
      bedrock.on(ConverseCommand).resolves(answer);
      const r = await semanticCheck(judge({ prices: EXAMPLE_PRICES.claudeHaiku45Global })).run(
        makeContext(INSINUATION),
      );
      expect(r).toMatchObject({ outcome: 'hold', reason: 'provider_degraded', tags: ['degraded'] });
      expect(r.evidence?.[0]?.detail).toMatch(/^invalid_answer; /);
      expect(r.evidence?.[0]?.detail).toMatch(message);
      // The call was billed all the same; the record says so.
      expect(r.evidence?.[1]).toMatchObject({
        kind: 'usage',
        detail: expect.stringMatching(/^tokens in 2614, out 96/),
      });
    });
  }

  it('throttling → degraded hold', async () => {
    bedrock.on(ConverseCommand).rejects(
      new ThrottlingException({
        message: 'Too many tokens, please wait before trying again.',
        $metadata: { httpStatusCode: 429 },
      }),
    );
    const r = await semanticCheck(judge()).run(makeContext(INSINUATION));
    expect(r).toMatchObject({ outcome: 'hold', reason: 'provider_degraded', tags: ['degraded'] });
    expect(r.evidence?.[0]?.detail).toBe(
      'throttled; ThrottlingException: Too many tokens, please wait before trying again.',
    );
  });

  it('no answer before the deadline → the call is aborted and the comment held as degraded', async () => {
    bedrock.on(ConverseCommand).callsFake(() => new Promise(() => undefined));
    const r = await semanticCheck(judge(), { timeoutMs: 30 }).run(makeContext(INSINUATION));
    expect(r).toMatchObject({ outcome: 'hold', reason: 'provider_degraded', tags: ['degraded'] });
    expect(r.evidence?.[0]?.detail).toBe('timeout; SemanticProviderError: no verdict within 30 ms');
    const options = (bedrock.commandCalls(ConverseCommand)[0]!.args as unknown[])[1] as {
      abortSignal: AbortSignal;
    };
    expect(options.abortSignal.aborted).toBe(true);
  });
});

describe('llm judge: the per-comment budget', () => {
  it('cuts a long comment, says so in the prompt, and the check never passes the partial approval', async () => {
    bedrock.on(ConverseCommand).resolves(
      toolAnswer({
        category: 'none',
        action: 'approve',
        confidence: 0.9,
        spans: [],
        rationale: 'Civil argument.',
      }),
    );
    const body = 'The ceasefire talks in Doha have stalled again. '.repeat(40);
    const r = await semanticCheck(judge({ maxCommentChars: 500 })).run(makeContext(body));
    expect(r).toMatchObject({ outcome: 'hold', reason: 'semantic_partial' });
    const text =
      bedrock.commandCalls(ConverseCommand)[0]!.args[0].input.messages?.[0]?.content?.[0]?.text ?? '';
    expect(text).toContain('(only its first 500 characters are shown)');
    const json = JSON.parse(text.slice(text.indexOf('{')));
    expect(json).toMatchObject({ truncated: true, originalLength: body.length });
    expect(json.body).toHaveLength(500);
  });

  it('refuses to call above the input token budget and holds as degraded', async () => {
    bedrock.on(ConverseCommand).resolves(toolAnswer(holdInsinuation));
    const body = '\u6218\u4E89'.repeat(2000); // 4,000 CJK characters, 12,000 bytes of UTF-8
    // Under the default budget it is sent…
    await judge().judge(input(body), { signal: signal() });
    expect(bedrock.commandCalls(ConverseCommand)).toHaveLength(1);
    // …under a tighter one it is not.
    const r = await semanticCheck(judge({ inputTokenBudget: 6000 })).run(makeContext(body));
    expect(bedrock.commandCalls(ConverseCommand)).toHaveLength(1);
    expect(r).toMatchObject({ outcome: 'hold', reason: 'provider_degraded', tags: ['degraded'] });
    expect(r.evidence?.[0]?.detail).toMatch(
      /^over_budget; SemanticProviderError: estimated \d+ input tokens exceed the budget of 6000; not called/,
    );
  });

  it('refuses to call when the worst-case cost is above the cap', async () => {
    bedrock.on(ConverseCommand).resolves(toolAnswer(holdInsinuation));
    const j = judge({ prices: EXAMPLE_PRICES.claudeHaiku45Global, maxCostUsd: 0.001 });
    await expect(j.judge(input(INSINUATION), { signal: signal() })).rejects.toMatchObject({
      failure: 'over_budget',
      message: expect.stringMatching(/^worst-case cost \$0\.00\d+ exceeds \$0\.001; not called$/),
    });
    expect(bedrock.commandCalls(ConverseCommand)).toHaveLength(0);
  });
});
