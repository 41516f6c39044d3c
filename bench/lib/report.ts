/**
 * Turns the sections' results into the targets (met / missed), the cost figures, the console table and
 * the Markdown block of docs/performance.md.
 */
import type { BundleFigures, BundlesResult } from '../sections/bundles';
import type { E2eResult } from '../sections/e2e';
import type { IdleResult } from '../sections/idle';
import type { ImportResult } from '../sections/import';
import type { ModerationResult } from '../sections/moderation';
import type { RequestsResult } from '../sections/requests';
import type { ScaleResult } from '../sections/scale';
import {
  ITEM_OVERHEAD_BYTES,
  PRICES,
  costPerMillion,
  idleCost,
  semanticCosts,
  storagePerMillionComments,
  type CostLine,
  type IdleLine,
  type SemanticCosts,
} from './cost';
import { importSection, importTarget } from './report-import';

export interface Results {
  bundles?: BundlesResult;
  moderation?: ModerationResult;
  requests?: RequestsResult;
  scale?: ScaleResult;
  e2e?: E2eResult;
  idle?: IdleResult;
  import?: ImportResult;
}

export interface Target {
  id: string;
  label: string;
  /** The figure compared, as text. */
  value: string;
  limit: string;
  met: boolean | null;
  detail?: string;
}

export interface CostReport {
  prices: typeof PRICES;
  perMillion: CostLine[];
  storage: { bytesPerComment: number; gbPerMillion: number; perMonth: number; pitrPerMonth: number } | null;
  idle: { lines: IdleLine[]; total: number; briefPricesOnly: number } | null;
  /** The semantic providers, off by default: example prices, unverified (bench/lib/cost.ts). */
  semantic: SemanticCosts;
  assumptions: string[];
}

const fmt = (n: number | undefined, digits = 2): string => {
  if (n === undefined || !Number.isFinite(n)) return '–';
  if (Math.abs(n) >= 1000) return Math.round(n).toLocaleString('en');
  if (Math.abs(n) >= 100) return n.toFixed(0);
  if (Math.abs(n) >= 10) return n.toFixed(Math.min(1, digits));
  return n.toFixed(digits);
};
const x = (n: number | undefined): string =>
  n === undefined || !Number.isFinite(n) ? '–' : `${n.toFixed(2)}×`;
const kb = (bytes: number): string => (bytes ? `${(bytes / 1024).toFixed(0)}` : '–');
const usd = (n: number): string =>
  n >= 100
    ? `$${n.toFixed(0)}`
    : n >= 1
      ? `$${n.toFixed(2)}`
      : n >= 0.01
        ? `$${n.toFixed(3)}`
        : `$${n.toFixed(4)}`;
const mark = (met: boolean | null): string => (met === null ? '?' : met ? 'met' : 'MISSED');

function capacityRow(r: Results, prefix: string) {
  return r.requests?.capacity.find((c) => c.action.startsWith(prefix));
}

