/**
 * An event's dossier: per measure × subject a forest plot and the table of claims, the estimate with its
 * rule in words and a rule selector (a plain GET form), then the event's documents with their own
 * framing words, shown as theirs. Prints as a report (print rules in style.css).
 */
import type { ReconcileEventOutput } from '../../app/reconcile-event.js';
import { ESTIMATE_RULES, type EstimateRule, type FigureComparison } from '../../pipeline/reconcile/reconcile-types.js';
import { claimPath, documentPath } from '../../http/api-responses.js';
import { forestPlot, NARROW, WIDE } from '../forest-plot.js';
import { dayOf, figureWords, subjectWords } from '../figure-words.js';
import { html, type SafeHtml } from '../html.js';
import { sentenceWithSpans } from './claim-page.js';

export const RULE_WORDS: Readonly<Record<EstimateRule, string>> = {
  ucdp:
    'UCDP-like (default): low and high span every credible, independent claim; the best figure comes from the most specific claims ' +
    '(an exact number before an approximate one, a range, an open bound), the one most sources give, the lowest on a tie',
  conservative: 'Conservative (ACLED-like): low, best and high are the lowest single number any credible, independent source states',
  range: 'Range: low and high span every credible, independent claim; best is the median of their figures',
};

export type EventDocument = ReconcileEventOutput['documents'][number] & { sha256: string; byline: string | null };

export function eventPage(dossier: ReconcileEventOutput, rule: EstimateRule, documents: readonly EventDocument[]): SafeHtml {
  const { event, figures } = dossier;
  // One number per claim across the page, so the chart, the table and the links say "#3" alike.
  const numbers = new Map<string, number>();
  for (const f of figures) for (const v of f.claims) if (!numbers.has(v.key)) numbers.set(v.key, numbers.size + 1);
  const sources = new Map(documents.map((d) => [d.id as string, d.source]));
  return html`<article class="dossier">
<h1>${event.title}</h1>
<p class="meta">Event <code>${event.id}</code> · ${event.dateStart === event.dateEnd ? dayOf(event.dateStart) : html`${dayOf(event.dateStart)} to ${dayOf(event.dateEnd)}`}
 · ${event.place ? html`place as the sources write it: ${event.place.name}` : 'place unknown'} · ${documents.length} document${documents.length === 1 ? '' : 's'}</p>
<form class="rule-form" method="get" action="/events/${event.id}">
  <label for="rule">Estimate rule</label>
  <select id="rule" name="rule" data-autosubmit>
    ${ESTIMATE_RULES.map((r) => html`<option value="${r}"${r === rule ? html` selected` : ''}>${r}</option>`)}
  </select>
  <button type="submit">Apply</button>
</form>
<p class="rule-words"><span class="label">Estimate rule:</span> ${RULE_WORDS[rule]}.</p>
${figures.length === 0 ? html`<p>No figure is stated for this event.</p>` : figures.map((f) => figureSection(f, numbers, sources))}
<section class="sources">
<h2>Documents (sources)</h2>
<ol>${documents.map((d) => html`<li>
  <a href="${documentPath(d.id)}">${d.title ?? d.source}</a>
  <span class="meta">${d.siteName ?? 'publisher not given'} · ${dayOf(d.publishedAt)} · ${d.lang ?? 'language unknown'}</span>
  ${d.framing.length > 0 ? html`<span class="framing">calls it ${[...new Set(d.framing.map((m) => m.text))].map((t, i) => html`${i > 0 ? ', ' : ''}<q>${t}</q>`)} (the source's words)</span>` : ''}
  <span class="sha">SHA-256 <code>${d.sha256}</code></span>
</li>`)}</ol>
</section>
</article>`;
}

