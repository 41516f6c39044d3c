/**
 * Where the widget says a reader's warning or running suspension (EU DSA Art. 23): beside the post form
 * for an author, in "Your reports" for a notifier. One sentence and the statement of reasons, shown as a
 * rejected comment's is. Fed by every answer that carries the person's account, and by a refused post or
 * notice (403 `author_suspended`, `notifier_suspended`).
 */
import type { ApiError } from './api';
import {
  accountNotice,
  mergeAccounts,
  readAccountNotice,
  suspensionSentence,
  type AccountKind,
  type AccountNotice,
  type AccountView,
} from './account';
import { h } from './dom';
import { statementLines, type StatementLines } from './format';

/** Why a comment was rejected (or an account restricted), and the reader's redress: the statement of reasons. */
export const statementBlock = (s: StatementLines): HTMLElement =>
  h('div', { class: 'statement' }, ...statementLines(s).map((line) => h('p', {}, line)));

export class AccountBlock {
  readonly element: HTMLElement;
  /** By the comment or notice whose answer carried it. */
  private readonly views = new Map<string, AccountView | null>();
  private refused: AccountNotice | null = null;

  constructor(private readonly kind: AccountKind) {
    this.element = h('div', { class: 'account', hidden: true });
  }

  /** The account as the answer about comment or notice `key` carries it (null: none, or gone). */
  set(key: string, view: AccountView | null): void {
    this.views.set(key, view);
    this.render();
  }

  /**
   * A refused post or notice: a suspension's statement is shown here, and its sentence answered for the
   * form to say; null for any other refusal.
   */
  refusal(error: ApiError): string | null {
    const statement = error.code === `${this.kind}_suspended` ? readAccountNotice(error.statement) : null;
    if (!statement) return null;
    this.refused = statement;
    this.render();
    return suspensionSentence(this.kind, statement);
  }

  clear(): void {
    this.views.clear();
    this.refused = null;
    this.render();
  }

  private render(): void {
    const refused: AccountView = { warning: null, suspension: this.refused };
    const said = accountNotice(this.kind, mergeAccounts([...this.views.values(), refused]));
    this.element.hidden = said === null;
    this.element.replaceChildren(
      ...(said
        ? [
            h('p', {}, h('strong', {}, said.sentence)),
            statementBlock(said.statement),
            h('p', { class: 'meta' }, `Statement of reasons ${said.statement.id}: name it if you complain.`),
          ]
        : []),
    );
  }
}