export function targets(r: Results, runSeconds: number): Target[] {
  const out: Target[] = [];
  const b = r.bundles;
  if (b) {
    const fns = b.functions.filter((f) => !f.error);
    const worstSize = Math.max(...fns.map((f) => f.sizeRatio));
    const worstInit = Math.max(...fns.map((f) => f.initRatio));
    const overSize = fns.filter((f) => f.sizeRatio > b.targets.sizeRatioMax);
    const overInit = fns.filter((f) => f.initRatio > b.targets.initRatioMax);
    out.push({
      id: 'bundle-size',
      label: 'bundle size ≤ 1.5× the baseline, every function',
      value: `worst ${x(worstSize)} (${overSize.length}/${fns.length} over)`,
      limit: '1.5×',
      met: fns.length > 0 && overSize.length === 0,
    });
    out.push({
      id: 'init-time',
      label: 'init time ≤ 1.5× the baseline, every function',
      value: `worst ${x(worstInit)} (${overInit.length}/${fns.length} over)`,
      limit: '1.5×',
      met: fns.length > 0 && overInit.length === 0,
      detail: overInit.map((f) => `${f.name} ${x(f.initRatio)}`).join(', '),
    });
  }
  for (const w of b?.web ?? []) {
    out.push({
      id: `web-size-${w.path}`,
      label: `${w.path} ≤ ${kb(w.budgetGzipBytes)} KB gzipped`,
      value: `${(w.gzipBytes / 1024).toFixed(1)} KB`,
      limit: `${kb(w.budgetGzipBytes)} KB`,
      met: w.bytes > 0 && w.gzipBytes <= w.budgetGzipBytes,
    });
  }
  for (const w of r.requests?.warm.filter((w) => w.computeTarget) ?? []) {
    out.push({
      id: `compute-${w.handler}`,
      label: `compute p50 ≤ 1 ms: ${w.handler}`,
      value: `${fmt(w.compute.p50, 3)} ms`,
      limit: '1 ms',
      met: w.error ? null : w.compute.p50 <= 1,
    });
  }
  if (r.moderation) {
    const t = r.moderation.throughput;
    out.push({
      id: 'moderation-throughput',
      label: 'moderation ≥ 5,000 comments/s (1 KB, one core)',
      value: `${fmt(t.perSecond, 0)}/s`,
      limit: '5,000/s',
      met: t.perSecond >= r.moderation.target.perSecondMin,
    });
  }
  const post = capacityRow(r, 'post (1 KB');
  const auto = capacityRow(r, 'automatic decision → approved');
  if (post && auto) {
    const wcu = post.capacity.wcu + auto.capacity.wcu;
    out.push({
      id: 'post-auto-wcu',
      label: 'post + automatic decision ≤ 4 WCU (1 KB comment)',
      value: `${fmt(wcu, 1)} WCU (Local: ${fmt(post.capacity.wcuMeasured + auto.capacity.wcuMeasured, 1)})`,
      limit: '4 WCU',
      met: wcu <= 4,
    });
  }
  const list20 = capacityRow(r, 'list page of 20 (threads without');
  if (list20) {
    out.push({
      id: 'list20-rcu',
      label: 'list page of 20 ≤ 3 RCU',
      value: `${fmt(list20.capacity.rcu, 1)} RCU`,
      limit: '3 RCU',
      met: list20.capacity.rcu <= 3,
    });
  }
  if (r.requests) {
    // The route declared to scan (the e-mail look-up) is named beside the figure, not counted in it.
    const declared = r.requests.declaredScans ?? 0;
    const scans =
      Object.entries(r.requests.commandCounts)
        .filter(([k]) => /Scan/.test(k))
        .reduce((n, [, v]) => n + v, 0) - declared;
    const total = Object.values(r.requests.commandCounts).reduce((a, b) => a + b, 0);
    out.push({
      id: 'no-scan',
      label: 'no Scan outside the declared look-up',
      value: `${scans} Scan of ${total.toLocaleString('en')} commands${declared ? ` (+${declared.toLocaleString('en')} by the look-up)` : ''}`,
      limit: '0',
      met: scans === 0,
    });
  }
  if (r.scale) {
    const span = (cases: { size: number }[]) => {
      const sizes = cases.map((c) => c.size).sort((a, b) => a - b);
      return `${(sizes[sizes.length - 1] ?? 0).toLocaleString('en')} / ${(sizes[0] ?? 0).toLocaleString('en')}`;
    };
    out.push({
      id: 'scale-list',
      label: `list first page: ${span(r.scale.list)} comments ≤ 1.2`,
      value: x(r.scale.listRatio),
      limit: '1.2×',
      met: r.scale.listRatio <= r.scale.target.ratioMax,
    });
    out.push({
      id: 'scale-queue',
      label: `pending queue first page: ${span(r.scale.queue)} ≤ 1.2`,
      value: x(r.scale.queueRatio),
      limit: '1.2×',
      met: r.scale.queueRatio <= r.scale.target.ratioMax,
    });
  }
  if (r.import) out.push(importTarget(r.import));
  out.push({
    id: 'runtime',
    label: '`npm run bench` under 10 minutes',
    value: `${Math.floor(runSeconds / 60)} min ${Math.round(runSeconds % 60)} s`,
    limit: '10 min',
    met: runSeconds < 600,
  });
  return out;
}

