/**
 * Wiring of the semantic providers into the consumer's checks (functions/lib/checks.ts, config.ts): the
 * environment is validated, nothing semantic runs unless asked, the checks sit right after `toxicity` in
 * the order asked, and providers are built on first use. What the default factories send:
 * `semantic-factories.test.ts`.
 */
import { describe, expect, it } from 'vitest';
import {
  SEMANTIC_AFTER,
  buildChecks,
  lazyProvider,
  semanticChecks,
  withSemanticChecks,
  type ProviderFactories,
} from '../../functions/lib/checks';
import { loadSemanticConfig } from '../../functions/lib/config';
import { createChecks } from '../../shared/moderation/checks';
import { runPipeline } from '../../shared/moderation/pipeline';
import { EXAMPLE_PRICES } from '../../shared/moderation/providers/cost';
import { lexiconProvider } from '../../shared/moderation/toxicity/lexicon';
import type { SemanticProvider, SemanticVerdict } from '../../shared/moderation/providers/types';
import type { ModerationCheck } from '../../shared/moderation/types';
import { makeContext } from '../moderation/support';
import { ENDPOINT_ENV, GUARDRAIL_ENV, env } from './semantic-env';

const names = (checks: readonly ModerationCheck[]) => checks.map((c) => c.name);

const approve = (provider: string): SemanticVerdict => ({
  provider,
  outcome: 'approve',
  category: 'none',
  confidence: 0.95,
  spans: [],
  rationale: 'fine',
  usage: { inputTokens: 0, outputTokens: 0, cacheReadInputTokens: 0, cacheWriteInputTokens: 0 },
});

/** Fake providers that approve and count their builds and calls. */
function fakes() {
  const built: string[] = [];
  const judged: string[] = [];
  const make = (name: string) => (): Promise<SemanticProvider> => {
    built.push(name);
    return Promise.resolve({
      name,
      judge: (input) => {
        judged.push(`${name}:${input.id}`);
        return Promise.resolve(approve(name));
      },
    });
  };
  const factories: ProviderFactories = {
    guardrail: make('bedrock-guardrail'),
    llm: make('llm-judge'),
    endpoint: make('endpoint'),
  };
  return { built, judged, factories };
}

