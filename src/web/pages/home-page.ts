/**
 * Home: the events, newest first, each with its headline figure per measure (people; counts of
 * households stay in the dossier), its claimants and a conflict marker.
 */
import type { ReconcileEventOutput } from '../../app/reconcile-event.js';
import { headlineFigures } from '../../pipeline/reconcile/headline-figures.js';
import type { FigureComparison } from '../../pipeline/reconcile/reconcile-types.js';
import { count, figureWords, subjectWords } from '../figure-words.js';
import { html, type SafeHtml } from '../html.js';
import { searchBox } from './search-page.js';

export function homePage(events: readonly ReconcileEventOutput[]): SafeHtml {
  const sorted = [...events].sort((a, b) => (b.event.dateStart ?? '').localeCompare(a.event.dateStart ?? ''));
  return html`<h1>Events</h1>
<p class="lede">Each event gathers the documents that report it. Figures are shown as each source states them; the headline is an estimate under the UCDP-like rule, with its range.</p>
${searchBox('')}
${sorted.length === 0
    ? html`<p>No events yet. <a href="/upload">Upload documents</a> to start.</p>`
    : html`<ol class="events">${sorted.map(eventCard)}</ol>`}`;
}

function eventCard({ event, documents, figures }: ReconcileEventOutput): SafeHtml {
  const headlines = headlineFigures(figures);
  const claimants = new Set(figures.flatMap((f) => f.claimants.filter((c) => c.independent).map((c) => c.source)));
  // The dossier's count: the event's own documents. Reports of another event that recall this one
  // give claims too, and are counted apart.
  const members = new Set<string>(event.documents);
  const recalling = documents.filter((d) => !members.has(d.id)).length;
  const conflicts = figures.filter((f) => f.comparisons.some((c) => c.relation === 'conflict'));
  return html`<li class="event-card">
  <h2><a href="/events/${event.id}">${event.title}</a></h2>
  <p class="meta">${count(event.documents.length, 'document')}${recalling > 0 ? ` (+${recalling} recalling it)` : ''} · ${claimants.size} independent claimant${claimants.size === 1 ? '' : 's'}
  ${conflicts.length > 0 ? html` · <strong class="conflict" title="Some claimants' figures do not overlap">⚠ Sources conflict (${conflicts.map((f) => (f.unit === 'households' ? `${f.measure} households` : f.measure)).filter(unique).join(', ')})</strong>` : html` · <span class="agree">no conflict</span>`}</p>
  ${headlines.length === 0
    ? html`<p class="meta">No figures stated.</p>`
    : html`<dl class="headlines">${headlines.map(
        (f) => html`<div><dt><span class="swatch m-${f.measure}" aria-hidden="true"></span>${f.measure}${f.subject ? html` <small>(${subjectWords(f.subject)})</small>` : ''}</dt>
        <dd>${headlineWords(f)}</dd></div>`,
      )}</dl>`}
</li>`;
}

function headlineWords(f: FigureComparison): string {
  const e = f.estimate;
  if (e.low === null && e.high === null && e.best === null) return 'no credible figure';
  const range = figureWords({ low: e.low, high: e.high });
  return e.best === null || (e.low === e.best && e.high === e.best) ? range : `${range} · best estimate ${figureWords({ low: e.best, high: e.best })}`;
}

function unique<T>(value: T, index: number, all: readonly T[]): boolean {
  return all.indexOf(value) === index;
}
