/**
 * An event's dossier: per measure × unit × subject the estimate with its rule in words, a forest plot of
 * every claimant's figure and the comparisons, then the event's claims and documents a page at a time
 * (with links to the previous and next pages), the documents with their own framing words, shown as
 * theirs. A rule selector (a plain GET form). Prints as a report (print rules in style.css).
 */
import { z } from 'zod';
import { RULE_WORDS, type EventDossier, type EventDossierFigure } from '../../app/get-event-dossier.js';
import type { EventClaim, EventDocumentEntry } from '../../app/ports.js';
import { ESTIMATE_RULES } from '../../pipeline/reconcile/reconcile-types.js';
import { EventQuery } from '../../http/api-schemas.js';
import { claimPath, documentPath, eventPath } from '../../http/api-responses.js';
import { forestPlot, NARROW, WIDE } from '../forest-plot.js';
import { count, countedWords, countWords, dayOf } from '../figure-words.js';
import { html, type SafeHtml } from '../html.js';
import { sentenceWithSpans } from './claim-page.js';
import { correctionForms, correctionMessage, splitCheckbox, type EventCorrections } from './event-corrections.js';

export { RULE_WORDS };

/** The page's query: the rule, a page size, and where the claims table and the documents list start. */
export const EventPageQuery = EventQuery.extend({ documents: z.coerce.number().int().min(0).default(0).describe('documents to skip') });
export type EventPageQuery = z.output<typeof EventPageQuery>;

const DEFAULT_LIMIT = 50;

/** `corrections`: the merge and split forms, for a signed-in editor or admin; null for everyone else. */
export function eventPage(dossier: EventDossier, query: EventPageQuery, corrections: EventCorrections | null = null): SafeHtml {
  const { event, figures, totals, rule } = dossier;
  const link = (change: Partial<EventPageQuery>) => pageLink(event.id, { ...query, ...change });
  // Numbers of the claims the charts and explanations show, so a repeat in the table links by number.
  const numbers = new Map<string, number>();
  for (const f of figures) {
    for (const r of f.refs) numbers.set(r.key, r.number);
    for (const r of f.chart) if (r.key !== null && r.number !== null) numbers.set(r.key, r.number);
  }
  return html`<article class="dossier">
<h1>${event.title}</h1>
${correctionMessage(corrections)}
<p class="meta">Event <code>${event.id}</code> · ${event.dateStart === event.dateEnd ? dayOf(event.dateStart) : html`${dayOf(event.dateStart)} to ${dayOf(event.dateEnd)}`}
 · ${event.place ? html`place as the sources write it: ${event.place.name}` : 'place unknown'} · ${count(totals.documents, 'document')} · ${count(totals.claims, 'claim')}</p>
<form class="rule-form" method="get" action="/events/${event.id}">
  <label for="rule">Estimate rule</label>
  <select id="rule" name="rule" data-autosubmit>
    ${ESTIMATE_RULES.map((r) => html`<option value="${r}"${r === rule ? html` selected` : ''}>${r}</option>`)}
  </select>
  <button type="submit">Apply</button>
</form>
<p class="rule-words"><span class="label">Estimate rule:</span> ${RULE_WORDS[rule]}.</p>
${figures.length === 0 ? html`<p>No figure is stated for this event.</p>` : figures.map((f) => figureSection(f))}
<section class="claims-list" id="claims" aria-labelledby="claims-h">
<h2 id="claims-h">Claims</h2>
${pager('claims', dossier.claims, (offset) => link({ offset }))}
${claimsTable(dossier.claims.items, numbers)}
${pager('claims', dossier.claims, (offset) => link({ offset }))}
</section>
<section class="sources">
<h2 id="documents">Documents (sources)</h2>
${pager('documents', dossier.documents, (documents) => link({ documents }))}
<ol start="${dossier.documents.offset + 1}">${dossier.documents.items.map((d) => documentItem(d, corrections !== null))}</ol>
${pager('documents', dossier.documents, (documents) => link({ documents }))}
</section>
${corrections === null ? '' : correctionForms(event.id, corrections)}
</article>`;
}

