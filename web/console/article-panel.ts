/**
 * Shown when the queue is filtered to one article: its moderation mode (pre-moderation holds every new
 * comment for a human), whether its thread is closed to new comments, and how many comments readers see
 * there (read again with the queue's refreshes and after each decision: `refreshCount`).
 */
import type { Api, ArticleSettings } from './api';
import { h, plural, replaceChildren, uid } from './dom';

export function articlePanel(
  api: Api,
  articleId: string,
  announce: (text: string) => void,
  onClear: () => void,
): { el: HTMLElement; refreshCount: () => Promise<void> } {
  const panel = h('section', { class: 'article-panel', 'aria-label': `Article ${articleId}` });
  const modeId = uid('mode');
  const closedId = uid('closed');
  // The count alone is written again on a refresh: the settings form beside it may be in use.
  const count = h('span', { class: 'article-count' });
  const showCount = (settings: ArticleSettings | null) => {
    count.textContent = settings ? ` · ${plural(settings.totalApproved, 'published comment')}` : '';
  };

  function show(settings: ArticleSettings | null, error?: string): void {
    showCount(settings);
    replaceChildren(
      panel,
      h(
        'p',
        {},
        'Article ',
        h('strong', {}, articleId),
        count,
        ' ',
        h('button', { type: 'button', class: 'link', onclick: onClear }, 'Show all articles'),
      ),
      error ? h('p', { class: 'notice error', role: 'alert' }, error) : null,
      settings
        ? h(
            'form',
            {
              class: 'inline-form',
              'aria-label': 'Article settings',
              onsubmit: (e) => {
                e.preventDefault();
                const form = e.target as HTMLFormElement;
                const mode = (form.elements.namedItem('mode') as HTMLSelectElement).value;
                const closed = (form.elements.namedItem('closed') as HTMLInputElement).checked;
                void save({ mode: mode === 'pre' || mode === 'post' ? mode : null, closed });
              },
            },
            h('label', { for: modeId }, 'Moderation'),
            h(
              'select',
              { id: modeId, name: 'mode' },
              h('option', { value: '', selected: settings.mode === null }, 'Site default'),
              h('option', { value: 'pre', selected: settings.mode === 'pre' }, 'Pre-moderation (hold all)'),
              h('option', { value: 'post', selected: settings.mode === 'post' }, 'Post-moderation'),
            ),
            h(
              'label',
              { for: closedId, class: 'check' },
              h('input', { id: closedId, name: 'closed', type: 'checkbox', checked: settings.closed }),
              ' Closed to new comments',
            ),
            h('button', { type: 'submit' }, 'Save article settings'),
          )
        : null,
    );
  }

  async function save(input: { mode: 'pre' | 'post' | null; closed: boolean }): Promise<void> {
    try {
      const saved = await api.putArticleSettings(articleId, input);
      show(saved);
      // The form was drawn again: the keyboard's place is its Save button, not the top of the page.
      panel.querySelector<HTMLButtonElement>('form button[type="submit"]')?.focus();
      announce(
        `Saved: ${articleId} is ${saved.closed ? 'closed' : 'open'}, ${
          saved.mode === null ? 'site default' : `${saved.mode}-moderated`
        }.`,
      );
    } catch (e) {
      show(null, e instanceof Error ? e.message : String(e));
    }
  }

  /** Reads the article's published count again; a failed read leaves the last one shown. */
  async function refreshCount(): Promise<void> {
    if (count.textContent === '') return;
    try {
      showCount(await api.articleSettings(articleId));
    } catch {
      // The next refresh tries again.
    }
  }

  show(null);
  api.articleSettings(articleId).then(
    (settings) => show(settings),
    (e: unknown) => show(null, e instanceof Error ? e.message : String(e)),
  );
  return { el: panel, refreshCount };
}
