import { describe, expect, it } from 'vitest';
import { flood } from '../../../shared/moderation/checks/flood';
import { makeContext } from '../support';

const policy = { flood: { authorPer10m: 5, networkPer10m: 20 } };

describe('flood check', () => {
  it('holds the sixth comment from one author within 10 minutes (limit 5)', async () => {
    const result = await flood.run(makeContext('Again', { policy, recent: { authorCount10m: 5 } }));
    expect(result).toMatchObject({
      outcome: 'hold',
      reason: 'flood',
      score: 5,
      evidence: [{ kind: 'rate', value: 'author', score: 5 }],
    });
  });

  it('passes the fifth', async () => {
    expect((await flood.run(makeContext('Again', { policy, recent: { authorCount10m: 4 } }))).outcome).toBe(
      'pass',
    );
  });

  it('holds when the network bucket is over its limit (20), and records both rates when both are', async () => {
    const result = await flood.run(
      makeContext('Again', { policy, recent: { authorCount10m: 7, networkCount10m: 25 } }),
    );
    expect(result.outcome).toBe('hold');
    expect(result.evidence?.map((e) => e.value)).toEqual(['author', 'network']);
  });

  it('treats a limit of 0 as off', async () => {
    const ctx = makeContext('Again', {
      policy: { flood: { authorPer10m: 0, networkPer10m: 0 } },
      recent: { authorCount10m: 99, networkCount10m: 999 },
    });
    expect((await flood.run(ctx)).outcome).toBe('pass');
  });

  it('passes, and says so, without recent activity', async () => {
    expect((await flood.run(makeContext('Again', { recent: null }))).evidence).toEqual([
      { kind: 'recent', value: 'missing' },
    ]);
  });
});