function pageLink(id: string, q: EventPageQuery): string {
  const params = new URLSearchParams();
  if (q.rule) params.set('rule', q.rule);
  if (q.limit !== DEFAULT_LIMIT) params.set('limit', String(q.limit));
  if (q.offset > 0) params.set('offset', String(q.offset));
  if (q.documents > 0) params.set('documents', String(q.documents));
  const search = params.toString();
  return `${eventPath(id)}${search ? `?${search}` : ''}`;
}

/** "Claims 51–100 of 10,000", with links to the previous and next pages (none when all fit on one). */
function pager(what: string, page: { total: number; limit: number; offset: number }, to: (offset: number) => string): SafeHtml {
  if (page.total <= page.limit && page.offset === 0) return html``;
  const first = Math.min(page.offset + 1, page.total);
  const last = Math.min(page.offset + page.limit, page.total);
  const previous = page.offset > 0 ? Math.max(0, page.offset - page.limit) : null;
  const next = page.offset + page.limit < page.total ? page.offset + page.limit : null;
  const anchor = what === 'claims' ? '#claims' : '#documents';
  return html`<nav class="pager" aria-label="${what} pages">
  ${previous === null ? html`<span aria-disabled="true">← Previous</span>` : html`<a rel="prev" href="${to(previous)}${anchor}">← Previous</a>`}
  <span>${what[0]!.toUpperCase()}${what.slice(1)} ${first.toLocaleString('en-US')}–${last.toLocaleString('en-US')} of ${page.total.toLocaleString('en-US')}</span>
  ${next === null ? html`<span aria-disabled="true">Next →</span>` : html`<a rel="next" href="${to(next)}${anchor}">Next →</a>`}
</nav>`;
}

function figureSection(f: EventDossierFigure): SafeHtml {
  const id = `${f.measure}-${f.unit === 'households' ? 'households-' : ''}${f.subject ?? 'all'}`;
  const e = f.estimate;
  const unit = f.unit;
  const perClaimant = f.chart.some((r) => r.kind !== 'claim');
  return html`<section class="figure m-${f.measure}" id="${id}" aria-labelledby="${id}-h">
<h2 id="${id}-h"><span class="swatch m-${f.measure}" aria-hidden="true"></span>${f.measure} — ${countedWords(f)}</h2>
<div class="estimate">
  <p><strong>Estimate (${e.rule} rule):</strong> ${e.best === null ? 'no best figure' : html`best ${countWords({ low: e.best, high: e.best, unit })}`}, range ${countWords({ low: e.low, high: e.high, unit })}.</p>
  <p class="explanation">${explanationWithLinks(e.explanation, f)}</p>
</div>
<figure class="chart"><div class="chart-wide">${forestPlot(f, WIDE)}</div><div class="chart-narrow">${forestPlot(f, NARROW)}</div>
<figcaption>${perClaimant
    ? `${count(f.claims, 'claim')}: each row is one claimant, its bar spanning every figure it gives (the claimants with most claims first; the rest share the last row). A dashed bar is open on one side.`
    : 'Each row is one claim, labelled with its claimant; a bar is a range, a dashed bar is open on one side, a dashed arrow joins a repeat to the claim it repeats.'}</figcaption></figure>
${comparisons(f)}
</section>`;
}

/** Conflicts first and shown; agreements folded away, as they are many when many sources agree. */
function comparisons(f: EventDossierFigure): SafeHtml {
  if (f.conflicts + f.agreements === 0) return html``;
  const listed = f.comparisons.length;
  const unlisted = f.conflicts + f.agreements - listed;
  return html`<details class="comparisons"${f.conflicts > 0 && f.conflicts <= 6 ? html` open` : ''}>
<summary>${f.conflicts > 0 ? html`<strong class="conflict">⚠ ${count(f.conflicts, 'conflict')}</strong>` : 'No conflict'} and ${count(f.agreements, 'agreement')} between claimants</summary>
<ul>${f.comparisons.map((c) => html`<li>${c.relation === 'agree' ? html`<span class="agree">agree</span>: ${c.a} and ${c.b}` : html`<strong class="conflict">conflict</strong>: ${c.a} and ${c.b}${c.gap === null ? '' : `, ${c.gap} apart`}`}</li>`)}</ul>
${unlisted > 0 ? html`<p class="meta">${unlisted.toLocaleString('en-US')} more comparisons not listed (the widest conflicts come first).</p>` : ''}
</details>`;
}

