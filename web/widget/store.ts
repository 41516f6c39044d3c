/**
 * What the widget remembers in the reader's browser: the author token of each comment they posted (so
 * "awaiting review" survives a reload and they can edit or delete), the name they last used, which
 * comments they reported, and the token of each notice of illegal content they sent (to follow it). Storage may be missing or throw (private modes, blocked cookies, sandboxed
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

/** One notice of illegal content this browser sent. */
export interface NoticeRecord {
  readonly id: string;
  readonly commentId: string;
  readonly articleId: string;
  readonly token: string;
  readonly receivedAt: string;
  readonly category: string;
  /** Whose comment it was about, to name it once the comment is gone. */
  readonly about: string;
}

const OWN_KEY = 'parley:v1:own';
const NOTICES_KEY = 'parley:v1:notices';
const NAME_KEY = 'parley:v1:name';
const FLAGGED_KEY = 'parley:v1:flagged';
/** Enough for any reader's recent comments; the oldest go first. */
export const MAX_OWN = 100;
const MAX_FLAGGED = 500;

/** Whether `v` is an object whose `keys` are all strings (what another script or version left is skipped). */
function hasStrings<T>(v: unknown, keys: readonly (keyof T & string)[]): v is T {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  return keys.every((k) => typeof r[k] === 'string');
}

const OWN_FIELDS = ['id', 'articleId', 'token', 'createdAt'] as const;
const NOTICE_FIELDS = ['id', 'commentId', 'articleId', 'token', 'receivedAt', 'category', 'about'] as const;

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
    return this.records<OwnRecord>(OWN_KEY, OWN_FIELDS);
  }

  /** The notices this browser sent about comments of one article, newest first. */
  notices(articleId: string): NoticeRecord[] {
    return this.records<NoticeRecord>(NOTICES_KEY, NOTICE_FIELDS)
      .filter((r) => r.articleId === articleId)
      .sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));
  }

  hasNoticed(commentId: string): boolean {
    return this.records<NoticeRecord>(NOTICES_KEY, NOTICE_FIELDS).some((r) => r.commentId === commentId);
  }

  rememberNotice(record: NoticeRecord): void {
    const rest = this.records<NoticeRecord>(NOTICES_KEY, NOTICE_FIELDS).filter((r) => r.id !== record.id);
    this.write(NOTICES_KEY, JSON.stringify([...rest, record].slice(-MAX_OWN)));
  }

  /** Forgets a notice whose token no longer opens it (expired after its retention, or unknown). */
  forgetNotice(noticeId: string): void {
    const kept = this.records<NoticeRecord>(NOTICES_KEY, NOTICE_FIELDS).filter((r) => r.id !== noticeId);
    this.write(NOTICES_KEY, JSON.stringify(kept));
  }

  /** Every author token this browser holds, any article. */
  allTokens(): string[] {
    return this.all().map((r) => r.token);
  }

  /** Forgets everything the widget keeps here: the tokens, the name, the reports and the notices. */
  clear(): void {
    for (const key of [OWN_KEY, NAME_KEY, FLAGGED_KEY, NOTICES_KEY]) {
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

  private records<T>(key: string, fields: readonly (keyof T & string)[]): T[] {
    const parsed = this.parse(key);
    return Array.isArray(parsed) ? parsed.filter((v): v is T => hasStrings<T>(v, fields)) : [];
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
