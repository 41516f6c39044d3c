/**
 * The admins' transparency view (EU DSA Art. 15, 24): a period of UTC days (the last 30 by default), the
 * report the API counts for it as tables, and downloads of the same report as CSV and of the period's
 * statements of reasons as JSON Lines (the Transparency Database's fields). A period the API would refuse
 * (no day, the last before the first, too long) is said beside the field it concerns in the admin's words
 * before it is asked for, with the dates typed kept; a refusal from the API is shown the same way.
 */
import { MAX_PERIOD_DAYS } from '../../shared/domain/period';
import { ApiError, type Api, type Period, type TransparencyReport } from './api';
import { h, replaceChildren, uid } from './dom';
import { saveDownload, statementsExport } from './download';
import {
  csvFileName,
  dayInWords,
  defaultPeriod,
  periodField,
  periodProblems,
  reportTables,
  statementsFileName,
  type ReportRow,
  type ReportTable,
} from './transparency-tables';

function rowOf(row: ReportRow, total = false): HTMLTableRowElement {
  return h(
    'tr',
    { class: total ? 'total' : undefined },
    h('th', { scope: 'row' }, row.head),
    // Every value is a count or a duration: right-aligned (console.css), so the digits line up.
    ...row.cells.map((cell) => h('td', {}, String(cell))),
  );
}

