/**
 * The admins' trusted flaggers screen (EU DSA Art. 22): the registered flaggers, a form to register one,
 * its token shown once (the API keeps only a hash; the view drops it when the admin has stored it or
 * leaves the screen), and revocation after a confirmation. Text from the API goes in as text nodes.
 */
import { ApiError, type Api, type TrustedFlagger } from './api';
import { formatTime, h, replaceChildren, uid } from './dom';

type FieldName = 'name' | 'organisation' | 'contact';

interface Field {
  input: HTMLInputElement;
  error: HTMLElement;
}

/** Which field an API detail concerns (`body.name` → `name`), or null. */
export function flaggerField(path: string): FieldName | null {
  const last = path.split('.').at(-1);
  return last === 'name' || last === 'organisation' || last === 'contact' ? last : null;
}

export function createFlaggersView(api: Api, announce: (text: string) => void) {
  const root = h('section', { class: 'flaggers-view', 'aria-labelledby': 'flaggers-heading' });
  const tokenSlot = h('div', {});
  const formSummary = h('div', { class: 'form-summary' });
  const listStatus = h('p', { class: 'muted list-status', role: 'status', tabindex: -1 });
  const listSlot = h('div', {});
  let flaggers: TrustedFlagger[] = [];
  /** The flagger whose revocation is being confirmed. */
  let confirming: string | null = null;

  const field = (name: FieldName, label: string, hint: string | null, required = false) => {
    const id = uid(`flagger-${name}`);
    const input = h('input', {
      id,
      name,
      type: 'text',
      required,
      maxlength: name === 'contact' ? 500 : 200,
      autocomplete: 'off',
      'aria-describedby': hint ? `${id}-hint ${id}-error` : `${id}-error`,
    });
    const error = h('p', { class: 'field-error', id: `${id}-error` });
    const el = h(
      'div',
      { class: 'field' },
      h('label', { for: id }, label),
      hint ? h('p', { class: 'hint', id: `${id}-hint` }, hint) : null,
      input,
      error,
    );
    return { el, input, error };
  };
  const name = field('name', 'Name (required)', null, true);
  const organisation = field('organisation', 'Organisation (optional)', null);
  const contact = field(
    'contact',
    'Contact (optional)',
    'How the newsroom reaches the flagger. Admins only; erased when the flagger is revoked.',
  );
  const fields: Record<FieldName, Field> = { name, organisation, contact };

  function clearErrors(): void {
    for (const f of Object.values(fields)) {
      f.error.textContent = '';
      f.input.removeAttribute('aria-invalid');
    }
    replaceChildren(formSummary);
  }

  function fieldError(f: Field, message: string): void {
    f.error.textContent = f.error.textContent ? `${f.error.textContent} ${message}` : message;
    f.input.setAttribute('aria-invalid', 'true');
  }

  function refusal(text: string, items: string[] = []): void {
    replaceChildren(
      formSummary,
      h(
        'div',
        { class: 'notice error', role: 'alert' },
        h('p', {}, text),
        items.length > 0 ? h('ul', {}, ...items.map((i) => h('li', {}, i))) : null,
      ),
    );
    Object.values(fields)
      .find((f) => f.input.hasAttribute('aria-invalid'))
      ?.input.focus();
  }

  async function register(): Promise<void> {
    clearErrors();
    const value = (f: Field) => f.input.value.trim();
    if (value(name) === '') {
      fieldError(name, 'Give the flagger’s name.');
      refusal('The flagger was not registered: its name is missing.');
      return;
    }
    try {
      const out = await api.registerFlagger({
        name: value(name),
        ...(value(organisation) ? { organisation: value(organisation) } : {}),
        ...(value(contact) ? { contact: value(contact) } : {}),
      });
      for (const f of Object.values(fields)) f.input.value = '';
      showToken(out.flagger, out.flaggerToken);
      void loadList();
    } catch (e) {
      const unplaced: string[] = [];
      for (const d of e instanceof ApiError ? e.details : []) {
        const at = flaggerField(d.path);
        if (at) fieldError(fields[at], d.message);
        else unplaced.push(d.message);
      }
      refusal(`The flagger was not registered: ${e instanceof Error ? e.message : String(e)}`, unplaced);
    }
  }

  /** The token, once: with a copy button and the warning; dropped when the admin says it is stored. */
  function showToken(flagger: TrustedFlagger, token: string): void {
    const headingId = uid('token-heading');
    const inputId = uid('token');
    const copied = h('p', { class: 'muted', role: 'status' });
    const input = h('input', {
      id: inputId,
      type: 'text',
      readonly: true,
      value: token,
      class: 'token',
      spellcheck: 'false',
    });
    const heading = h('h3', { id: headingId, tabindex: -1 }, `${flagger.name} is registered: its token`);
    const copy = async () => {
      try {
        await navigator.clipboard.writeText(token);
        copied.textContent = 'Token copied to the clipboard.';
      } catch {
        input.focus();
        input.select();
        copied.textContent =
          'The browser did not allow copying: the token is selected, press Ctrl+C (⌘C on a Mac).';
      }
    };
    replaceChildren(
      tokenSlot,
      h(
        'section',
        { class: 'token-panel', 'aria-labelledby': headingId },
        heading,
        h('p', { class: 'warning' }, h('strong', {}, 'Store it now: it will not be shown again.')),
        h(
          'p',
          {},
          'Hand it to the flagger over a safe channel; it sends it as the X-Flagger-Token header with its ',
          'notices and flags. Parley keeps only a hash: a lost token cannot be shown again (revoke the flagger ',
          'and register it anew). The token disappears when you leave this screen.',
        ),
        h('label', { for: inputId }, 'Flagger token'),
        h(
          'div',
          { class: 'token-row' },
          input,
          h('button', { type: 'button', class: 'primary', onclick: () => void copy() }, 'Copy token'),
          h('button', { type: 'button', onclick: () => hideToken(true) }, 'I have stored it'),
        ),
        copied,
      ),
    );
    heading.focus();
    announce(`${flagger.name} registered. Store its token now: it will not be shown again.`);
  }

  function hideToken(focusForm = false): void {
    replaceChildren(tokenSlot);
    if (focusForm) name.input.focus();
  }

  async function revoke(f: TrustedFlagger): Promise<void> {
    try {
      const out = await api.revokeFlagger(f.id);
      confirming = null;
      const at = out.flagger.revokedAt ? formatTime(out.flagger.revokedAt) : 'now';
      await loadList(`${f.name} revoked (${at}): its token is refused from now on.`);
      listStatus.focus();
    } catch (e) {
      listStatus.textContent = `${f.name} was not revoked: ${e instanceof Error ? e.message : String(e)}`;
      listStatus.focus();
    }
  }

  function actionCell(f: TrustedFlagger): HTMLElement {
    if (f.revokedAt !== null) return h('td', {}, '—');
    if (confirming !== f.id) {
      return h(
        'td',
        {},
        h(
          'button',
          {
            type: 'button',
            class: 'danger',
            'aria-label': `Revoke ${f.name}`,
            'data-revoke': f.id,
            onclick: () => {
              confirming = f.id;
              renderList();
              listSlot.querySelector<HTMLElement>('[data-confirm]')?.focus();
            },
          },
          'Revoke',
        ),
      );
    }
    const questionId = uid('revoke-question');
    return h(
      'td',
      {},
      h(
        'div',
        { class: 'confirm', role: 'group', 'aria-labelledby': questionId },
        h(
          'p',
          { id: questionId },
          `Revoke ${f.name}? Its token is refused from now on and its contact erased. This cannot be undone.`,
        ),
        h(
          'button',
          { type: 'button', class: 'danger', 'data-confirm': '', onclick: () => void revoke(f) },
          'Confirm revocation',
        ),
        h(
          'button',
          {
            type: 'button',
            onclick: () => {
              confirming = null;
              renderList();
              listSlot.querySelector<HTMLElement>(`[data-revoke="${CSS.escape(f.id)}"]`)?.focus();
            },
          },
          'Cancel',
        ),
      ),
    );
  }

  /** The control of the list that has the focus, as a selector that finds it again after a render. */
  function focusedControl(): string | null {
    const el = document.activeElement;
    if (!(el instanceof HTMLElement) || !listSlot.contains(el)) return null;
    if (el.hasAttribute('data-confirm')) return '[data-confirm]';
    const id = el.getAttribute('data-revoke');
    return id === null ? null : `[data-revoke="${CSS.escape(id)}"]`;
  }

  /** The table, keeping the focus where it was (a list loaded late must not take it from a confirmation). */
  function renderList(): void {
    const focused = focusedControl();
    renderTable();
    if (focused) listSlot.querySelector<HTMLElement>(focused)?.focus();
  }

  function renderTable(): void {
    if (flaggers.length === 0) {
      replaceChildren(listSlot, h('p', { class: 'empty' }, 'No trusted flaggers are registered.'));
      return;
    }
    replaceChildren(
      listSlot,
      h(
        'table',
        { class: 'flaggers-table' },
        h('caption', {}, 'Registered trusted flaggers, oldest first'),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ...['Name', 'Organisation', 'Contact', 'Status', 'Registered', 'Action'].map((c) =>
              h('th', { scope: 'col' }, c),
            ),
          ),
        ),
        h(
          'tbody',
          {},
          ...flaggers.map((f) =>
            h(
              'tr',
              { 'data-flagger': f.id },
              h('th', { scope: 'row' }, f.name),
              h('td', {}, f.organisation ?? '—'),
              h('td', {}, f.contact ?? '—'),
              h('td', {}, f.revokedAt === null ? 'Active' : `Revoked ${formatTime(f.revokedAt)}`),
              h('td', {}, h('time', { datetime: f.createdAt }, formatTime(f.createdAt))),
              actionCell(f),
            ),
          ),
        ),
      ),
    );
  }

  async function loadList(message = ''): Promise<void> {
    try {
      flaggers = (await api.trustedFlaggers()).flaggers;
      listStatus.textContent = message;
      renderList();
    } catch (e) {
      listStatus.textContent = `The flaggers could not be listed: ${e instanceof Error ? e.message : String(e)}`;
    }
  }

  replaceChildren(
    root,
    h('h2', { id: 'flaggers-heading' }, 'Trusted flaggers'),
    h(
      'p',
      { class: 'muted' },
      'Organisations a Digital Services Coordinator has awarded trusted-flagger status (EU DSA Art. 22). ',
      'Register only those, after checking the Commission’s list. Their notices and flags carry their token, ',
      'are marked “Trusted flagger” in the queue and come first.',
    ),
    tokenSlot,
    h(
      'form',
      {
        class: 'flagger-form',
        'aria-label': 'Register a trusted flagger',
        novalidate: true,
        onsubmit: (e) => {
          e.preventDefault();
          void register();
        },
      },
      h('h3', {}, 'Register a flagger'),
      name.el,
      organisation.el,
      contact.el,
      formSummary,
      h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'Register flagger')),
    ),
    h('h3', {}, 'Registered flaggers'),
    listStatus,
    listSlot,
  );

  return {
    root,
    /** Shown: reads the list again; a token from an earlier visit is gone. */
    load(): Promise<void> {
      hideToken();
      confirming = null;
      return loadList();
    },
  };
}
