/**
 * A stored policy that fails validation: the store keeps serving the last valid one (the defaults only
 * when it never saw one), says so through `onInvalid`, and the functions turn that into an error log and a
 * `StoredPolicyInvalid` metric.
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it, vi } from 'vitest';
import { reportInvalidPolicy } from '../../functions/lib/deps';
import { logger } from '../../functions/lib/logger';
import { PARLEY_METRICS } from '../../shared/runtime-contract';
import { DEFAULT_BANNED_TERMS, applyPolicyUpdate, defaultPolicy } from '../../shared/moderation/policy';
import { CachedPolicyStore, type InvalidPolicyReport } from '../../shared/storage/policy-store';

/** A document client holding one policy item; `put` as the store writes it. */
function fakeTable(item: Record<string, unknown> | undefined) {
  const state = { item, gets: 0 };
  const client = {
    send: (command: { constructor: { name: string }; input: { Item?: Record<string, unknown> } }) => {
      if (command.constructor.name === 'GetCommand') {
        state.gets++;
        return Promise.resolve({ Item: state.item });
      }
      state.item = command.input.Item;
      return Promise.resolve({});
    },
  } as unknown as DynamoDBDocumentClient;
  return { client, state };
}

const stored = (policy: unknown, version: number) => ({
  PK: 'POLICY',
  SK: 'SITE',
  entity: 'policy',
  policy,
  version,
  updatedAt: '2026-11-01T00:00:00.000Z',
  updatedBy: { id: 'admin-1' },
});
const valid = (() => {
  const { version: _v, ...fields } = applyPolicyUpdate(defaultPolicy(), {
    bannedTerms: ['only-this-term'],
    flagThreshold: 7,
  });
  return fields;
})();
const broken = { ...valid, flagThreshold: 'seven', bannedTerms: 'not a list' };

describe('CachedPolicyStore with an invalid stored policy', () => {
  it('keeps serving the last valid policy it read, and reports the problem', async () => {
    const { client, state } = fakeTable(stored(valid, 4));
    const reports: InvalidPolicyReport[] = [];
    let clock = 0;
    const store = new CachedPolicyStore({
      client,
      tableName: 't',
      ttlMs: 1000,
      now: () => clock,
      onInvalid: (r) => reports.push(r),
    });
    expect((await store.get()).flagThreshold).toBe(7);

    state.item = stored(broken, 5);
    clock += 2000;
    const served = await store.get();
    expect(served).toMatchObject({ flagThreshold: 7, bannedTerms: ['only-this-term'], version: 4 });
    expect(reports).toEqual([
      {
        storedVersion: 5,
        fallback: 'last-valid',
        servedVersion: 4,
        issues: expect.arrayContaining([
          expect.stringMatching(/^flagThreshold: /),
          expect.stringMatching(/^bannedTerms: /),
        ]),
      },
    ]);
    // Cached like a valid one: one report per cache period, not per comment.
    await store.get();
    expect(reports).toHaveLength(1);
    expect(state.gets).toBe(2);
  });

  it('falls back to the defaults, loudly, when it never saw a valid policy', async () => {
    const { client } = fakeTable(stored(broken, 3));
    const onInvalid = vi.fn();
    const served = await new CachedPolicyStore({ client, tableName: 't', onInvalid }).get();
    expect(served.bannedTerms).toEqual([...DEFAULT_BANNED_TERMS]);
    expect(onInvalid).toHaveBeenCalledWith(
      expect.objectContaining({ storedVersion: 3, fallback: 'defaults', servedVersion: 0 }),
    );
  });

  it('lets an admin replace the broken item: read() keeps the stored version for the conditional write', async () => {
    const { client, state } = fakeTable(stored(broken, 9));
    const store = new CachedPolicyStore({ client, tableName: 't', onInvalid: () => undefined });
    const current = await store.read();
    expect(current.policy.version).toBe(9);
    const next = applyPolicyUpdate(current.policy, { flagThreshold: 4 });
    await store.write(next, { id: 'admin-2' }, new Date('2026-11-02T00:00:00Z'));
    expect(state.item).toMatchObject({ version: 10 });
    // What was written is the new last valid policy, even if the item breaks again later.
    state.item = stored(broken, 11);
    expect((await store.read()).policy).toMatchObject({ flagThreshold: 4, version: 11 });
  });

  it('reports nothing for a valid policy or for no stored policy at all (the defaults by design)', async () => {
    for (const item of [stored(valid, 2), undefined]) {
      const onInvalid = vi.fn();
      await new CachedPolicyStore({ client: fakeTable(item).client, tableName: 't', onInvalid }).get();
      expect(onInvalid).not.toHaveBeenCalled();
    }
  });
});

describe('reportInvalidPolicy (the functions’ onInvalid)', () => {
  it('logs an error and publishes the metric the construct alarms on', () => {
    const error = vi.spyOn(logger, 'error').mockImplementation(() => undefined);
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      reportInvalidPolicy({
        storedVersion: 5,
        issues: ['flagThreshold: bad'],
        fallback: 'defaults',
        servedVersion: 0,
      });
      expect(error).toHaveBeenCalledWith(
        expect.stringContaining('DEFAULT policy'),
        expect.objectContaining({ storedVersion: 5, fallback: 'defaults' }),
      );
      const emitted = [...out.mock.calls, ...log.mock.calls].map((c) => String(c[0])).join('\n');
      expect(emitted).toContain(`"${PARLEY_METRICS.policyInvalid}"`);
      expect(emitted).toContain('"Namespace":"Parley"');
    } finally {
      error.mockRestore();
      out.mockRestore();
      log.mockRestore();
    }
  });
});
