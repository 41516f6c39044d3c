/** The card's inline forms (reject with a reason and note, ban, a notice's decision) and its history list. */
import { REJECT_REASONS, type History, type QueueItem, type RejectReason } from './api';
import type { CardHandlers, CardUi } from './card';
import { itemKey } from './state';
import { formatTime, h, uid } from './dom';

export const REASON_LABELS: Readonly<Record<RejectReason, string>> = {
  spam: 'Spam',
  abuse: 'Abuse',
  harassment: 'Harassment',
  hate: 'Hate',
  misinformation: 'Misinformation',
  off_topic: 'Off topic',
  illegal: 'Illegal content',
  banned_word: 'Banned word',
  other: 'Other',
};

/**
 * A shared network (office, carrier) is banned briefly if at all, and only when the moderator says so:
 * other readers may share it.
 */
const NETWORK_BANS: readonly [number, string][] = [
  [24, '24 hours'],
  [168, '7 days'],
];

/** A decision form's optional one-line note (label and input); `typed` hears it as it is typed. */
export function noteInput(
  noteId: string,
  label: string,
  value: string,
  typed: (note: string) => void,
  describedBy?: string,
): HTMLElement[] {
  return [
    h('label', { for: noteId }, label),
    h('input', {
      id: noteId,
      name: 'note',
      type: 'text',
      maxlength: 1000,
      value,
      'aria-describedby': describedBy,
      oninput: (e) => typed((e.target as HTMLInputElement).value),
    }),
  ];
}

/** A decision form's optional note, kept in the card's draft as it is typed. */
const noteField = (id: string, noteId: string, label: string, ui: CardUi, on: CardHandlers): HTMLElement[] =>
  noteInput(noteId, label, ui.note, (note) => on.draft(id, { note }));

/** The option a reason list starts on when no reason is chosen for the moderator. */
export const NO_REASON = 'Choose a reason';

/** A reject reason read back from a list: null for `NO_REASON`. */
export const reasonOf = (value: string): RejectReason | null =>
  (REJECT_REASONS as readonly string[]).includes(value) ? (value as RejectReason) : null;

/** The reject reasons as options, after a `NO_REASON` option when none is `selected`. */
export function reasonOptions(selected: RejectReason | null): HTMLElement[] {
  return [
    selected === null ? h('option', { value: '', selected: true }, NO_REASON) : null,
    ...REJECT_REASONS.map((r) => h('option', { value: r, selected: r === selected }, REASON_LABELS[r])),
  ].filter((o): o is HTMLOptionElement => o !== null);
}

/**
 * The list of reject reasons, `pick` hearing each choice. `r` (or `b`), choose the reason, Enter: a select
 * does not submit its form on Enter by itself, so it does it here.
 */
function reasonSelect(
  selectId: string,
  name: string,
  selected: RejectReason | null,
  pick: (reason: RejectReason | null) => void,
  problemId?: string,
): HTMLElement {
  return h(
    'select',
    {
      id: selectId,
      name,
      'aria-invalid': problemId ? 'true' : undefined,
      'aria-describedby': problemId,
      onchange: (e) => pick(reasonOf((e.target as HTMLSelectElement).value)),
      onkeydown: (e) => {
        const key = e as KeyboardEvent;
        if (key.key !== 'Enter' || key.altKey || key.ctrlKey || key.metaKey || key.shiftKey) return;
        key.preventDefault();
        const select = key.target as HTMLSelectElement;
        pick(reasonOf(select.value));
        select.form?.requestSubmit();
      },
    },
    ...reasonOptions(selected),
  );
}

export function rejectForm(item: QueueItem, ui: CardUi, on: CardHandlers): HTMLElement {
  const id = item.comment.id;
  const reasonId = uid('reason');
  const noteId = uid('note');
  const problemId = ui.problem ? uid('reason-problem') : undefined;
  return h(
    'form',
    {
      class: 'inline-form',
      'aria-label': 'Reject comment',
      onsubmit: (e) => {
        e.preventDefault();
        on.submitReject(id);
      },
    },
    h('label', { for: reasonId }, 'Reason'),
    reasonSelect(reasonId, 'reason', ui.reason, (reason) => on.draft(id, { reason }), problemId),
    problemId ? h('p', { class: 'field-error', id: problemId }, ui.problem) : null,
    ...noteField(id, noteId, 'Note (optional)', ui, on),
    h('button', { type: 'submit', class: 'danger', disabled: ui.busy }, 'Confirm rejection'),
    h('button', { type: 'button', onclick: () => on.openForm(id, null) }, 'Cancel'),
  );
}

