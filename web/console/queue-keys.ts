/**
 * The queue's keyboard shortcuts (README, Keyboard), dispatched by main.ts while the queue is shown: moving
 * between cards, refreshing, closing a form, and the actions on the current card. The Suspensions tab
 * answers its own (`suspensions-panel.ts`).
 */
import type { CardHandlers, CardUi } from './card';
import { moveFocus, type ShortcutAction } from './state';

/** What the shortcuts reach of the queue view. */
export interface QueueKeys {
  readonly current: () => string | null;
  readonly ids: () => string[];
  readonly known: (id: string) => boolean;
  readonly uiOf: (id: string) => CardUi;
  readonly setCurrent: (id: string | null, focus: boolean) => void;
  readonly refresh: () => void;
  /** Notices and appeals: decided one by one, with words typed, so no key decides them. */
  readonly oneByOne: () => boolean;
  /** The Suspensions tab's own shortcuts, when it is shown; undefined otherwise. */
  readonly people: () => ((action: ShortcutAction) => boolean) | undefined;
  readonly handlers: Pick<CardHandlers, 'approve' | 'openForm' | 'toggleSelect' | 'toggleHistory'>;
}

/** Runs `action` on the queue; false when it does not apply here (the key then does what it would). */
export function queueShortcut(q: QueueKeys, action: ShortcutAction): boolean {
  const people = q.people();
  if (people) return people(action);
  const id = q.current();
  switch (action) {
    case 'next':
    case 'previous':
      q.setCurrent(moveFocus(q.ids(), id, action === 'next' ? 1 : -1), true);
      return true;
    case 'refresh':
      q.refresh();
      return true;
    case 'close':
      if (id && q.uiOf(id).form) q.handlers.openForm(id, null);
      return true;
    default:
      break;
  }
  if (!id || !q.known(id) || (q.oneByOne() && action !== 'history')) return false;
  if (action === 'approve') q.handlers.approve(id);
  else if (action === 'reject') q.handlers.openForm(id, 'reject');
  else if (action === 'ban') q.handlers.openForm(id, 'ban');
  else if (action === 'select') q.handlers.toggleSelect(id);
  else if (action === 'history') q.handlers.toggleHistory(id);
  else return false;
  return true;
}
