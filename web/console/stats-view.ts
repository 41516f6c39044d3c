/**
 * The stats view: queue sizes (the open notices, appeals and suspension proposals too), the oldest pending comment's age, human
 * decisions and time to decision (p50/p95) over 24 hours, with a bar chart of the queues drawn by uPlot
 * (canvas; it styles its own elements through the CSSOM, which the CSP allows).
 */
import uPlot from 'uplot';
import { formatDate } from '../dates';
import type { Api, Stats } from './api';
import { h, replaceChildren } from './dom';
import { formatDuration } from './explain';

/** The queues the view shows, in its order: the comment queues, then the open due-process items. */
const CHART_QUEUES = [
  'received',
  'pending',
  'reported',
  'rejected',
  'approved',
  'notices',
  'appeals',
  'suspensions',
] as const;
const QUEUE_WORDS: Readonly<Record<(typeof CHART_QUEUES)[number], string>> = {
  received: 'Received',
  pending: 'Pending',
  reported: 'Reported',
  rejected: 'Rejected',
  approved: 'Approved',
  notices: 'Open notices',
  appeals: 'Open appeals',
  suspensions: 'Open suspension proposals',
};

/** The chart's data: x = queue index, y = its size. */
export const chartData = (stats: Stats): [number[], number[]] => [
  CHART_QUEUES.map((_, i) => i),
  CHART_QUEUES.map((q) => stats.queues[q] ?? 0),
];

function drawChart(target: HTMLElement, stats: Stats): uPlot {
  const width = Math.max(320, Math.min(720, target.clientWidth || 560));
  const bars = uPlot.paths.bars?.({ size: [0.6, 64] });
  return new uPlot(
    {
      width,
      height: 240,
      legend: { show: false },
      cursor: { show: false },
      scales: {
        x: { time: false, range: [-0.5, CHART_QUEUES.length - 0.5] },
        y: { range: (_u, _min, max) => [0, Math.max(1, max) * 1.15] },
      },
      axes: [
        {
          splits: () => CHART_QUEUES.map((_, i) => i),
          values: (_u, splits) => splits.map((i) => CHART_QUEUES[i] ?? ''),
          stroke: '#555',
        },
        { stroke: '#555', values: (_u, splits) => splits.map((v) => (Number.isInteger(v) ? String(v) : '')) },
      ],
      series: [
        {},
        {
          label: 'Comments',
          stroke: '#2457a6',
          fill: 'rgba(36, 87, 166, 0.55)',
          width: 1,
          ...(bars ? { paths: bars } : {}),
          points: { show: false },
        },
      ],
    },
    chartData(stats),
    target,
  );
}

export function createStatsView(api: Api) {
  const root = h('section', { class: 'stats-view', 'aria-labelledby': 'stats-heading' });
  let chart: uPlot | undefined;

  function show(stats: Stats): void {
    chart?.destroy();
    const t = stats.last24h.timeToDecision;
    const figure = h('div', { class: 'chart', 'aria-hidden': 'true' });
    replaceChildren(
      root,
      h('h2', { id: 'stats-heading' }, 'Moderation stats'),
      h(
        'dl',
        { class: 'stat-grid' },
        ...CHART_QUEUES.flatMap((q) => [
          h('dt', {}, QUEUE_WORDS[q]),
          h('dd', {}, String(stats.queues[q] ?? 0)),
        ]),
        h('dt', {}, 'Oldest pending'),
        h('dd', {}, formatDuration(stats.oldestPendingAgeSeconds)),
        h('dt', {}, 'Decisions (24 h)'),
        h(
          'dd',
          {},
          `${stats.last24h.decisions} (${stats.last24h.approved} approved, ${stats.last24h.rejected} rejected)`,
        ),
        h('dt', {}, 'Time to decision p50'),
        h('dd', {}, formatDuration(t.p50Seconds)),
        h('dt', {}, 'Time to decision p95'),
        h('dd', {}, formatDuration(t.p95Seconds)),
      ),
      h(
        'figure',
        { class: 'chart-figure' },
        figure,
        h(
          'figcaption',
          {},
          'Comments in each queue now, and the open notices, appeals and suspension proposals (the same numbers as above).',
        ),
      ),
      h('p', { class: 'muted' }, `Generated ${formatDate(stats.generatedAt, { timeStyle: 'medium' })}.`),
    );
    chart = drawChart(figure, stats);
  }

  async function load(): Promise<void> {
    try {
      show(await api.stats());
    } catch (e) {
      replaceChildren(
        root,
        h('h2', { id: 'stats-heading' }, 'Moderation stats'),
        h('p', { class: 'notice error', role: 'alert' }, e instanceof Error ? e.message : String(e)),
      );
    }
  }

  return { root, load, stop: () => chart?.destroy() };
}
