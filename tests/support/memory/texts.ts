/** Copied-text records in memory, as `shared/storage/texts.ts` answers (expiry aside). */
import { MAX_TEXT_AUTHORS, type TextRecord } from '../../../shared/domain/copied-text';
import { copy, type Args } from './records';

export class MemoryTexts {
  readonly texts = new Map<string, TextRecord>();

  constructor(private readonly host: { readonly writes: string[] }) {}

  textRecord(...[fingerprint]: Args<'textRecord'>) {
    const t = this.texts.get(fingerprint);
    return Promise.resolve(t ? copy(t) : null);
  }

  noteText(...[fingerprint, post]: Args<'noteText'>) {
    this.host.writes.push('noteText');
    const t = this.texts.get(fingerprint) ?? { authors: [], articles: [], lastAt: post.now.toISOString() };
    if (t.authors.length >= MAX_TEXT_AUTHORS) return Promise.resolve();
    const add = (list: readonly string[], v: string) => (list.includes(v) ? list : [...list, v]);
    this.texts.set(fingerprint, {
      ...t,
      authors: add(t.authors, post.authorTag),
      articles: add(t.articles, post.articleId),
      lastAt: post.now.toISOString(),
    });
    return Promise.resolve();
  }

  markText(...[fingerprint, rejection, now]: Args<'markText'>) {
    this.host.writes.push('markText');
    const { rejected: _was, ...t } = this.texts.get(fingerprint) ?? {
      authors: [],
      articles: [],
      lastAt: now.toISOString(),
    };
    this.texts.set(fingerprint, rejection ? { ...t, rejected: copy(rejection) } : t);
    return Promise.resolve();
  }
}
