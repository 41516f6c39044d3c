/**
 * Test data: the labelled moderation sample set (tests/fixtures/moderation/samples.json), 1 KB comment
 * bodies made from it, and stored comment items made with the repository's own key builders.
 */
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import type { CommentRecord, CommentStatus } from '../../shared/domain/comment';
import { commentIndexKeys, commentKey } from '../../shared/storage/keys';
import { runPipeline } from '../../shared/moderation/pipeline';
import { makeContext } from '../../tests/moderation/support';
import { ROOT } from './harness';

export interface Sample {
  id: string;
  kind: string;
  expected: 'approved' | 'pending' | 'rejected';
  text: string;
}

export const samples: readonly Sample[] = JSON.parse(
  readFileSync(new URL('tests/fixtures/moderation/samples.json', ROOT), 'utf8'),
) as Sample[];

const CIVIL_KINDS = ['civil', 'disagreement', 'innocent'];
const civilTexts = samples.filter((s) => CIVIL_KINDS.includes(s.kind)).map((s) => s.text);
const allTexts = samples.map((s) => s.text);

/** The size the targets speak of: a 1 KB comment. */
export const BODY_BYTES = 1024;

/** Cuts text to at most `bytes` UTF-8 bytes (never inside a character), then pads it with dots to exactly that. */
export function fitBytes(text: string, bytes: number): string {
  const out: string[] = [];
  let size = 0;
  for (const ch of text) {
    const n = Buffer.byteLength(ch, 'utf8');
    if (size + n > bytes) break;
    out.push(ch);
    size += n;
  }
  // Joined, not appended: one flat string, as a body arrives from JSON in the stream record. A string
  // built by `+=` per character is a rope that V8 flattens on first read, for about 25 µs per 1 KB, which
  // the first check to read it would pay (measured: 20–29 µs against 0.3–0.5 µs flat).
  return out.join('') + '.'.repeat(bytes - size);
}

/** `bytes` of text from the sample texts, starting at sample `i`, ending in a unique tag ` #i`. */
function compose(texts: readonly string[], i: number, bytes: number): string {
  const tag = ` #${i}`;
  let body = '';
  for (let k = i; Buffer.byteLength(body, 'utf8') < bytes; k += 7) body += `${texts[k % texts.length]} `;
  return fitBytes(body, bytes - tag.length) + tag;
}

/** A civil 1 KB comment, distinct for each `i` (the pipeline holds some of them: see `approvedBody`). */
export const civilBody = (i: number, bytes = BODY_BYTES): string => compose(civilTexts, i, bytes);

/**
 * A civil 1 KB comment that the default pipeline approves, from `i` on (some concatenations of civil
 * samples are held for review: the evidence of a long text adds up).
 */
export async function approvedBody(i: number): Promise<string> {
  return (await approvedBodies(i, 1))[0]!;
}

/** `n` distinct civil 1 KB comments that the default pipeline approves, the first from `i` on. */
export async function approvedBodies(i: number, n: number): Promise<string[]> {
  const bodies: string[] = [];
  for (let k = i; bodies.length < n && k < i + 100 * n; k++) {
    const body = civilBody(k);
    if ((await runPipeline(makeContext(body))).outcome === 'approved') bodies.push(body);
  }
  if (bodies.length < n) throw new Error('not enough approved civil bodies found');
  return bodies;
}

/** A 1 KB comment made from the whole sample set (abuse, spam, obfuscation included), distinct per `i`. */
export const mixedBody = (i: number, bytes = BODY_BYTES): string => compose(allTexts, i, bytes);

/** The sha256 the repository stores for an author token (shared/ids.ts `sha256`). */
export const tokenHash = (token: string): string => createHash('sha256').update(token).digest('base64url');

/**
 * A stored comment item built from a template record (a real moderated comment, so the decision record and
 * every other attribute have realistic sizes) with the keys and index attributes `keys.ts` gives it.
 */
export function commentItem(
  template: CommentRecord,
  over: Partial<CommentRecord> & { id: string; status: CommentStatus },
): Record<string, unknown> {
  const record: CommentRecord = {
    ...template,
    rootId: over.parentId ? (over.rootId ?? over.parentId) : over.id,
    parentId: null,
    firstReplies: [],
    replyCount: 0,
    ...over,
  };
  return { ...commentKey(record.id), ...commentIndexKeys(record), ...record, repliesVersion: 0 };
}

/** ULID-shaped ids that sort by `n` (for seeding: 10 time characters + 16 of counter, Crockford base32). */
export function seedId(n: number, epochMs = Date.now()): string {
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  const enc = (value: number, len: number) => {
    let s = '';
    let v = value;
    for (let i = 0; i < len; i++) {
      s = alphabet[v % 32]! + s;
      v = Math.floor(v / 32);
    }
    return s;
  };
  return enc(epochMs, 10) + enc(0, 8) + enc(n, 8);
}
