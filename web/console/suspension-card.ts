/**
 * One card of the suspensions tab (EU DSA Art. 23), built like the notice and appeal cards: who the
 * proposal is about, what is counted, the strikes of the window and their proportion, the decisions that
 * led to it, the person's earlier warning and suspension; then Warn, Suspend (for a number of days) and
 * Dismiss, each opening a form with an optional note, and the proposal's trail. Text from the API goes in
 * as text nodes, as everywhere in the console.
 */
import type { SuspensionDetail, SuspensionItem } from './api';
import { noteInput } from './card-forms';
import { formatTime, h, plural, uid } from './dom';
import {
  KIND_WORDS,
  MAX_DAYS,
  proportionLine,
  recordLines,
  strikesLine,
  subjectWords,
  type ProposalAction,
} from './suspension-state';

/** What the moderator is doing on a card; owned by the tab, so a re-render never loses what was typed. */
export interface ProposalUi {
  form: ProposalAction | null;
  /** As typed; checked by `checkDays` before sending. */
  days: string;
  /** For moderators only: the person never sees it. */
  note: string;
  notice: { kind: 'error' | 'info'; text: string } | null;
  trail: SuspensionDetail['events'] | 'loading' | null;
  busy: boolean;
}

export const newProposalUi = (): ProposalUi => ({
  form: null,
  days: '',
  note: '',
  notice: null,
  trail: null,
  busy: false,
});

export interface ProposalHandlers {
  focus(id: string): void;
  openForm(id: string, form: ProposalAction | null): void;
  submit(id: string): void;
  toggleTrail(id: string): void;
  /** A draft field changed: no re-render, only the state. */
  draft(id: string, change: Partial<Pick<ProposalUi, 'days' | 'note'>>): void;
}

const line = (label: string, ...text: (Node | string)[]) =>
  h('div', {}, h('strong', {}, `${label}: `), ...text);

/** The count and the person's record, as lines in a named group (styled as the notice section). */
function countSection(item: SuspensionItem): HTMLElement {
  const { proposal: p, account: a } = item;
  const record = recordLines(a, p.status === 'received');
  return h(
    'div',
    { class: 'notice-info', role: 'group', 'aria-label': 'Repeat abuse' },
    h(
      'div',
      {},
      h('strong', {}, `${KIND_WORDS[p.subject.kind]}, proposed `),
      h('time', { datetime: p.proposedAt }, formatTime(p.proposedAt)),
    ),
    line('Strikes', strikesLine(item)),
    line('Proportion', proportionLine(item)),
    line('Earlier warning', record.warning),
    record.suspension ? line('Suspension', record.suspension) : null,
    p.status === 'decided' ? h('div', {}, h('span', { class: 'badge' }, 'Proposal decided')) : null,
  );
}

/** The decisions the proposal was opened on: each notice and the comment it was about, by id. */
function strikesList(p: SuspensionItem['proposal']): HTMLElement {
  const outcome = p.subject.kind === 'author' ? 'removed' : 'kept, the notice manifestly unfounded';
  return h(
    'details',
    { class: 'strikes' },
    h('summary', {}, `The ${plural(p.strikes.length, 'decision')} it was opened on`),
    h(
      'ol',
      { 'aria-label': 'Decisions counted' },
      ...p.strikes.map((s) =>
        h(
          'li',
          {},
          h('time', { datetime: s.at }, formatTime(s.at)),
          `: notice `,
          h('code', {}, s.noticeId),
          `, comment `,
          h('code', {}, s.commentId),
          ` ${outcome}`,
        ),
      ),
    ),
  );
}

const ACTION_LABELS: Readonly<Record<ProposalAction, string>> = {
  warn: 'Warn',
  suspend: 'Suspend',
  dismiss: 'Dismiss',
};

/** Warn, Suspend and Dismiss, each opening its form; then the trail. */
function proposalActions(item: SuspensionItem, ui: ProposalUi, on: ProposalHandlers): HTMLElement {
  const id = item.proposal.id;
  const closed = ui.busy || item.proposal.status !== 'received';
  const toggle = (form: ProposalAction) =>
    h(
      'button',
      {
        type: 'button',
        class: form === 'suspend' ? 'reject' : undefined,
        disabled: closed,
        'aria-expanded': ui.form === form ? 'true' : 'false',
        onclick: () => on.openForm(id, ui.form === form ? null : form),
      },
      ACTION_LABELS[form],
    );
  return h(
    'div',
    { class: 'actions' },
    toggle('warn'),
    toggle('suspend'),
    toggle('dismiss'),
    h(
      'button',
      { type: 'button', 'aria-expanded': ui.trail ? 'true' : 'false', onclick: () => on.toggleTrail(id) },
      'Trail',
    ),
  );
}

