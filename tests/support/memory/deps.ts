/**
 * Use-case dependencies in memory: the storage ports, a policy store, a clock the test moves and a fixed
 * secret. `memoryDeps()` gives what `functions/lib/deps.ts` gives a Lambda, with no database.
 */
import type { Deps } from '../../../shared/app/deps';
import type { PoliciesPort } from '../../../shared/app/ports';
import { CursorCodec } from '../../../shared/cursor';
import { VersionConflictError } from '../../../shared/errors';
import {
  applyPolicyUpdate,
  defaultPolicy,
  type Policy,
  type PolicyUpdate,
} from '../../../shared/moderation/policy';
import type { StoredPolicy } from '../../../shared/storage/policy-store';
import { MemoryStorage } from './storage';

/** The site policy in memory, written conditionally on its version as the DynamoDB store writes it. */
export class MemoryPolicies implements PoliciesPort {
  private stored: StoredPolicy = { policy: defaultPolicy(), updatedAt: null, updatedBy: null };

  get(): Promise<Policy> {
    return Promise.resolve(structuredClone(this.stored.policy));
  }

  read(): Promise<StoredPolicy> {
    return Promise.resolve(structuredClone(this.stored));
  }

  write(policy: Policy, by: { id: string; name?: string }, now: Date): Promise<StoredPolicy> {
    if (policy.version !== this.stored.policy.version + 1)
      return Promise.reject(new VersionConflictError('The policy changed since you loaded it.'));
    this.stored = { policy: structuredClone(policy), updatedAt: now.toISOString(), updatedBy: by };
    return this.read();
  }

  /** Applies an update over the current policy (a test's fixture). */
  set(update: PolicyUpdate) {
    this.stored = { ...this.stored, policy: applyPolicyUpdate(this.stored.policy, update) };
  }
}

/** A clock that stands still until a test moves it. */
export class TestClock {
  constructor(private t = Date.parse('2026-03-02T10:00:05.000Z')) {}
  now = () => new Date(this.t);
  advance(ms: number) {
    this.t += ms;
  }
}

export interface MemoryDeps {
  deps: Deps;
  repo: MemoryStorage;
  policies: MemoryPolicies;
  clock: TestClock;
}

export function memoryDeps(): MemoryDeps {
  const repo = new MemoryStorage();
  const policies = new MemoryPolicies();
  const clock = new TestClock();
  const secret = 'memory-secret';
  return {
    deps: { repo, policies, cursors: new CursorCodec(`cursor:${secret}`), secret, now: clock.now },
    repo,
    policies,
    clock,
  };
}
