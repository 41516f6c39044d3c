/** The console's API client: a read that fails to arrive is asked once more; a write never is. */
import { describe, expect, it } from 'vitest';
import { ApiError, createApi } from '../../../web/console/api';

function flakyFetch(failures: number) {
  const calls: string[] = [];
  const fetch = (input: string, init?: RequestInit) => {
    calls.push(`${init?.method ?? 'GET'} ${input}`);
    if (calls.length <= failures) return Promise.reject(new TypeError('connection reset'));
    return Promise.resolve(new Response(JSON.stringify({ mode: null, closed: false, totalApproved: 0 })));
  };
  return { calls, fetch };
}

const apiWith = (fetch: (input: string, init?: RequestInit) => Promise<Response>) =>
  createApi({ apiUrl: 'http://api.test', token: () => Promise.resolve('t'), fetch });

describe('console API client', () => {
  it('asks a read once more when the first attempt fails, and gives each read a time limit', async () => {
    const { calls, fetch } = flakyFetch(1);
    let signal: AbortSignal | undefined;
    const api = apiWith((input, init) => {
      signal = init?.signal ?? undefined;
      return fetch(input, init);
    });
    await expect(api.articleSettings('a1')).resolves.toMatchObject({ closed: false });
    expect(calls).toEqual([
      'GET http://api.test/moderation/articles/a1/settings',
      'GET http://api.test/moderation/articles/a1/settings',
    ]);
    expect(signal).toBeInstanceOf(AbortSignal);
  });

  it('reports a read that fails twice as a network error', async () => {
    const { calls, fetch } = flakyFetch(2);
    await expect(apiWith(fetch).articleSettings('a1')).rejects.toMatchObject({ code: 'network_error' });
    expect(calls).toHaveLength(2);
  });

  it('never repeats a write', async () => {
    const { calls, fetch } = flakyFetch(1);
    const failed = apiWith(fetch).putArticleSettings('a1', { mode: 'pre', closed: false });
    await expect(failed).rejects.toBeInstanceOf(ApiError);
    expect(calls).toEqual(['PUT http://api.test/moderation/articles/a1/settings']);
  });

  it("says in plain words that the server failed, not the gateway's status line", async () => {
    const gateway = (status: number, message: string) => () =>
      Promise.resolve(new Response(JSON.stringify({ message }), { status }));
    const failed = apiWith(gateway(503, 'Service Unavailable')).putArticleSettings('a1', {
      mode: 'pre',
      closed: false,
    });
    await expect(failed).rejects.toMatchObject({
      status: 503,
      message: expect.stringMatching(/^The server could not complete this \(HTTP 503\)\. Try again/),
    });
    // The contract's own error is shown as it is.
    const refused = () =>
      Promise.resolve(
        new Response(JSON.stringify({ error: { code: 'conflict', message: 'Decided by someone else.' } }), {
          status: 409,
        }),
      );
    await expect(
      apiWith(refused).putArticleSettings('a1', { mode: 'pre', closed: false }),
    ).rejects.toMatchObject({ status: 409, message: 'Decided by someone else.' });
  });
});
