/**
 * What the widget remembers in the reader's browser: the author token of each comment they posted (so
 * "awaiting review" survives a reload and they can edit or delete), the name they last used, and which
 * comments they reported. Storage may be missing or throw (private modes, blocked cookies, sandboxed
 * frames): then the widget works for the visit and forgets. DOM-free; the storage is injected.
 */

export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** One comment this browser posted. */
export interface OwnRecord {
  readonly id: string;
  readonly articleId: string;
  readonly token: string;
  /** ISO time the comment was posted; the edit window counts from it. */
  readonly createdAt: string;
}

const OWN_KEY = 'parley:v1:own';
const NAME_KEY = 'parley:v1:name';
const FLAGGED_KEY = 'parley:v1:flagged';
/** Enough for any reader's recent comments; the oldest go first. */
export const MAX_OWN = 100;
const MAX_FLAGGED = 500;

function isOwnRecord(v: unknown): v is OwnRecord {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  return ['id', 'articleId', 'token', 'createdAt'].every((k) => typeof r[k] === 'string');
}

export class ReaderStore {
  /** Used when storage fails, so one visit still behaves. */
  private readonly memory = new Map<string, string>();

  constructor(private readonly storage: KeyValueStorage | null) {}

  /** This browser's comments on one article, newest first. */
  own(articleId: string): OwnRecord[] {
    return this.all()
      .filter((r) => r.articleId === articleId)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  tokenFor(commentId: string): string | undefined {
    return this.all().find((r) => r.id === commentId)?.token;
  }

  remember(record: OwnRecord): void {
    const rest = this.all().filter((r) => r.id !== record.id);
    const kept = [...rest, record].sort((a, b) => a.createdAt.localeCompare(b.createdAt)).slice(-MAX_OWN);
    this.write(OWN_KEY, JSON.stringify(kept));
  }

  /** Every comment this browser posted on this site (the page's origin), any article. */
  all(): OwnRecord[] {
    const parsed = this.parse(OWN_KEY);
    return Array.isArray(parsed) ? parsed.filter(isOwnRecord) : [];
  }

  /** Every author token this browser holds, any article. */
  allTokens(): string[] {
    return this.all().map((r) => r.token);
  }

  /** Forgets everything the widget keeps here: the tokens, the name and the reports. */
  clear(): void {
    for (const key of [OWN_KEY, NAME_KEY, FLAGGED_KEY]) {
      this.memory.delete(key);
      try {
        this.storage?.removeItem(key);
      } catch {
        // Blocked storage held nothing of ours beyond the memory copy just dropped.
      }
    }
  }

  forget(commentId: string): void {
    this.write(OWN_KEY, JSON.stringify(this.all().filter((r) => r.id !== commentId)));
  }

  name(): string {
    return this.read(NAME_KEY) ?? '';
  }

  setName(name: string): void {
    this.write(NAME_KEY, name);
  }

  hasFlagged(commentId: string): boolean {
    return this.flagged().includes(commentId);
  }

  markFlagged(commentId: string): void {
    const ids = this.flagged().filter((id) => id !== commentId);
    this.write(FLAGGED_KEY, JSON.stringify([...ids, commentId].slice(-MAX_FLAGGED)));
  }

  private flagged(): string[] {
    const parsed = this.parse(FLAGGED_KEY);
    return Array.isArray(parsed) ? parsed.filter((v): v is string => typeof v === 'string') : [];
  }

  private parse(key: string): unknown {
    const raw = this.read(key);
    if (raw === null) return null;
    try {
      return JSON.parse(raw);
    } catch {
      return null; // Something else wrote there; start afresh rather than break the widget.
    }
  }

  private read(key: string): string | null {
    try {
      const value = this.storage?.getItem(key);
      if (value !== undefined && value !== null) return value;
    } catch {
      // fall through to memory
    }
    return this.memory.get(key) ?? null;
  }

  private write(key: string, value: string): void {
    this.memory.set(key, value);
    try {
      this.storage?.setItem(key, value);
    } catch {
      // Full or blocked: the in-memory copy serves this visit.
    }
  }
}

/** The page's localStorage if it can be used at all. */
export function browserStorage(): KeyValueStorage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}