export function costs(r: Results): CostReport {
  const assumptions: string[] = [];
  const req = r.requests;
  const mem = (name: string) => r.idle?.memoryMb[name] ?? 256;
  const dur = (name: string) => req?.warm.find((w) => w.handler === name)?.ddb.p50 ?? Number.NaN;
  const cap = (prefix: string) => capacityRow(r, prefix)?.capacity;
  const perMillion: CostLine[] = [];
  if (req) {
    const post = cap('post (1 KB');
    const autoOk = cap('automatic decision → approved');
    const autoHeld = cap('automatic decision → pending');
    const human = cap('human decision');
    const queue = cap('GET /moderation/queue');
    const list = cap('list page of 20 (threads without');
    const inv = (name: string, share = 1) => ({ memoryMb: mem(name), durationMs: dur(name), share });
    if (post && autoOk) {
      perMillion.push(
        costPerMillion({
          label: '1M posts, automatically moderated (approved)',
          apiRequests: 1,
          lambda: [inv('post-comment'), inv('moderate-comment')],
          readUnits: post.rcu + autoOk.rcu,
          writeUnits: post.wcu + autoOk.wcu,
        }),
      );
    }
    if (post && autoHeld && human && queue) {
      perMillion.push(
        costPerMillion({
          label: '1M posts held and decided by a moderator',
          apiRequests: 2 + 1 / 20,
          lambda: [
            inv('post-comment'),
            inv('moderate-comment'),
            inv('moderation-decide'),
            inv('moderation-queue', 1 / 20),
          ],
          readUnits: post.rcu + autoHeld.rcu + human.rcu + queue.rcu / 20,
          writeUnits: post.wcu + autoHeld.wcu + human.wcu + queue.wcu / 20,
        }),
      );
    }
    if (list) {
      perMillion.push(
        costPerMillion({
          label: '1M list reads (page of 20)',
          apiRequests: 1,
          lambda: [inv('list-comments')],
          readUnits: list.rcu,
          writeUnits: list.wcu,
        }),
      );
    }
    assumptions.push(
      'Lambda duration: the warm p50 against DynamoDB Local on this machine, rounded up to the next ms as Lambda bills; memory as the construct sets it. Cold starts (init is billed too) are left out: rare at steady traffic.',
      'The consumer is counted as one invocation per comment (batches of one, as at low traffic; the event source mapping batches up to 10 when busy).',
      'A moderator reads one queue page (20 comments) per 20 decisions. DynamoDB Streams reads by the Lambda trigger are free.',
      'X-Ray: tracing is active on every function; at low traffic the default sampling rule (1 request/s plus 5%) records nearly every invocation, shown separately at $5 per million traces (after the free tier).',
    );
  }
  let storage: CostReport['storage'] = null;
  if (req) {
    const item = req.sizes['comment item after automatic approval'] ?? 0;
    const audit = req.sizes['audit event of the automatic decision'] ?? 0;
    // The item, each index entry it has (as measured, by the definition's projections), and its audit event.
    const entries = Object.entries(req.sizes).filter(([k]) => k.endsWith(' entry of the approved comment'));
    const bytes =
      item +
      ITEM_OVERHEAD_BYTES +
      entries.reduce((sum, [, v]) => sum + v + ITEM_OVERHEAD_BYTES, 0) +
      audit +
      ITEM_OVERHEAD_BYTES;
    const s = storagePerMillionComments(bytes);
    storage = {
      bytesPerComment: bytes,
      gbPerMillion: s.gb,
      perMonth: s.perMonth,
      pitrPerMonth: s.pitrPerMonth,
    };
    assumptions.push(
      `Storage of an approved comment: its item, its entries in the ${entries.length} indexes it sits in (${entries.map(([k, v]) => `${k.split(' ')[0]} ${v} B`).join(', ')}; each index holds what the table definition projects), and its audit event, 100 bytes of overhead per item or entry.`,
    );
  }
  let idle: CostReport['idle'] = null;
  if (r.idle && req) {
    const sweep = cap('sweeper run');
    idle = idleCost({
      alarmMetrics: r.idle.alarmMetrics,
      dashboards: r.idle.dashboards,
      secrets: r.idle.secrets,
      sweeperRunsPerMonth: r.idle.schedules.reduce(
        (s, x2) => s + (Number.isFinite(x2.perMonth) ? x2.perMonth : 0),
        0,
      ),
      sweeperMemoryMb: mem('sweep-received'),
      sweeperDurationMs: req.sweeperIdle.p50,
      sweeperReadUnits: sweep?.rcu ?? 0,
      sweeperCustomMetrics: req.sweeperIdleMetrics.length,
    });
    assumptions.push(
      'Idle: no free tier counted (the first 10 alarm metrics, 3 dashboards and 10 custom metrics of an account are free).',
    );
  }
  // The semantic checks skip comments an earlier check rejected: the share the labelled set still sends.
  const matrix = r.moderation?.quality.matrix;
  const samples = r.moderation?.quality.samples ?? 0;
  const rejected = matrix ? Object.values(matrix).reduce((n, row) => n + row.rejected, 0) : 0;
  const semantic = semanticCosts(
    1024,
    matrix && samples ? 1 - rejected / samples : 1,
    matrix && samples
      ? `the labelled sample set: ${rejected} of ${samples} rejected by the local checks first`
      : 'every comment (no moderation section in this run)',
  );
  return { prices: PRICES, perMillion, storage, idle, semantic, assumptions };
}

