/** Search: full text over documents and claims, with filters; each result shows its matching passage. */
import type { SearchOutput } from '../../app/search-texts.js';
import { MEASURES } from '../../domain/measure.js';
import { claimPath, documentPath } from '../../http/api-responses.js';
import { countWords, dayOf } from '../figure-words.js';
import { html, type SafeHtml } from '../html.js';

export type SearchForm = { q: string; measure?: string; lang?: string; claimant?: string; from?: string; to?: string };

export function searchBox(q: string): SafeHtml {
  return html`<form class="search-box" role="search" method="get" action="/search">
  <label for="q-box">Search documents and claims</label>
  <span class="row"><input id="q-box" type="search" name="q" value="${q}" required><button type="submit">Search</button></span>
</form>`;
}

export function searchPage(form: SearchForm, found: SearchOutput | null, error: string | null, languages: readonly string[]): SafeHtml {
  return html`<h1>Search</h1>
<form class="search-form" role="search" method="get" action="/search">
  <p><label for="q">Words</label> <input id="q" type="search" name="q" value="${form.q}" required></p>
  <fieldset><legend>Filters</legend>
  <p><label for="measure">Measure</label> <select id="measure" name="measure"><option value="">any</option>${MEASURES.map((m) => html`<option value="${m}"${form.measure === m ? html` selected` : ''}>${m}</option>`)}</select></p>
  <p><label for="lang">Language</label> <select id="lang" name="lang"><option value="">any</option>${languages.map((l) => html`<option value="${l}"${form.lang === l ? html` selected` : ''}>${l}</option>`)}</select></p>
  <p><label for="claimant">Claimant</label> <input id="claimant" name="claimant" value="${form.claimant ?? ''}"></p>
  <p><label for="from">Published from</label> <input id="from" type="date" name="from" value="${form.from ?? ''}"></p>
  <p><label for="to">to</label> <input id="to" type="date" name="to" value="${form.to ?? ''}"></p>
  </fieldset>
  <button type="submit">Search</button>
</form>
${error ? html`<p class="error" role="alert">${error}</p>` : ''}
${found === null ? '' : results(found)}`;
}

function results(found: SearchOutput): SafeHtml {
  return html`<section aria-labelledby="claims-h" class="results">
<h2 id="claims-h">Claims (${found.totalClaims})</h2>
${found.claims.length === 0 ? html`<p>No claim matches.</p>` : html`<ol>${found.claims.map((hit) => html`<li>
  <a href="${claimPath(hit.claim)}">${hit.claim.measure}: ${countWords(hit.claim)}, according to ${hit.claim.claimant ?? `${hit.document.siteName ?? hit.document.title ?? 'the publisher'} (own voice)`}</a>
  <blockquote>${passage(hit.passage)}</blockquote>
  <span class="meta">${hit.document.title ?? hit.document.source} · ${dayOf(hit.document.publishedAt)} · ${hit.document.lang ?? '—'}</span>
</li>`)}</ol>`}
</section>
<section aria-labelledby="docs-h" class="results">
<h2 id="docs-h">Documents (${found.totalDocuments})</h2>
${found.documents.length === 0 ? html`<p>No document matches.</p>` : html`<ol>${found.documents.map((hit) => html`<li>
  <a href="${documentPath(hit.document.id)}">${hit.document.title ?? hit.document.source}</a>
  <blockquote>${passage(hit.passage)}</blockquote>
  <span class="meta">${hit.document.siteName ?? 'publisher not given'} · ${dayOf(hit.document.publishedAt)} · ${hit.document.lang ?? '—'}</span>
</li>`)}</ol>`}
</section>`;
}

function passage(p: SearchOutput['documents'][number]['passage']): SafeHtml {
  return html`${p.before}${p.match ? html`<mark>${p.match}</mark>` : ''}${p.after}`;
}