describe('semantic configuration', () => {
  it('is off by default, with the documented timeouts', () => {
    const c = loadSemanticConfig(env());
    expect(c.SEMANTIC_PROVIDERS).toEqual([]);
    expect(c.GUARDRAIL_TIMEOUT_MS).toBe(1500);
    expect(c.LLM_JUDGE_TIMEOUT_MS).toBe(4000);
    expect(c.MODERATION_ENDPOINT_TIMEOUT_MS).toBe(2000);
    expect(c.SEMANTIC_PRICES).toBeUndefined();
  });

  it('reads the providers as an ordered list, and the settings each needs', () => {
    const c = loadSemanticConfig(
      env({
        SEMANTIC_PROVIDERS: ' llm , guardrail,endpoint',
        ...GUARDRAIL_ENV,
        ...ENDPOINT_ENV,
        GUARDRAIL_TIMEOUT_MS: '900',
        LLM_JUDGE_MODEL_ID: 'eu.anthropic.claude-haiku-4-5-20251001-v1:0',
        LLM_JUDGE_MAX_COST_USD: '0.01',
        GUARDRAIL_ACTIONS: JSON.stringify({ content: { INSULTS: { HIGH: 'reject' } }, pii: 'reject' }),
        GUARDRAIL_TOPICS: JSON.stringify({ 'Election fraud claims': 'misinformation' }),
        SEMANTIC_PRICES: JSON.stringify({
          tokens: EXAMPLE_PRICES.claudeHaiku45Global,
          guardrail: EXAMPLE_PRICES.guardrails,
        }),
      }),
    );
    expect(c.SEMANTIC_PROVIDERS).toEqual(['llm', 'guardrail', 'endpoint']);
    expect(c.GUARDRAIL_TIMEOUT_MS).toBe(900);
    expect(c.LLM_JUDGE_MAX_COST_USD).toBe(0.01);
    expect(c.GUARDRAIL_ACTIONS).toEqual({ content: { INSULTS: { HIGH: 'reject' } }, pii: 'reject' });
    expect(c.GUARDRAIL_TOPICS).toEqual({ 'Election fraud claims': 'misinformation' });
    expect(c.SEMANTIC_PRICES?.tokens?.outputPerMTok).toBe(EXAMPLE_PRICES.claudeHaiku45Global.outputPerMTok);
  });

  it('refuses a bad deploy at init, naming the variables and never their values', () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ SEMANTIC_PROVIDERS: 'guardrail,perspective' }, /SEMANTIC_PROVIDERS/],
      [{ SEMANTIC_PROVIDERS: 'llm,llm' }, /named twice/],
      [{ SEMANTIC_PROVIDERS: 'guardrail' }, /BEDROCK_GUARDRAIL_ID.*BEDROCK_GUARDRAIL_VERSION/],
      [
        { SEMANTIC_PROVIDERS: 'endpoint', MODERATION_ENDPOINT_URL: ENDPOINT_ENV.MODERATION_ENDPOINT_URL },
        /MODERATION_ENDPOINT_SECRET_ARN/,
      ],
      [
        { SEMANTIC_PROVIDERS: 'endpoint', ...ENDPOINT_ENV, MODERATION_ENDPOINT_URL: 'ftp://x.example' },
        /MODERATION_ENDPOINT_URL/,
      ],
      [{ ...GUARDRAIL_ENV, BEDROCK_GUARDRAIL_VERSION: 'latest' }, /BEDROCK_GUARDRAIL_VERSION/],
      [{ SEMANTIC_PRICES: '{"tokens":' }, /SEMANTIC_PRICES \(not JSON\)/],
      [{ SEMANTIC_PRICES: JSON.stringify({ tokens: { inputPerMTok: -1 } }) }, /SEMANTIC_PRICES/],
      [{ GUARDRAIL_ACTIONS: JSON.stringify({ content: { HATE: { HIGH: 'delete' } } }) }, /GUARDRAIL_ACTIONS/],
      [{ GUARDRAIL_TOPICS: JSON.stringify({ x: 'treason' }) }, /GUARDRAIL_TOPICS/],
      [{ LLM_JUDGE_TIMEOUT_MS: '5' }, /LLM_JUDGE_TIMEOUT_MS/],
      [{ MODERATION_ENDPOINT_SECRET: 'short-secret-value' }, /MODERATION_ENDPOINT_SECRET/],
    ];
    for (const [extra, message] of cases) {
      let error: unknown;
      try {
        loadSemanticConfig(env(extra));
      } catch (err) {
        error = err;
      }
      expect(error, JSON.stringify(extra)).toBeInstanceOf(Error);
      const text = (error as Error).message;
      expect(text, JSON.stringify(extra)).toMatch(message);
      expect(text).not.toContain('short-secret-value');
      expect(text).not.toContain('ftp://');
    }
  });
});

