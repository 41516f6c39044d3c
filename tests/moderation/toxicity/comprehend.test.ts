/**
 * The Comprehend provider against a hand-made fake client (`@aws-sdk/client-comprehend` is not a
 * dependency yet; the provider only needs `send`). The fake records each request and answers per
 * segment from a function of the segment's text.
 */
import { describe, expect, it } from 'vitest';
import { toxicityCheck } from '../../../shared/moderation/checks/toxicity';
import { comprehendProvider } from '../../../shared/moderation/toxicity/comprehend';
import type {
  ComprehendClientLike,
  DetectToxicContentInput,
} from '../../../shared/moderation/toxicity/comprehend';
import type { ToxicityProvider } from '../../../shared/moderation/toxicity/types';
import { makeContext } from '../support';

type Labels = Array<{ Name: string; Score: number }>;

function fakeClient(answer: (segment: string) => { Labels: Labels; Toxicity: number }) {
  const requests: DetectToxicContentInput[] = [];
  const signals: Array<AbortSignal | undefined> = [];
  const client: ComprehendClientLike = {
    send: (command: { input: DetectToxicContentInput }, options?: { abortSignal?: AbortSignal }) => {
      requests.push(command.input);
      signals.push(options?.abortSignal);
      return Promise.resolve({ ResultList: command.input.TextSegments.map((s) => answer(s.Text)) });
    },
  };
  return { client, requests, signals };
}

const quiet = () => ({ Labels: [{ Name: 'PROFANITY', Score: 0.01 }], Toxicity: 0.02 });

