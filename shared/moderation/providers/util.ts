/** Small helpers shared by the semantic providers and their check. */
import { SemanticProviderError } from './types';

/** The reason an aborted signal carries, as an Error. */
export function abortReason(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  if (reason instanceof Error) return reason;
  return new SemanticProviderError('aborted', typeof reason === 'string' ? reason : 'aborted');
}

/**
 * Settles with `promise`, or rejects as soon as `signal` aborts, whichever comes first. A client that
 * ignores its abort signal can then never hold the caller past the deadline; its late answer is dropped.
 */
export function raceAbort<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) {
    promise.catch(() => undefined);
    return Promise.reject(abortReason(signal));
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortReason(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (err: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(err instanceof Error ? err : new Error(String(err)));
      },
    );
  });
}

/** One line of at most `max` characters, never cutting a surrogate pair. */
export function oneLine(text: string, max = 300): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  let cut = max - 1;
  if (/[\uD800-\uDBFF]/.test(flat.charAt(cut - 1))) cut -= 1;
  return `${flat.slice(0, cut)}…`;
}

/** The first `max` UTF-16 units of `text`, never cutting a surrogate pair. */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = max;
  if (/[\uD800-\uDBFF]/.test(text.charAt(cut - 1))) cut -= 1;
  return text.slice(0, cut);
}

/**
 * A deliberately pessimistic token estimate for budgets: one token per 3 bytes of UTF-8. English prose
 * runs at about 4 characters a token, so this over-counts it by a third; Cyrillic, Greek and Arabic (2
 * bytes a letter) and CJK (3 bytes, often a token each) come out close. A budget that holds under this
 * estimate holds for real.
 */
export function estimateTokens(text: string): number {
  return Math.ceil(Buffer.byteLength(text, 'utf8') / 3);
}

/** Rounds a confidence or score for the record. */
export const round3 = (x: number): number => Math.round(x * 1000) / 1000;