/** What each decision does to the person, said in the form. */
function consequence(action: ProposalAction, kind: 'author' | 'notifier'): string {
  if (action === 'dismiss') return 'Nothing is restricted, and the person is not told.';
  const statement =
    'The person reads a statement of reasons (the count, the rule, how to complain), never the note.';
  if (action === 'warn') return statement;
  return `${kind === 'author' ? 'Their comments are refused' : 'Their notices are not processed'} until the suspension ends by itself. ${statement}`;
}

/** The open decision's form: the days of a suspension (required), an optional note, confirm or cancel. */
function decisionForm(item: SuspensionItem, ui: ProposalUi, on: ProposalHandlers): HTMLElement | null {
  const action = ui.form;
  if (!action) return null;
  const id = item.proposal.id;
  const [daysId, noteId, hintId] = [uid('days'), uid('proposal-note'), uid('proposal-hint')];
  const who = subjectWords(item.proposal.subject).name;
  return h(
    'form',
    {
      class: 'inline-form',
      'aria-label': `${ACTION_LABELS[action]}: ${who}`,
      onsubmit: (e) => {
        e.preventDefault();
        on.submit(id);
      },
    },
    action === 'suspend' ? h('label', { for: daysId }, `Days of suspension (1–${MAX_DAYS})`) : null,
    action === 'suspend'
      ? h('input', {
          id: daysId,
          name: 'days',
          type: 'number',
          inputmode: 'numeric',
          min: 1,
          max: MAX_DAYS,
          step: 1,
          required: true,
          value: ui.days,
          'aria-describedby': hintId,
          oninput: (e) => on.draft(id, { days: (e.target as HTMLInputElement).value }),
        })
      : null,
    ...noteInput(noteId, 'Note for moderators (optional)', ui.note, (note) => on.draft(id, { note }), hintId),
    h('p', { id: hintId, class: 'muted' }, consequence(action, item.proposal.subject.kind)),
    h(
      'button',
      {
        type: 'submit',
        class: action === 'dismiss' ? undefined : 'danger',
        disabled: ui.busy || item.proposal.status !== 'received',
      },
      `Confirm: ${ACTION_LABELS[action].toLowerCase()}`,
    ),
    h('button', { type: 'button', onclick: () => on.openForm(id, null) }, 'Cancel'),
  );
}

const EVENT_WORDS: Readonly<Record<string, string>> = {
  suspension_proposed: 'proposed',
  suspension_warned: 'warned',
  suspension_suspended: 'suspended',
  suspension_dismissed: 'dismissed',
};

function trailList(trail: ProposalUi['trail']): HTMLElement | null {
  if (trail === null) return null;
  if (trail === 'loading') return h('p', { class: 'history muted' }, 'Loading the trail…');
  return h(
    'ol',
    { class: 'history', 'aria-label': 'Trail' },
    ...trail.map((e) =>
      h(
        'li',
        {},
        h('time', { datetime: e.at }, formatTime(e.at)),
        ` ${e.actor.name ?? e.actor.type}: ${EVENT_WORDS[e.action] ?? e.action}, ${plural(e.strikes, 'strike')}`,
        e.until ? ` until ${formatTime(e.until)}` : '',
        e.note ? `: “${e.note}”` : '',
      ),
    ),
  );
}

export function proposalCard(
  item: SuspensionItem,
  ui: ProposalUi,
  current: boolean,
  on: ProposalHandlers,
): HTMLElement {
  const p = item.proposal;
  const who = subjectWords(p.subject);
  return h(
    'li',
    { class: 'card-item' },
    h(
      'article',
      {
        class: `card${current ? ' is-current' : ''}`,
        tabindex: -1,
        'data-id': p.id,
        'aria-label': `Suspension proposal about ${who.name}`,
        'aria-current': current ? 'true' : undefined,
        onfocusin: () => on.focus(p.id),
      },
      h(
        'header',
        { class: 'card-head' },
        h('span', { class: 'author' }, who.name),
        h('span', { class: 'meta' }, who.detail),
        h('span', { class: 'badge' }, p.subject.kind === 'author' ? 'Illegal content' : 'Unfounded notices'),
      ),
      countSection(item),
      strikesList(p),
      ui.notice
        ? h(
            'p',
            { class: `notice ${ui.notice.kind}`, role: ui.notice.kind === 'error' ? 'alert' : 'status' },
            ui.notice.text,
          )
        : null,
      proposalActions(item, ui, on),
      decisionForm(item, ui, on),
      trailList(ui.trail),
    ),
  );
}