function claimsTable(claims: readonly EventClaim[], numbers: ReadonlyMap<string, number>): SafeHtml {
  if (claims.length === 0) return html`<p>No claim on this page.</p>`;
  return html`<div class="table-wrap" tabindex="0" role="region" aria-label="Claims">
<table class="claims stack">
<thead><tr><th scope="col">#</th><th scope="col">Figure</th><th scope="col">Claimant</th><th scope="col">Quote</th><th scope="col">Document</th><th scope="col">Publisher</th><th scope="col">Date</th><th scope="col">Language</th></tr></thead>
<tbody>${claims.map((c) => {
    const v = c.verdict;
    const credible = v?.credible ?? true;
    return html`<tr class="m-${c.measure}${credible ? '' : ' set-aside'}">
  <td data-label="#"><a href="${claimPath(c)}">#${v === null ? '?' : v.position + 1}</a></td>
  <td data-label="Figure" class="num"><span class="swatch m-${c.measure}" aria-hidden="true"></span>${c.measure}: ${countWords(c)}<br><small>${c.subject ?? 'no subject'}, ${c.modality}${v?.subgroup ? ', subgroup' : ''}${credible ? '' : ', set aside'}</small></td>
  <td data-label="Claimant">${v?.source ?? c.claimant ?? '—'}${v?.repeats ? html`<br><small>repeats <a href="${claimPath(parseKey(v.repeats))}">${numbers.has(v.repeats) ? `#${numbers.get(v.repeats)}` : 'a claim'}</a> without attribution</small>` : ''}</td>
  <td data-label="Quote"><blockquote>${sentenceWithSpans(c)}</blockquote></td>
  <td data-label="Document"><a href="${documentPath(c.documentId)}">${c.document.title ?? 'untitled'}</a></td>
  <td data-label="Publisher">${c.document.siteName ?? '—'}</td>
  <td data-label="Date" class="date">${dayOf(c.document.publishedAt)}</td>
  <td data-label="Language">${c.document.lang ?? '—'}</td>
</tr>`;
  })}</tbody>
</table></div>`;
}

function documentItem({ document: d, framing }: EventDocumentEntry, correcting: boolean): SafeHtml {
  return html`<li>
  ${correcting ? splitCheckbox(d.id) : ''}
  <a href="${documentPath(d.id)}">${d.title ?? d.source}</a>
  <span class="meta">${d.siteName ?? 'publisher not given'} · ${dayOf(d.publishedAt)} · ${d.lang ?? 'language unknown'}</span>
  ${framing.length > 0 ? html`<span class="framing">calls it ${[...new Set(framing.map((m) => m.text))].map((t, i) => html`${i > 0 ? ', ' : ''}<q>${t}</q>`)} (the source's words)</span>` : ''}
  <span class="sha">SHA-256 <code>${d.sha256}</code></span>
</li>`;
}

/** The explanation names claims as [<first 8 hex of the document>#<index>]; make each a link to the claim, numbered as in the event. */
function explanationWithLinks(explanation: string, f: EventDossierFigure): SafeHtml[] {
  const out: SafeHtml[] = [];
  let at = 0;
  for (const match of explanation.matchAll(/\[([0-9a-f]{6,64})#(\d+)\]/g)) {
    const ref = f.refs.find((r) => r.key.startsWith(`sha256:${match[1]}`) && r.key.endsWith(`#${match[2]}`));
    if (ref === undefined) continue;
    out.push(html`${explanation.slice(at, match.index)}<a href="${claimPath(parseKey(ref.key))}">#${ref.number}</a>`);
    at = match.index + match[0].length;
  }
  out.push(html`${explanation.slice(at)}`);
  return out;
}

function parseKey(key: string): { documentId: string; claimIndex: number } {
  const at = key.lastIndexOf('#');
  return { documentId: key.slice(0, at), claimIndex: Number(key.slice(at + 1)) };
}