export function banForm(item: QueueItem, ui: CardUi, on: CardHandlers): HTMLElement {
  const id = item.comment.id;
  const reasonId = uid('ban-reason');
  const pendingId = uid('ban-pending');
  const rejectReasonId = uid('ban-reject-reason');
  return h(
    'form',
    {
      class: 'inline-form',
      'aria-label': `Ban ${item.comment.authorName}`,
      onsubmit: (e) => {
        e.preventDefault();
        on.submitBan(id);
      },
    },
    h('label', { for: reasonId }, 'Reason for the ban'),
    h('input', {
      id: reasonId,
      name: 'banReason',
      type: 'text',
      required: true,
      maxlength: 500,
      value: ui.banReason,
      oninput: (e) => on.draft(id, { banReason: (e.target as HTMLInputElement).value }),
    }),
    h(
      'label',
      { for: pendingId, class: 'check' },
      h('input', {
        id: pendingId,
        type: 'checkbox',
        checked: ui.rejectPending,
        onchange: (e) => on.draft(id, { rejectPending: (e.target as HTMLInputElement).checked }),
      }),
      ' Reject their pending comments',
    ),
    // What the authors of those comments are told, and what the statements and the report count.
    h('label', { for: rejectReasonId }, 'Reason stated on the rejected comments'),
    reasonSelect(rejectReasonId, 'banRejectReason', ui.banRejectReason, (banRejectReason) =>
      on.draft(id, { banRejectReason }),
    ),
    ...networkFields(id, ui, on),
    h('button', { type: 'submit', class: 'danger', disabled: ui.busy }, 'Confirm ban'),
    h('button', { type: 'button', onclick: () => on.openForm(id, null) }, 'Cancel'),
  );
}

/**
 * Lifting the ban on a comment's author, once confirmed: they may comment again at once (their network
 * too, if it was blocked with them); what the ban rejected stays rejected.
 */
export function unbanForm(item: QueueItem, ui: CardUi, on: CardHandlers): HTMLElement {
  const id = itemKey(item);
  const name = item.comment.authorName;
  const whatId = uid('unban-what');
  return h(
    'form',
    {
      class: 'inline-form',
      'aria-label': `Lift the ban on ${name}`,
      'aria-describedby': whatId,
      onsubmit: (e) => {
        e.preventDefault();
        on.submitUnban(id);
      },
    },
    h(
      'p',
      { id: whatId },
      `Lift the ban on ${name}? They can comment again at once; comments the ban rejected stay rejected.`,
    ),
    h('button', { type: 'submit', class: 'primary', disabled: ui.busy }, 'Yes, lift the ban'),
    h('button', { type: 'button', onclick: () => on.openForm(id, null) }, 'Cancel'),
  );
}

/**
 * Whether the author's network is blocked too, off unless the moderator ticks it (others may share the
 * network), and for how long; the length is only offered once it is ticked.
 */
function networkFields(id: string, ui: CardUi, on: CardHandlers): HTMLElement[] {
  const checkId = uid('ban-network');
  const hoursId = uid('ban-network-hours');
  const hours = h(
    'select',
    {
      id: hoursId,
      disabled: ui.networkHours === 0,
      onchange: (e) => on.draft(id, { networkHours: Number((e.target as HTMLSelectElement).value) }),
    },
    ...NETWORK_BANS.map(([n, label]) =>
      h('option', { value: n, selected: n === (ui.networkHours || NETWORK_BANS[0]?.[0]) }, label),
    ),
  );
  return [
    h(
      'label',
      { for: checkId, class: 'check' },
      h('input', {
        id: checkId,
        type: 'checkbox',
        checked: ui.networkHours > 0,
        onchange: (e) => {
          const block = (e.target as HTMLInputElement).checked;
          hours.disabled = !block;
          on.draft(id, { networkHours: block ? Number(hours.value) : 0 });
        },
      }),
      ' Also block their network (others who share it cannot comment either)',
    ),
    h('label', { for: hoursId }, 'Block the network for'),
    hours,
  ];
}

/** Remove or keep the comment a notice is about: the ground (required, shown to the notifier) and a note. */
export function noticeForm(item: QueueItem, ui: CardUi, on: CardHandlers): HTMLElement {
  const id = itemKey(item);
  const groundId = uid('ground');
  const noteId = uid('notice-note');
  const remove = ui.form === 'remove';
  return h(
    'form',
    {
      class: 'inline-form',
      'aria-label': remove ? 'Remove the comment on this notice' : 'Keep the comment despite this notice',
      onsubmit: (e) => {
        e.preventDefault();
        on.submitNotice(id);
      },
    },
    h('label', { for: groundId }, remove ? 'Ground for removal' : 'Ground for keeping it'),
    h('input', {
      id: groundId,
      name: 'ground',
      type: 'text',
      required: true,
      maxlength: 1000,
      value: ui.ground,
      placeholder: remove ? 'e.g. a threat of violence against a named person' : 'e.g. lawful criticism',
      oninput: (e) => on.draft(id, { ground: (e.target as HTMLInputElement).value }),
    }),
    ...noteField(id, noteId, 'Note for moderators (optional)', ui, on),
    h(
      'button',
      {
        type: 'submit',
        class: remove ? 'danger' : undefined,
        disabled: ui.busy || item.notice?.status !== 'received',
      },
      remove ? 'Confirm removal' : 'Confirm keeping',
    ),
    h('button', { type: 'button', onclick: () => on.openForm(id, null) }, 'Cancel'),
  );
}

export function historyList(history: History | 'loading'): HTMLElement {
  if (history === 'loading') return h('p', { class: 'history muted' }, 'Loading history…');
  return h(
    'ol',
    { class: 'history', 'aria-label': 'History' },
    ...history.events.map((e) =>
      h(
        'li',
        {},
        h('time', { datetime: e.at }, formatTime(e.at)),
        ` ${e.actor.name ?? e.actor.type}: ${e.action.replace(/_/g, ' ')}`,
        e.from ? ` (${e.from} → ${e.to})` : ` (→ ${e.to})`,
        e.reason ? `, ${e.reason.replace(/_/g, ' ')}` : '',
        e.note ? `: “${e.note}”` : '',
      ),
    ),
  );
}