describe('comprehend provider', () => {
  it('maps Comprehend labels onto our categories and keeps the segment as evidence', async () => {
    const { client, requests } = fakeClient(() => ({
      Labels: [
        { Name: 'INSULT', Score: 0.81 },
        { Name: 'HARASSMENT_OR_ABUSE', Score: 0.9 },
        { Name: 'VIOLENCE_OR_THREAT', Score: 0.2 },
        { Name: 'HATE_SPEECH', Score: 0.1 },
        { Name: 'SEXUAL', Score: 0.05 },
        { Name: 'PROFANITY', Score: 0.3 },
        { Name: 'GRAPHIC', Score: 0.7 },
      ],
      Toxicity: 0.88,
    }));
    const r = await comprehendProvider({ client }).score('You are the worst kind of person.');
    expect(requests).toEqual([
      { TextSegments: [{ Text: 'You are the worst kind of person.' }], LanguageCode: 'en' },
    ]);
    expect(r).toMatchObject({
      provider: 'comprehend',
      language: 'en',
      categories: { insult: 0.9, threat: 0.2, hate: 0.1, sexual: 0.05, profanity: 0.3, violent_extremism: 0 },
    });
    expect(r.evidence).toContainEqual({
      kind: 'label',
      value: 'GRAPHIC',
      score: 0.7,
      span: [0, 33],
      detail: 'not mapped; segment 1 of 1',
    });
    expect(r.evidence).toContainEqual({
      kind: 'label',
      value: 'TOXICITY',
      score: 0.88,
      span: [0, 33],
      detail: 'not mapped; segment 1 of 1',
    });
  });

  it('splits long text into ≤1 KB segments, ten per request, and takes the maximum over segments', async () => {
    const sentence = 'The ceasefire talks in Doha have stalled again over the hostage lists. ';
    const text = sentence.repeat(200) + 'NASTY PART';
    const { client, requests } = fakeClient((s) =>
      s.includes('NASTY') ? { Labels: [{ Name: 'HATE_SPEECH', Score: 0.97 }], Toxicity: 0.97 } : quiet(),
    );
    const r = await comprehendProvider({ client }).score(text);
    const segments = requests.flatMap((q) => q.TextSegments);
    expect(requests.map((q) => q.TextSegments.length)).toEqual([10, 5]);
    for (const s of segments) expect(Buffer.byteLength(s.Text)).toBeLessThanOrEqual(1000);
    expect(segments.map((s) => s.Text).join('')).toBe(text);
    expect(r.categories.hate).toBe(0.97);
    const hate = r.evidence.find((e) => e.value === 'HATE_SPEECH');
    expect(hate?.detail).toBe('hate; segment 15 of 15');
    expect(text.slice(...hate!.span!)).toContain('NASTY PART');
  });

  it('falls back to the lexicon for other languages, without calling Comprehend, and says so', async () => {
    const { client, requests } = fakeClient(quiet);
    const r = await comprehendProvider({ client }).score(
      'Les sanctions ne servent à rien, et le gouvernement le sait.',
    );
    expect(requests).toEqual([]);
    expect(r).toMatchObject({ provider: 'lexicon', fellBack: true, language: 'fr' });
    expect(r.evidence[0]).toMatchObject({ kind: 'provider', value: 'comprehend' });
    expect(r.evidence[0]?.detail).toMatch(/English only.*"fr".*lexicon/);
  });

  it('trusts a language given by the caller', async () => {
    const { client, requests } = fakeClient(quiet);
    await comprehendProvider({ client }).score('Agreed.', { language: 'de' });
    expect(requests).toEqual([]);
  });

  it('takes violent extremism from the lexicon, which Comprehend has no label for', async () => {
    const { client } = fakeClient(quiet);
    const r = await comprehendProvider({ client }).score('Long live the Islamic State');
    expect(r.categories.violent_extremism).toBe(0.9);
    expect(r.evidence).toContainEqual(
      expect.objectContaining({ kind: 'term', value: 'long live the islamic state' }),
    );
  });

  it('passes the abort signal to the client', async () => {
    const { client, signals } = fakeClient(quiet);
    const controller = new AbortController();
    await comprehendProvider({ client }).score('Hello there', { signal: controller.signal });
    expect(signals).toEqual([controller.signal]);
  });

  it('uses the injected command factory (the real SDK command in production)', async () => {
    const sent: unknown[] = [];
    const client: ComprehendClientLike = {
      send: (command: unknown) => {
        sent.push(command);
        return Promise.resolve({ ResultList: [quiet()] });
      },
    };
    class FakeCommand {
      constructor(readonly input: DetectToxicContentInput) {}
    }
    await comprehendProvider({ client, command: (input) => new FakeCommand(input) }).score('Hello');
    expect(sent[0]).toBeInstanceOf(FakeCommand);
  });

  it('throws on a malformed answer (the check then holds as degraded)', async () => {
    const client: ComprehendClientLike = {
      send: () => Promise.resolve({ ResultList: [] }),
    };
    await expect(comprehendProvider({ client }).score('Hello')).rejects.toThrow(/0 results for 1 segments/);
  });

  it('through the toxicity check: an error or a timeout holds the comment as degraded', async () => {
    const failing: ComprehendClientLike = {
      send: () => Promise.reject(Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' })),
    };
    const hanging: ComprehendClientLike = {
      send: (_: unknown, options?: { abortSignal?: AbortSignal }) =>
        new Promise((_, reject) =>
          options?.abortSignal?.addEventListener('abort', () => reject(new Error('aborted'))),
        ),
    };
    const ctx = makeContext('A civil comment about the Doha talks.');
    const thrown = await toxicityCheck(comprehendProvider({ client: failing })).run(ctx);
    expect(thrown).toMatchObject({ outcome: 'hold', reason: 'provider_degraded', tags: ['degraded'] });
    expect(thrown.evidence?.[0]?.detail).toBe('ThrottlingException: Rate exceeded');
    const timedOut = await toxicityCheck(comprehendProvider({ client: hanging }), { timeoutMs: 25 }).run(ctx);
    expect(timedOut).toMatchObject({ outcome: 'hold', reason: 'provider_degraded', tags: ['degraded'] });
  });

  it('with a fallback provider for other languages, the check records the fallback', async () => {
    const { client } = fakeClient(quiet);
    const fallback: ToxicityProvider = {
      name: 'lexicon',
      score: (t) => ({
        provider: 'lexicon',
        categories: {
          insult: t.length > 0 ? 0.9 : 0,
          threat: 0,
          hate: 0,
          profanity: 0,
          sexual: 0,
          violent_extremism: 0,
        },
        evidence: [],
      }),
    };
    const r = await toxicityCheck(comprehendProvider({ client, fallback })).run(
      makeContext('Ты идиот и предатель.'),
    );
    expect(r).toMatchObject({ outcome: 'reject', reason: 'abuse' });
    expect(r.evidence?.[0]).toEqual({ kind: 'provider', value: 'lexicon', detail: 'language ru (fallback)' });
    expect((await comprehendProvider({ client, fallback }).score('Ты идиот.')).fellBack).toBe(true);
  });
});
