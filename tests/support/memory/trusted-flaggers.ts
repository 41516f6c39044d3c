/** Trusted flaggers in memory, as `shared/storage/trusted-flaggers.ts` answers. */
import type { TrustedFlaggerRecord } from '../../../shared/domain/trusted-flagger';
import { copy, type Args } from './records';

export class MemoryTrustedFlaggers {
  readonly flaggers = new Map<string, TrustedFlaggerRecord>();

  constructor(private readonly host: { readonly writes: string[] }) {}

  createTrustedFlagger(...[f]: Args<'createTrustedFlagger'>) {
    this.host.writes.push('createTrustedFlagger');
    if (this.flaggers.has(f.id)) throw new Error('The conditional request failed');
    this.flaggers.set(f.id, copy(f));
    return Promise.resolve();
  }

  getTrustedFlagger(...[id]: Args<'getTrustedFlagger'>) {
    const f = this.flaggers.get(id);
    return Promise.resolve(f ? copy(f) : null);
  }

  listTrustedFlaggers() {
    const all = [...this.flaggers.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
    return Promise.resolve(all.map(copy));
  }

  trustedFlaggerByTokenHash(...[hash]: Args<'trustedFlaggerByTokenHash'>) {
    const f = [...this.flaggers.values()].find((x) => x.tokenHash === hash);
    return Promise.resolve(f ? copy(f) : null);
  }

  revokeTrustedFlagger(...[id, at]: Args<'revokeTrustedFlagger'>) {
    const f = this.flaggers.get(id);
    if (!f) return Promise.resolve(null);
    if (f.revokedAt === undefined) {
      this.host.writes.push('revokeTrustedFlagger');
      const { contact: _erased, ...kept } = f;
      this.flaggers.set(id, { ...kept, revokedAt: at });
    }
    return this.getTrustedFlagger(id);
  }
}