/** The commands of an action in order, or counted when there are many (a bulk decision sends 20). */
function commandList(commands: readonly string[]): string {
  if (commands.length <= 6) return commands.join(' ');
  const counts = new Map<string, number>();
  for (const c of commands) counts.set(c, (counts.get(c) ?? 0) + 1);
  return [...counts].map(([c, n]) => (n > 1 ? `${c} ×${n}` : c)).join(', ');
}

/** A table as aligned text (console) or Markdown. */
export function table(
  headers: string[],
  rows: string[][],
  markdown: boolean,
  rightAlign: boolean[] = [],
): string {
  if (markdown) {
    const sep = headers.map((_, i) => (rightAlign[i] ? '---:' : '---'));
    return [headers, sep, ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
  }
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => (rightAlign[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function render(
  r: Results,
  ts: Target[],
  c: CostReport,
  markdown: boolean,
  errors: Record<string, string>,
): string {
  const out: string[] = [];
  const h = (title: string) => out.push('', markdown ? `### ${title}` : `== ${title} ==`, '');
  h('Targets');
  out.push(
    table(
      ['target', 'measured', 'limit', 'result'],
      ts.map((t) => [t.label, t.value, t.limit, mark(t.met)]),
      markdown,
    ),
  );
  for (const [section, message] of Object.entries(errors))
    out.push('', `Section ${section} failed: ${message.split('\n')[0]}`);

  const b = r.bundles;
  if (b) {
    h(`1. Bundles and cold start (init = import in a fresh Node process, median of ${b.rounds})`);
    const rows = [b.baseline, ...b.functions, ...b.whatIf].map((f) => [
      f.kind === 'what-if' ? `what-if: ${f.name}` : f.name,
      kb(f.bytes),
      kb(f.gzipBytes),
      x(f.sizeRatio),
      fmt(f.init.p50, 0),
      x(f.initRatio),
      f.error
        ? `error: ${f.error.slice(0, 60)}`
        : f.kind === 'baseline'
          ? 'baseline'
          : f.kind === 'what-if'
            ? ''
            : `size ${mark(f.sizeRatio <= b.targets.sizeRatioMax)}, init ${mark(f.initRatio <= b.targets.initRatioMax)}`,
    ]);
    out.push(
      table(
        ['function', 'KB', 'gzip KB', 'size ×', 'init p50 ms', 'init ×', 'targets (≤ 1.5×)'],
        rows,
        markdown,
        [false, true, true, true, true, true],
      ),
    );
    if (b.web?.length)
      out.push(
        '',
        `Browser scripts as served (minified; gzip level 9): ${b.web
          .map(
            (w) =>
              `${w.path} ${(w.bytes / 1024).toFixed(1)} KB, ${(w.gzipBytes / 1024).toFixed(1)} KB gzipped (budget ${kb(w.budgetGzipBytes)} KB)`,
          )
          .join('; ')}.`,
      );
    if (b.drift.length) out.push('', ...b.drift.map((d) => `Warning: ${d}`));
    const strict = b.whatIf.find((f) => f.name === 'baseline with the credentials alias');
    if (strict && !strict.error && strict.bytes > 0 && strict.init.p50 > 0) {
      const worst = (pick: (f: BundleFigures) => number) =>
        b.functions.reduce((m, f) => (f.error ? m : Math.max(m, pick(f))), 0);
      out.push(
        '',
        `The baseline is the stock SDK client; every Parley function bundles the SDK with its credential chain reduced to the environment provider. Against the baseline built that way too (the what-if row), the largest ratios are ${x(worst((f) => f.bytes) / strict.bytes)} in size and ${x(worst((f) => f.init.p50) / strict.init.p50)} in init time.`,
      );
    }
    const lazy = b.functions.filter((f) => f.lazyModules?.length);
    if (lazy.length)
      out.push(
        '',
        `Imported on first use from beside the bundle, not compiled at init nor counted above (infra/constructs/lazy-modules.ts): ${lazy.map((f) => `${f.name} ${f.lazyModules!.map((m) => `${m.file} ${kb(m.bytes)} KB`).join(', ')}`).join('; ')}.`,
      );
    const top = b.functions.find((f) => f.name === 'post-comment')?.topInputs ?? [];
    if (top.length)
      out.push(
        '',
        `Largest parts of the post-comment bundle (minified bytes): ${top.map((t) => `${t.name} ${kb(t.bytes)} KB`).join(', ')}.`,
      );
  }

  const req = r.requests;
  if (req) {
    h(
      `2. Warm per-request cost, in process (up to ${req.iterations} invocations after ${req.warmup} warm-up)`,
    );
    const rows = req.warm.map((w) => [
      w.label,
      String(w.n),
      fmt(w.ddb.p50),
      fmt(w.ddb.p99),
      x(w.ddbRatio),
      fmt(w.compute.p50, 3),
      fmt(w.compute.p99, 3),
      x(w.computeRatio),
      w.error
        ? `error: ${w.error.slice(0, 50)}`
        : w.errors
          ? `${w.errors} bad answers`
          : w.computeTarget
            ? w.compute.p50 <= 1
              ? 'met'
              : 'MISSED'
            : '',
    ]);
    out.push(
      table(
        ['route', 'n', 'Local p50 ms', 'p99', '× GetItem', 'compute p50 ms', 'p99', '× SDK call', 'target'],
        rows,
        markdown,
        [false, true, true, true, true, true, true, true, false],
      ),
    );
    const any = req.warm.find((w) => w.n > 0);
    if (any)
      out.push(
        '',
        `Baselines (same run, interleaved): bare GetItem to DynamoDB Local p50 ${fmt(any.ddbBaseline.p50)} ms; the same GetItem answered in process p50 ${fmt(any.computeBaseline.p50, 3)} ms.`,
      );

    h('4. Capacity units per action (AWS billing rules; DynamoDB Local as measured in brackets)');
    const capRows = req.capacity.map((c) => [
      c.action,
      fmt(c.capacity.rcu, 1),
      fmt(c.capacity.wcu, 1),
      `(${fmt(c.capacity.rcuMeasured, 1)} / ${fmt(c.capacity.wcuMeasured, 1)})`,
      c.capacity.corrections.join(', ') || '–',
      commandList(c.capacity.commands),
      c.error ? `error: ${c.error.slice(0, 60)}` : '',
    ]);
    out.push(
      table(['action', 'RCU', 'WCU', '(Local RCU / WCU)', 'corrected', 'commands', ''], capRows, markdown, [
        false,
        true,
        true,
        true,
        false,
        false,
        false,
      ]),
    );
    const post = capacityRow(r, 'post (1 KB');
    const auto = capacityRow(r, 'automatic decision → approved');
    if (post && auto) {
      const targetsSeen = [
        ...new Set([...Object.keys(post.capacity.byTarget), ...Object.keys(auto.capacity.byTarget)]),
      ].sort();
      const w = (c: typeof post, t: string) => c.capacity.byTarget[t]?.write ?? 0;
      out.push(
        '',
        'Where the write units of a post and its automatic approval go (AWS rules):',
        '',
        table(
          ['written to', 'post', 'automatic decision', 'together'],
          [
            ...targetsSeen.map((t) => [
              t,
              fmt(w(post, t), 1),
              fmt(w(auto, t), 1),
              fmt(w(post, t) + w(auto, t), 1),
            ]),
            [
              'total',
              fmt(post.capacity.wcu, 1),
              fmt(auto.capacity.wcu, 1),
              fmt(post.capacity.wcu + auto.capacity.wcu, 1),
            ],
          ],
          markdown,
          [false, true, true, true],
        ),
      );
    }
    out.push(
      '',
      `Item sizes: ${Object.entries(req.sizes)
        .map(([k, v]) => `${k} ${v.toLocaleString('en')} B`)
        .join('; ')}.`,
      '',
      `From measured item sizes: ${Object.entries(req.estimates)
        .map(([k, v]) => `${k}: ${fmt(v, 1)}`)
        .join('; ')}.`,
      '',
      `Calibration (Local vs AWS rule): ${req.calibration.map((p) => `${p.probe}: Local ${p.local}, AWS ${p.aws}`).join('; ')}.`,
      '',
      `Commands sent: ${Object.entries(req.commandCounts)
        .map(([k, v]) => `${k.replace(/Command$/, '')} ${v.toLocaleString('en')}`)
        .join(', ')}.`,
    );
  }

  const m = r.moderation;
  if (m) {
    h('3. Moderation throughput (default pipeline, lexicon provider, 1 KB comments, one core)');
    out.push(
      table(
        [
          'corpus',
          'comments/s',
          'best slice/s',
          'µs each',
          'baseline (JSON round trip)/s',
          'cost × baseline',
          'outcomes',
        ],
        [m.throughput, m.throughputCivil].map((t) => [
          t.corpus,
          fmt(t.perSecond, 0),
          fmt(t.bestSlicePerSecond, 0),
          fmt(t.microsPerComment, 1),
          fmt(t.baselinePerSecond, 0),
          x(t.ratio),
          `${t.outcomes.approved} approved, ${t.outcomes.pending} held, ${t.outcomes.rejected} rejected`,
        ]),
        markdown,
        [false, true, true, true, true, true, false],
      ),
    );
    if (m.render)
      out.push(
        '',
        `Rendering a ${fmt(m.render.length, 0)}-character body: plain prose ${fmt(m.render.plainMicros, 1)} µs, ` +
          `slowest adversarial body (${m.render.worstFamily}) ${fmt(m.render.worstMicros, 1)} µs: ${x(m.render.ratio)}.`,
      );
    const q = m.quality;
    h(`8. Moderation quality (labelled sample set, ${q.samples} comments)`);
    const pct = (v: number) => `${(v * 100).toFixed(1)} %`;
    out.push(
      table(
        ['decision', 'precision', 'recall'],
        [
          ['reject', pct(q.reject.precision), pct(q.reject.recall)],
          ['hold', pct(q.hold.precision), pct(q.hold.recall)],
        ],
        markdown,
        [false, true, true],
      ),
      '',
      table(
        ['expected \\ got', 'approved', 'pending', 'rejected'],
        (['approved', 'pending', 'rejected'] as const).map((e) => [
          e,
          String(q.matrix[e].approved),
          String(q.matrix[e].pending),
          String(q.matrix[e].rejected),
        ]),
        markdown,
        [false, true, true, true],
      ),
      '',
      `Civil comments approved ${pct(q.civilApproved)}; abusive, spam or suspect comments not approved ${pct(q.abuseCaught)}.`,
    );
  }

  const s = r.scale;
  if (s) {
    h('5. Scale: first page latency (in process, DynamoDB Local)');
    out.push(
      table(
        ['case', 'p50 ms', 'p95 ms', '× GetItem', '× smallest'],
        [...s.list, ...s.queue].map((c) => {
          const group = s.list.includes(c) ? s.list : s.queue;
          const smallest = [...group].sort((a, b2) => a.size - b2.size)[0]!;
          return [
            c.name,
            fmt(c.latency.p50),
            fmt(c.latency.p95),
            x(c.ratio),
            x(c.latency.p50 / smallest.latency.p50),
          ];
        }),
        markdown,
        [false, true, true, true, true],
      ),
      '',
      `Seeded ${s.seeded.toLocaleString('en')} items in ${fmt(s.seedSeconds, 0)} s (${fmt(s.seedItemsPerSecond, 0)}/s); baseline GetItem p50 ${fmt(s.baseline.p50)} ms; ${s.list[0]?.latency.n ?? 0} interleaved rounds.`,
    );
  }

  const e = r.e2e;
  if (e) {
    h('6. End to end on the local stack (post → visible in the listing)');
    out.push(
      table(
        ['measure', 'p50 ms', 'p95 ms', 'n'],
        [
          ['post → visible', fmt(e.visible.p50, 0), fmt(e.visible.p95, 0), String(e.visible.n)],
          ['POST round trip (baseline)', fmt(e.post.p50, 0), fmt(e.post.p95, 0), String(e.post.n)],
        ],
        markdown,
        [false, true, true, true],
      ),
      '',
      `post → visible = ${x(e.ratio)} the POST; stream poller woken by each write (idle pause ${e.pollerIntervalMs} ms), listing polled every ${e.clientPollMs} ms; ${e.timeouts} timeouts.`,
    );
  }

  if (r.import) {
    const section = importSection(r.import);
    h(section.title);
    out.push(...section.lines);
  }

  h(`7. Cost (${c.prices.region}, ${c.prices.caveat})`);
  if (c.perMillion.length) {
    out.push(
      table(
        [
          'per million',
          'HTTP API',
          'Lambda req.',
          'Lambda GB-s',
          'DDB writes',
          'DDB reads',
          'total',
          '+ X-Ray if traced',
        ],
        c.perMillion.map((l) => [
          l.label,
          usd(l.api),
          usd(l.lambdaRequests),
          usd(l.lambdaDuration),
          usd(l.dynamodbWrites),
          usd(l.dynamodbReads),
          usd(l.total),
          usd(l.xrayIfTraced),
        ]),
        markdown,
        [false, true, true, true, true, true, true, true],
      ),
    );
  }
  if (c.semantic) {
    const sc = c.semantic;
    out.push(
      '',
      `Semantic providers (off by default; docs/providers.md), per million ${sc.commentChars.toLocaleString('en')}-character comments, at EXAMPLE_PRICES of ${sc.pricesAsOf}: ${sc.verified ? 'verified' : 'UNVERIFIED, check the Amazon Bedrock pricing page before budgeting'}. Judged share ${(sc.judgedShare * 100).toFixed(1)} % (${sc.judgedShareSource}).`,
      '',
      table(
        ['provider', 'per comment (estimate)', 'per 1M judged', 'per 1M posted'],
        sc.lines.map((l) => [
          l.provider,
          l.usage,
          l.perMillionJudged ? usd(l.perMillionJudged) : '$0',
          l.perMillionPosted ? usd(l.perMillionPosted) : '$0',
        ]),
        markdown,
        [false, false, true, true],
      ),
      '',
      `Plus the consumer's wait for each provider: ${usd(sc.lambdaWaitPerSecond)} per million comments per second of waiting at 256 MB.`,
    );
  }
  if (c.storage)
    out.push(
      '',
      `Storage: ${c.storage.bytesPerComment.toLocaleString('en')} B per approved comment → ${fmt(c.storage.gbPerMillion, 2)} GB per million comments → ${usd(c.storage.perMonth)} per month they are kept (+ ${usd(c.storage.pitrPerMonth)} PITR, other).`,
    );
  if (c.idle) {
    out.push(
      '',
      table(
        ['idle, per month', '$', 'note'],
        c.idle.lines.map((l) => [l.item, usd(l.perMonth), l.note]),
        markdown,
        [false, true, false],
      ),
    );
    out.push(
      '',
      `Idle total ${usd(c.idle.total)} per month (${usd(c.idle.briefPricesOnly)} of it at the brief's price list; the rest is CloudWatch and Secrets Manager).`,
    );
  }
  out.push(
    '',
    `Prices: DynamoDB on-demand $${c.prices.dynamodb.perMillionWriteUnits} per million write units, $${c.prices.dynamodb.perMillionReadUnits} per million read units, $${c.prices.dynamodb.storagePerGbMonth}/GB-month; Lambda arm64 $${c.prices.lambdaArm64.perGbSecond} per GB-s and $${c.prices.lambdaArm64.perMillionRequests} per million requests; HTTP API $${c.prices.httpApi.perMillionRequests} per million requests (${c.prices.asOf}). Other: alarm metric $${c.prices.other.cloudwatchAlarmMetricMonth}, dashboard $${c.prices.other.cloudwatchDashboardMonth}, custom metric $${c.prices.other.cloudwatchCustomMetricMonth}, secret $${c.prices.other.secretsManagerSecretMonth} per month, PITR $${c.prices.other.pitrPerGbMonth}/GB-month, X-Ray $${c.prices.other.xrayPerMillionTracesRecorded} per million traces (${c.prices.other.asOf}). List prices as published; verify before relying.`,
  );
  for (const a of c.assumptions) out.push(markdown ? `- ${a}` : `  * ${a}`);
  return out.join('\n');
}