/** One report table: caption, column heads, rows with row heads, the total row last. */
export function tableEl(t: ReportTable): HTMLElement {
  return h(
    'table',
    { class: 'report-table', 'data-table': t.id },
    h('caption', {}, t.caption),
    h('thead', {}, h('tr', {}, ...t.columns.map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, ...t.rows.map((r) => rowOf(r)), t.total ? rowOf(t.total, true) : null),
  );
}

export function createTransparencyView(api: Api, announce: (text: string) => void) {
  const root = h('section', { class: 'transparency-view', 'aria-labelledby': 'transparency-heading' });
  const fromId = uid('period-from');
  const toId = uid('period-to');
  const fields = {
    from: h('input', {
      id: fromId,
      name: 'from',
      type: 'date',
      required: true,
      'aria-describedby': `${fromId}-error`,
    }),
    to: h('input', {
      id: toId,
      name: 'to',
      type: 'date',
      required: true,
      'aria-describedby': `${toId}-error`,
    }),
  };
  const errors = {
    from: h('p', { class: 'field-error', id: `${fromId}-error` }),
    to: h('p', { class: 'field-error', id: `${toId}-error` }),
  };
  const summary = h('div', { class: 'form-summary' });
  const report = h('div', { class: 'report' });
  let shown: Period | null = null;
  let started = false;

  function clearErrors(): void {
    for (const k of ['from', 'to'] as const) {
      errors[k].textContent = '';
      fields[k].removeAttribute('aria-invalid');
    }
    replaceChildren(summary);
  }

  /** Each problem under its field, `text` (and any problem of no field) beside the form; focus on the first. */
  function showProblems(text: string, problems: { field: 'from' | 'to' | null; message: string }[]): void {
    const others: string[] = [];
    for (const { field, message } of problems) {
      if (field === null) {
        others.push(message);
        continue;
      }
      errors[field].textContent = errors[field].textContent
        ? `${errors[field].textContent} ${message}`
        : message;
      fields[field].setAttribute('aria-invalid', 'true');
    }
    replaceChildren(
      summary,
      h(
        'div',
        { class: 'notice error', role: 'alert' },
        h('p', {}, text),
        others.length > 0 ? h('ul', {}, ...others.map((o) => h('li', {}, o))) : null,
      ),
    );
    (fields.from.hasAttribute('aria-invalid')
      ? fields.from
      : fields.to.hasAttribute('aria-invalid')
        ? fields.to
        : null
    )?.focus();
  }

  /** The API's refusal: each detail under its field, the message beside the form. */
  function refused(e: unknown): void {
    const details = e instanceof ApiError ? e.details : [];
    showProblems(
      `No report: ${e instanceof Error ? e.message : String(e)}`,
      details.map((d) => ({ field: periodField(d.path), message: d.message })),
    );
  }

  async function load(period: Period): Promise<void> {
    clearErrors();
    // The API's rules, said in the admin's words before asking (its own words name its parameters).
    const problems = Object.entries(periodProblems(period)) as ['from' | 'to', string][];
    if (problems.length > 0)
      return showProblems(
        'No report: the period needs correcting.',
        problems.map(([field, message]) => ({ field, message })),
      );
    report.setAttribute('aria-busy', 'true');
    try {
      const r = await api.transparency(period);
      shown = { from: r.from, to: r.to };
      render(r);
      announce(`Transparency report shown for ${dayInWords(r.from)} to ${dayInWords(r.to)}.`);
    } catch (e) {
      refused(e);
    } finally {
      report.removeAttribute('aria-busy');
    }
  }

  const downloadStatus = h('p', { class: 'muted download-status', role: 'status' });
  const downloadError = h('div', {});

  /** Runs one download, saying what happens; a failure is an alert beside the buttons. */
  async function download(what: string, run: (p: Period) => Promise<string>): Promise<void> {
    if (!shown) return;
    const period = shown;
    replaceChildren(downloadError);
    downloadStatus.textContent = `Preparing ${what}…`;
    try {
      downloadStatus.textContent = await run(period);
    } catch (e) {
      downloadStatus.textContent = '';
      replaceChildren(
        downloadError,
        h(
          'p',
          { class: 'notice error', role: 'alert' },
          `${what} not downloaded: ${e instanceof Error ? e.message : String(e)}`,
        ),
      );
    }
  }

  const downloadCsv = () =>
    download('The CSV', async (p) => {
      const csv = await api.transparencyCsv(p);
      saveDownload(csvFileName(p), [csv.text], 'text/csv');
      return `Saved ${csvFileName(p)}.`;
    });
  const downloadStatements = () =>
    download('The statements', async (p) => {
      const out = await statementsExport(api, p, (lines) => {
        downloadStatus.textContent = `Fetching statements: ${lines} so far…`;
      });
      saveDownload(statementsFileName(p), out.parts, 'application/x-ndjson');
      return `Saved ${statementsFileName(p)}: ${out.lines} ${out.lines === 1 ? 'statement' : 'statements'}.`;
    });

  function render(r: TransparencyReport): void {
    const period = `${dayInWords(r.from)} to ${dayInWords(r.to)}`;
    replaceChildren(downloadError);
    downloadStatus.textContent = '';
    replaceChildren(
      report,
      h('h3', { id: 'report-heading' }, `Report for ${period} (UTC days, both included)`),
      h(
        'div',
        { class: 'downloads', role: 'group', 'aria-labelledby': 'report-heading' },
        h('button', { type: 'button', onclick: () => void downloadCsv() }, 'Download CSV'),
        h(
          'button',
          { type: 'button', onclick: () => void downloadStatements() },
          'Download statements of reasons (JSON Lines)',
        ),
        h(
          'p',
          { class: 'muted' },
          'The CSV holds these numbers, one a row. The statements are one per line in the fields of the EU ',
          'Transparency Database, for the newsroom to submit with its own account.',
        ),
        downloadStatus,
        downloadError,
      ),
      ...reportTables(r).map(tableEl),
    );
  }

  function start(): void {
    const period = defaultPeriod(new Date());
    fields.from.value = period.from;
    fields.to.value = period.to;
    replaceChildren(
      root,
      h('h2', { id: 'transparency-heading' }, 'Transparency report'),
      h(
        'p',
        { class: 'muted' },
        'The numbers the EU Digital Services Act asks of the site (Art. 15 and 24), counted as each decision ',
        `was made. Days are UTC; a period covers at most ${MAX_PERIOD_DAYS} days.`,
      ),
      h(
        'form',
        {
          class: 'period-form',
          'aria-label': 'Report period',
          novalidate: true,
          onsubmit: (e) => {
            e.preventDefault();
            void load({ from: fields.from.value, to: fields.to.value });
          },
        },
        h(
          'div',
          { class: 'field' },
          h('label', { for: fromId }, 'From (first day)'),
          fields.from,
          errors.from,
        ),
        h('div', { class: 'field' }, h('label', { for: toId }, 'To (last day)'), fields.to, errors.to),
        h('button', { type: 'submit', class: 'primary' }, 'Show report'),
      ),
      summary,
      report,
    );
  }

  return {
    root,
    /** Shown: the first time, builds the view and loads the last 30 days; later, keeps what is there. */
    show(): void {
      if (started) return;
      started = true;
      start();
      void load({ from: fields.from.value, to: fields.to.value });
    },
  };
}