function figureSection(f: FigureComparison, numbers: ReadonlyMap<string, number>, sources: ReadonlyMap<string, string>): SafeHtml {
  const id = `${f.measure}-${f.subject ?? 'all'}`;
  const e = f.estimate;
  return html`<section class="figure m-${f.measure}" id="${id}" aria-labelledby="${id}-h">
<h2 id="${id}-h"><span class="swatch m-${f.measure}" aria-hidden="true"></span>${f.measure} — ${subjectWords(f.subject)}</h2>
<div class="estimate">
  <p><strong>Estimate (${e.rule} rule):</strong> ${e.best === null ? 'no best figure' : html`best ${figureWords({ low: e.best, high: e.best })}`}, range ${figureWords({ low: e.low, high: e.high })}.</p>
  <p class="explanation">${explanationWithLinks(e.explanation, f, numbers)}</p>
</div>
<figure class="chart"><div class="chart-wide">${forestPlot(f, numbers, WIDE)}</div><div class="chart-narrow">${forestPlot(f, numbers, NARROW)}</div>
<figcaption>Each row is one claim, labelled with its claimant; a bar is a range, a dashed bar is open on one side, a dashed arrow joins a repeat to the claim it repeats.</figcaption></figure>
${comparisons(f)}
<div class="table-wrap" tabindex="0" role="region" aria-label="Claims: ${f.measure}, ${subjectWords(f.subject)}">
<table class="claims stack">
<thead><tr><th scope="col">#</th><th scope="col">Figure</th><th scope="col">Claimant</th><th scope="col">Quote</th><th scope="col">Document</th><th scope="col">Publisher</th><th scope="col">Date</th><th scope="col">Language</th></tr></thead>
<tbody>${f.claims.map((v) => html`<tr${v.credible ? '' : html` class="set-aside"`}>
  <td data-label="#"><a href="${claimPath(v.claim)}">#${numbers.get(v.key)}</a></td>
  <td data-label="Figure" class="num">${figureWords(v.claim)}<br><small>${v.claim.modality}${v.subgroup ? ', subgroup' : ''}${v.credible ? '' : ', set aside'}</small></td>
  <td data-label="Claimant">${v.source}${v.repeats ? html`<br><small>repeats <a href="${claimPath(parseKey(v.repeats))}">#${numbers.get(v.repeats) ?? '?'}</a> without attribution</small>` : ''}</td>
  <td data-label="Quote"><blockquote>${sentenceWithSpans(v.claim)}</blockquote></td>
  <td data-label="Document"><a href="${documentPath(v.claim.documentId)}">${v.document.title ?? sources.get(v.claim.documentId) ?? 'untitled'}</a></td>
  <td data-label="Publisher">${v.document.siteName ?? '—'}</td>
  <td data-label="Date" class="date">${dayOf(v.document.publishedAt)}</td>
  <td data-label="Language">${v.document.lang ?? '—'}</td>
</tr>`)}</tbody>
</table></div>
</section>`;
}

/** Conflicts first and shown; agreements folded away, as they are many when many sources agree. */
function comparisons(f: FigureComparison): SafeHtml {
  if (f.comparisons.length === 0) return html``;
  const conflicts = f.comparisons.filter((c) => c.relation === 'conflict');
  const agreements = f.comparisons.filter((c) => c.relation === 'agree');
  return html`<details class="comparisons"${conflicts.length > 0 && conflicts.length <= 6 ? html` open` : ''}>
<summary>${conflicts.length > 0 ? html`<strong class="conflict">⚠ ${conflicts.length} conflict${conflicts.length === 1 ? '' : 's'}</strong>` : 'No conflict'} and ${agreements.length} agreement${agreements.length === 1 ? '' : 's'} between claimants</summary>
<ul>${[...conflicts, ...agreements].map((c) => html`<li>${c.relation === 'agree' ? html`<span class="agree">agree</span>: ${c.a} and ${c.b}` : html`<strong class="conflict">conflict</strong>: ${c.a} and ${c.b}${c.gap === null ? '' : `, ${c.gap} apart`}`}</li>`)}</ul>
</details>`;
}

/** The explanation names claims as [<first 8 hex of the document>#<index>]; make each a link to the claim, numbered as on the page. */
function explanationWithLinks(explanation: string, f: FigureComparison, numbers: ReadonlyMap<string, number>): SafeHtml[] {
  const out: SafeHtml[] = [];
  let at = 0;
  for (const match of explanation.matchAll(/\[([0-9a-f]{6,64})#(\d+)\]/g)) {
    const view = f.claims.find((v) => v.claim.documentId.startsWith(`sha256:${match[1]}`) && v.claim.claimIndex === Number(match[2]));
    if (view === undefined) continue;
    out.push(html`${explanation.slice(at, match.index)}<a href="${claimPath(view.claim)}">#${numbers.get(view.key) ?? '?'}</a>`);
    at = match.index + match[0].length;
  }
  out.push(html`${explanation.slice(at)}`);
  return out;
}

function parseKey(key: string): { documentId: string; claimIndex: number } {
  const at = key.lastIndexOf('#');
  return { documentId: key.slice(0, at), claimIndex: Number(key.slice(at + 1)) };
}
