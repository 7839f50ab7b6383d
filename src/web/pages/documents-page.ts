/** Documents: every stored document, oldest ingest first, with its claim count. */
import type { DocumentSummary } from '../../app/list-documents.js';
import { documentPath } from '../../http/api-responses.js';
import { dayOf } from '../figure-words.js';
import { html, type SafeHtml } from '../html.js';

/** `deleted`: the SHA-256 of a document an admin just deleted, named in the confirmation. */
export function documentsPage(documents: readonly DocumentSummary[], deleted: string | null = null): SafeHtml {
  return html`<h1>Documents</h1>
${deleted === null ? '' : html`<p class="notice" role="status">Deleted the document with SHA-256 <code class="sha">${deleted}</code>. Its tombstone (that SHA-256, title, source and dates) is kept in the audit log.</p>`}
${documents.length === 0 ? html`<p>No documents yet. <a href="/upload">Upload some</a>.</p>` : html`<div class="table-wrap" tabindex="0" role="region" aria-label="Documents">
<table class="stack"><thead><tr><th scope="col">Title</th><th scope="col">Publisher</th><th scope="col">Published</th><th scope="col">Language</th><th scope="col">Claims</th></tr></thead>
<tbody>${documents.map((d) => html`<tr><td data-label="Title"><a href="${documentPath(d.id)}">${d.title ?? d.source}</a></td><td data-label="Publisher">${d.siteName ?? '—'}</td><td data-label="Published">${dayOf(d.publishedAt)}</td><td data-label="Language">${d.lang ?? '—'}</td><td data-label="Claims" class="num">${d.claims}</td></tr>`)}</tbody>
</table></div>`}`;
}

export function errorPage(status: number, message: string, code: string): SafeHtml {
  return html`<h1>${status === 404 ? 'Not found' : status >= 500 ? 'Something went wrong' : 'This request cannot be served'}</h1>
<p>${message}</p><p class="meta">Error code <code>${code}</code>. <a href="/">Back to the events</a>.</p>`;
}
