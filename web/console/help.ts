/** The keyboard shortcut overlay: a modal <dialog>, so focus stays in it and Escape closes it. */
import { h } from './dom';
import { SHORTCUTS } from './state';

export function createHelp(): { open(): void; close(): void; isOpen(): boolean; element: HTMLDialogElement } {
  let returnTo: Element | null = null;
  const close = h('button', { type: 'button', class: 'close', onclick: () => dialog.close() }, 'Close');
  const dialog = h(
    'dialog',
    { class: 'help', 'aria-labelledby': 'help-title' },
    h('h2', { id: 'help-title' }, 'Keyboard shortcuts'),
    h(
      'dl',
      {},
      ...SHORTCUTS.flatMap((s) => [
        h('dt', {}, h('kbd', {}, s.key === 'Escape' ? 'Esc' : s.key)),
        h('dd', {}, s.label),
      ]),
    ),
    h('p', { class: 'muted' }, 'Shortcuts work when the focus is not in a text field.'),
    close,
  );
  dialog.addEventListener('close', () => {
    if (returnTo instanceof HTMLElement) returnTo.focus();
  });
  return {
    element: dialog,
    open() {
      if (dialog.open) return;
      returnTo = document.activeElement;
      dialog.showModal();
      close.focus();
    },
    close: () => dialog.close(),
    isOpen: () => dialog.open,
  };
}