describe('composition', () => {
  const base = createChecks({ toxicity: lexiconProvider });

  it('adds nothing when no semantic provider is configured', () => {
    const { factories, built } = fakes();
    expect(names(buildChecks(env(), factories))).toEqual(names(base));
    expect(built).toEqual([]);
  });

  it('puts the semantic checks right after toxicity, in the configured order', () => {
    const { factories } = fakes();
    const at = names(base).indexOf(SEMANTIC_AFTER);
    expect(at).toBeGreaterThan(0);
    for (const [list, expected] of [
      ['guardrail,llm,endpoint', ['semantic-bedrock-guardrail', 'semantic-llm-judge', 'semantic-endpoint']],
      ['endpoint,guardrail', ['semantic-endpoint', 'semantic-bedrock-guardrail']],
      ['llm', ['semantic-llm-judge']],
    ] as const) {
      const checks = buildChecks(
        env({ SEMANTIC_PROVIDERS: list, ...GUARDRAIL_ENV, ...ENDPOINT_ENV }),
        factories,
      );
      expect(names(checks)).toEqual([
        ...names(base).slice(0, at + 1),
        ...expected,
        ...names(base).slice(at + 1),
      ]);
    }
  });

  it('refuses to guess a place when there is no toxicity check', () => {
    const semantic = semanticChecks(
      loadSemanticConfig(env({ SEMANTIC_PROVIDERS: 'llm' })),
      fakes().factories,
    );
    expect(() =>
      withSemanticChecks(
        base.filter((c) => c.name !== SEMANTIC_AFTER),
        semantic,
      ),
    ).toThrow(/toxicity/);
    expect(withSemanticChecks(base, [])).toBe(base);
  });

  it('builds each provider on first use, once, and calls it for comments no earlier check rejected', async () => {
    const { factories, built, judged } = fakes();
    const checks = buildChecks(env({ SEMANTIC_PROVIDERS: 'guardrail,llm', ...GUARDRAIL_ENV }), factories);
    expect(built).toEqual([]);

    const civil = await runPipeline(
      makeContext('The piece underplays how much the coup changed the picture.', { comment: { id: 'c-ok' } }),
      checks,
    );
    expect(civil.outcome).toBe('approved');
    const banned = await runPipeline(
      makeContext('Another sensible remark about the sanctions timeline.', {
        comment: { id: 'c-banned' },
        author: { banned: true },
      }),
      checks,
    );
    expect(banned.outcome).toBe('rejected');
    const second = await runPipeline(
      makeContext('A second civil remark on the ceasefire talks.', { comment: { id: 'c-ok2' } }),
      checks,
    );
    expect(second.outcome).toBe('approved');

    expect(built).toEqual(['bedrock-guardrail', 'llm-judge']);
    expect(judged).toEqual([
      'bedrock-guardrail:c-ok',
      'llm-judge:c-ok',
      'bedrock-guardrail:c-ok2',
      'llm-judge:c-ok2',
    ]);
    const skipped = banned.checks.find((r) => r.check === 'semantic-llm-judge')!;
    expect(skipped.outcome).toBe('pass');
    expect(skipped.evidence[0]?.detail).toMatch(/^skipped: already rejected by banned-author/);
  });

  it('holds as degraded when a provider cannot be built, and builds again for the next comment', async () => {
    let attempts = 0;
    const provider = lazyProvider('llm-judge', () => {
      attempts++;
      return attempts === 1
        ? Promise.reject(new Error('model module failed to load'))
        : Promise.resolve({ name: 'llm-judge', judge: () => Promise.resolve(approve('llm-judge')) });
    });
    const { factories } = fakes();
    const [check] = semanticChecks(loadSemanticConfig(env({ SEMANTIC_PROVIDERS: 'llm' })), {
      ...factories,
      llm: () => Promise.resolve(provider),
    });
    const first = await check!.run(makeContext('A civil remark.'));
    expect(first).toMatchObject({ outcome: 'hold', reason: 'provider_degraded', tags: ['degraded'] });
    const second = await check!.run(makeContext('A civil remark.'));
    expect(second.outcome).toBe('pass');
    expect(attempts).toBe(2);
  });

  it('gives each provider the timeout of its own variable', async () => {
    const never: ProviderFactories = {
      guardrail: () =>
        Promise.resolve({ name: 'bedrock-guardrail', judge: () => new Promise<SemanticVerdict>(() => {}) }),
      llm: () => Promise.resolve({ name: 'llm-judge', judge: () => new Promise<SemanticVerdict>(() => {}) }),
      endpoint: () =>
        Promise.resolve({ name: 'endpoint', judge: () => new Promise<SemanticVerdict>(() => {}) }),
    };
    const [check] = semanticChecks(
      loadSemanticConfig(
        env({ SEMANTIC_PROVIDERS: 'guardrail', ...GUARDRAIL_ENV, GUARDRAIL_TIMEOUT_MS: '150' }),
      ),
      never,
    );
    const started = performance.now();
    const result = await check!.run(makeContext('A civil remark.'));
    const waited = performance.now() - started;
    expect(result).toMatchObject({ outcome: 'hold', reason: 'provider_degraded' });
    expect(result.evidence?.[0]?.detail).toMatch(/^timeout; .*150 ms/);
    expect(waited).toBeGreaterThanOrEqual(140);
    expect(waited).toBeLessThan(1500);
  });
});
