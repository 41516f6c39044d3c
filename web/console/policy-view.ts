/**
 * The admins' policy editor: terms, link rules, toxicity thresholds and limits. The API validates the
 * whole policy; its field-level details are shown under the field they concern, and nothing typed is
 * lost on an error or a conflict.
 */
import { ApiError, type Api, type StoredPolicy } from './api';
import { formatTime, h, replaceChildren, uid } from './dom';
import {
  POLICY_FIELDS,
  fieldForDetail,
  fieldText,
  getPath,
  hintOf,
  pairProblems,
  parseField,
  setPath,
  type PolicyField,
} from './policy-form';

interface FieldEl {
  field: PolicyField;
  input: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
  error: HTMLElement;
}

function control(field: PolicyField, id: string, value: string, describedBy: string) {
  const common = { id, name: field.path, 'aria-describedby': describedBy };
  switch (field.kind) {
    case 'lines':
      return h('textarea', { ...common, rows: 4 }, value);
    case 'mode':
      return h(
        'select',
        common,
        h('option', { value: 'post', selected: value === 'post' }, 'Post-moderation (publish what passes)'),
        h('option', { value: 'pre', selected: value === 'pre' }, 'Pre-moderation (hold everything)'),
      );
    case 'bool':
      return h(
        'select',
        common,
        h('option', { value: 'true', selected: value === 'true' }, 'Yes'),
        h('option', { value: 'false', selected: value === 'false' }, 'No'),
      );
    default:
      return h('input', {
        ...common,
        type: 'text',
        inputmode: field.kind === 'int' ? 'numeric' : 'decimal',
        value,
      });
  }
}

export function createPolicyView(api: Api, announce: (text: string) => void) {
  const root = h('section', { class: 'policy-view', 'aria-labelledby': 'policy-heading' });
  let stored: StoredPolicy | null = null;
  let fields: FieldEl[] = [];
  const summary = h('div', { class: 'form-summary' });

  function setSummary(kind: 'error' | 'info' | null, text = '', items: string[] = []): void {
    replaceChildren(
      summary,
      kind
        ? h(
            'div',
            { class: `notice ${kind}`, role: kind === 'error' ? 'alert' : 'status' },
            h('p', {}, text),
            items.length > 0 ? h('ul', {}, ...items.map((i) => h('li', {}, i))) : null,
          )
        : null,
    );
  }

  function clearErrors(): void {
    for (const f of fields) {
      f.error.textContent = '';
      f.input.removeAttribute('aria-invalid');
    }
  }

  function fieldError(f: FieldEl, message: string): void {
    f.error.textContent = f.error.textContent ? `${f.error.textContent} ${message}` : message;
    f.input.setAttribute('aria-invalid', 'true');
  }

  async function save(): Promise<void> {
    if (!stored) return;
    clearErrors();
    const update: Record<string, unknown> = {};
    const values = new Map<string, unknown>();
    let bad = 0;
    for (const f of fields) {
      const parsed = parseField(f.field, f.input.value);
      if ('error' in parsed) {
        fieldError(f, parsed.error);
        bad++;
      } else {
        setPath(update, f.field.path, parsed.value);
        values.set(f.field.path, parsed.value);
      }
    }
    for (const problem of pairProblems(values)) {
      const f = fields.find((x) => x.field === problem.field);
      if (!f) continue;
      fieldError(f, problem.message);
      bad++;
    }
    if (bad > 0) {
      setSummary(
        'error',
        `The policy was not saved: ${bad === 1 ? 'one field needs' : `${bad} fields need`} attention.`,
      );
      fields.find((f) => f.input.hasAttribute('aria-invalid'))?.input.focus();
      return;
    }
    try {
      stored = await api.putPolicy({ ...update, expectedVersion: stored.policy.version });
      render();
      // The form was drawn again: the keyboard's place is its Save button, not the top of the page.
      root.querySelector<HTMLButtonElement>('button[type="submit"]')?.focus();
      setSummary('info', `Saved: the policy is now at version ${stored.policy.version}.`);
      announce(`Policy saved (version ${stored.policy.version}).`);
    } catch (e) {
      if (e instanceof ApiError && e.code === 'validation_failed') {
        const unplaced: string[] = [];
        for (const detail of e.details) {
          const placed = fieldForDetail(detail);
          const f = placed && fields.find((x) => x.field === placed.field);
          if (f && placed) fieldError(f, placed.message);
          else unplaced.push(`${detail.path}: ${detail.message}`);
        }
        const n = e.details.length;
        setSummary(
          'error',
          `The policy was not saved: ${n === 1 ? 'one problem' : `${n} problems`} to fix.`,
          unplaced,
        );
        fields.find((f) => f.input.hasAttribute('aria-invalid'))?.input.focus();
      } else if (e instanceof ApiError && e.status === 409) {
        setSummary(
          'error',
          'Another admin saved the policy while you were editing. Your changes are still in the form; reload to see theirs (your edits will be replaced).',
        );
      } else {
        setSummary('error', e instanceof Error ? e.message : String(e));
      }
    }
  }

  function render(): void {
    if (!stored) return;
    fields = [];
    const groups = new Map<string, HTMLElement>();
    for (const field of POLICY_FIELDS) {
      let fieldset = groups.get(field.group);
      if (!fieldset) {
        fieldset = h('fieldset', {}, h('legend', {}, field.group));
        groups.set(field.group, fieldset);
      }
      const id = uid('policy');
      const errorId = `${id}-error`;
      const hintId = `${id}-hint`;
      const hint = hintOf(field);
      const input = control(
        field,
        id,
        fieldText(field, getPath(stored.policy, field.path)),
        hint ? `${hintId} ${errorId}` : errorId,
      );
      const error = h('p', { class: 'field-error', id: errorId });
      fields.push({ field, input, error });
      fieldset.append(
        h(
          'div',
          { class: `field field-${field.kind}` },
          h('label', { for: id }, field.label),
          hint ? h('p', { class: 'hint', id: hintId }, hint) : null,
          input,
          error,
        ),
      );
    }
    const by = stored.updatedBy ? ` by ${stored.updatedBy.name ?? stored.updatedBy.id}` : '';
    replaceChildren(
      root,
      h('h2', { id: 'policy-heading' }, 'Moderation policy'),
      h(
        'p',
        { class: 'muted' },
        `Version ${stored.policy.version}${stored.updatedAt ? `, saved ${formatTime(stored.updatedAt)}${by}` : ' (defaults)'}.`,
      ),
      summary,
      h(
        'form',
        {
          class: 'policy-form',
          'aria-label': 'Policy',
          novalidate: true,
          onsubmit: (e) => {
            e.preventDefault();
            void save();
          },
        },
        ...groups.values(),
        h(
          'div',
          { class: 'actions' },
          h('button', { type: 'submit', class: 'primary' }, 'Save policy'),
          h('button', { type: 'button', onclick: () => void load() }, 'Reload'),
        ),
      ),
    );
  }

  async function load(): Promise<void> {
    setSummary(null);
    try {
      stored = await api.policy();
      render();
    } catch (e) {
      replaceChildren(
        root,
        h('h2', { id: 'policy-heading' }, 'Moderation policy'),
        h('p', { class: 'notice error', role: 'alert' }, e instanceof Error ? e.message : String(e)),
      );
    }
  }

  return { root, load };
}
