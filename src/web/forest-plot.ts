/**
 * One measure × unit × subject of an event as a forest plot, rendered to SVG on the server (Observable Plot
 * over linkedom's DOM, so pages need no script). Each row is one of the summary's chart rows: a claim
 * when the figure has few, else a claimant spanning its claims (and one row for the claimants past
 * the charted ones), so thousands of claims still make a chart one can read. A point for a single
 * figure, a bar over a range (an open side runs dashed to the edge), coloured by claimant and labelled
 * in words ("#3 · at least 300 · Ministry of Health"), so colour never carries meaning alone. A repeat
 * is joined to the claim it repeats by a dashed link. The estimate is the last row, in black.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import type { EventDossierFigure } from '../app/get-event-dossier.js';
import { countedWords, figureWords } from './figure-words.js';
import { trustedHtml, type SafeHtml } from './html.js';

const ROW = 34;

/** Wide for desktops and print; narrow for phones, so its 12 px labels stay 12 px at 360 px. */
export type PlotSize = { width: number; labelMax: number };
export const WIDE: PlotSize = { width: 560, labelMax: 76 };
export const NARROW: PlotSize = { width: 330, labelMax: 44 };

type Row = {
  row: string;
  label: string;
  source: string;
  x1: number;
  x2: number;
  point: number | null;
  openLow: boolean;
  openHigh: boolean;
  estimate: boolean;
};

export type PlotFigure = Pick<EventDossierFigure, 'measure' | 'unit' | 'subject' | 'chart' | 'estimate'>;

/**
 * Drawing one chart took about 15 ms and much garbage (Plot over linkedom), twice per figure on every
 * dossier request, which made the dossier the page that set the server's throughput. A chart depends
 * only on the figure's rows, estimate and size, so charts are kept by that content: the same figure
 * is drawn once however many readers ask, and a figure changed by a regroup or a correction gets a new
 * key. At most SVG_CACHE_SIZE charts are kept, the least recently used going first.
 */
const SVG_CACHE_SIZE = 256;
const drawn = new Map<string, SafeHtml>();

export function forestPlot(figure: PlotFigure, size: PlotSize = WIDE): SafeHtml {
  const key = JSON.stringify([size.width, size.labelMax, figure.measure, figure.unit, figure.subject, figure.chart, figure.estimate]);
  const kept = drawn.get(key);
  if (kept !== undefined) {
    drawn.delete(key);
    drawn.set(key, kept);
    return kept;
  }
  const svg = drawForestPlot(figure, size);
  drawn.set(key, svg);
  if (drawn.size > SVG_CACHE_SIZE) drawn.delete(drawn.keys().next().value!);
  return svg;
}

function drawForestPlot(figure: PlotFigure, size: PlotSize): SafeHtml {
  const clip = (text: string) => (text.length > size.labelMax ? `${text.slice(0, size.labelMax - 1)}…` : text);
  // A chart of households says so on its axis and estimate: its numbers are never people.
  const unit = figure.unit === 'households' ? ' households' : '';
  const top = Math.max(1, ...figure.chart.flatMap((r) => [r.low ?? 0, r.high ?? 0]), figure.estimate.high ?? 0);
  const edge = Math.ceil(top * 1.1);
  const rows: Row[] = figure.chart.map((c, i) => {
    const { low, high, approximate } = c;
    const bounds = { low, high, approximate };
    const label = c.kind === 'claim'
      ? `#${c.number ?? '?'} · ${figureWords(bounds)}${unit}${c.repeats !== null ? ` (repeats #${c.repeats})` : c.aside === null ? '' : ` (${c.aside}, set aside)`} · ${c.source}`
      : `${c.source}: ${figureWords(bounds)}${unit} · ${c.claims} claim${c.claims === 1 ? '' : 's'}${c.credible ? '' : ', set aside'}`;
    return {
      row: c.kind === 'claim' ? `#${c.number ?? i}` : `row-${i}`,
      label: clip(label),
      source: c.kind === 'others' ? 'others' : c.source,
      x1: low ?? 0,
      x2: high ?? edge,
      point: low !== null && low === high ? low : null,
      openLow: low === null,
      openHigh: high === null,
      estimate: false,
    };
  });
  const e = figure.estimate;
  if (e.best !== null || e.low !== null || e.high !== null) {
    rows.push({
      row: 'estimate',
      label: clip(`Estimate (${e.rule} rule): ${e.best === null ? '—' : `${figureWords({ low: e.best, high: e.best })}${unit}`}, range ${figureWords({ low: e.low, high: e.high })}${unit}`),
      source: 'estimate',
      x1: e.low ?? 0,
      x2: e.high ?? edge,
      point: e.best,
      openLow: e.low === null,
      openHigh: e.high === null,
      estimate: true,
    });
  }
  const byRow = new Map(rows.map((r) => [r.row, r]));
  const links = figure.chart.flatMap((c, i) => {
    const original = c.repeats === null ? undefined : byRow.get(`#${c.repeats}`);
    return original ? [{ from: original, to: rows[i]! }] : [];
  });
  const claimRows = rows.filter((r) => !r.estimate);
  const estimateRows = rows.filter((r) => r.estimate);
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const svg = Plot.plot({
    document,
    width: size.width,
    height: rows.length * ROW + 60,
    marginLeft: 12,
    marginRight: 16,
    marginTop: 16,
    marginBottom: 36,
    style: { fontSize: '12px' },
    ariaLabel: `${figure.measure}, ${countedWords(figure)}: each claimant's figure`,
    ariaDescription: rows.map((r) => r.label).join('; '),
    x: { domain: [0, edge], label: `${figure.measure}${unit} →`, grid: true, nice: false },
    y: { domain: rows.map((r) => r.row), axis: null, padding: 0 },
    color: { type: 'categorical', scheme: 'observable10', domain: [...new Set(claimRows.map((r) => r.source))] },
    marks: [
      Plot.ruleY(claimRows.filter((r) => !r.openLow && !r.openHigh), { y: 'row', x1: 'x1', x2: 'x2', stroke: 'source', strokeWidth: 4, dy: 6 }),
      Plot.ruleY(claimRows.filter((r) => r.openLow || r.openHigh), { y: 'row', x1: 'x1', x2: 'x2', stroke: 'source', strokeWidth: 4, strokeDasharray: '6 3', dy: 6 }),
      Plot.dot(claimRows.filter((r) => r.point !== null), { y: 'row', x: 'point', fill: 'source', r: 5, dy: 6 }),
      Plot.ruleY(estimateRows, { y: 'row', x1: 'x1', x2: 'x2', stroke: 'black', strokeWidth: 8, strokeOpacity: 0.35, dy: 6 }),
      Plot.dot(estimateRows.filter((r) => r.point !== null), { y: 'row', x: 'point', fill: 'black', r: 6, symbol: 'diamond', dy: 6 }),
      Plot.link(links, {
        x1: (l: { from: Row }) => l.from.point ?? l.from.x1, y1: (l: { from: Row }) => l.from.row,
        x2: (l: { to: Row }) => l.to.point ?? l.to.x1, y2: (l: { to: Row }) => l.to.row,
        stroke: '#444', strokeDasharray: '2 3', markerEnd: 'arrow', dy: 6,
      }),
      Plot.text(claimRows, { y: 'row', x: 0, text: 'label', textAnchor: 'start', dy: -7, fill: 'currentColor' }),
      Plot.text(estimateRows, { y: 'row', x: 0, text: 'label', textAnchor: 'start', dy: -7, fontWeight: 'bold' }),
    ],
  });
  return trustedHtml(svg.outerHTML);
}
