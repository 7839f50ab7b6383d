/**
 * Upload: a plain multipart form with files and a web address (fetched by the server, public addresses
 * only); after posting, one line per document saying what was ingested or why not.
 */
import type { UploadResponse } from '../../http/api-responses.js';
import { documentPath } from '../../http/api-responses.js';
import { html, type SafeHtml } from '../html.js';

export function uploadPage(extensions: readonly string[], maxBytes: number, results: readonly UploadResponse[] | null, error: string | null): SafeHtml {
  return html`<h1>Upload documents</h1>
<form class="upload" method="post" action="/upload" enctype="multipart/form-data">
  <p><label for="files">Files (${extensions.join(', ')}; up to ${sizeWords(maxBytes)} each)</label></p>
  <p><input id="files" type="file" name="files" multiple accept="${extensions.join(',')}"></p>
  <p><label for="url">Or the address of a document on the web (http or https; public sites only)</label></p>
  <p><input id="url" type="url" name="url" inputmode="url" autocomplete="url" placeholder="https://example.org/report.pdf"></p>
  <p><button type="submit">Upload and ingest</button></p>
</form>
${error ? html`<p class="error" role="alert">${error}</p>` : ''}
${results === null ? '' : html`<section aria-labelledby="results-h"><h2 id="results-h">Results</h2>
<ul class="upload-results">${results.map((r) => html`<li class="status-${r.status}">
  <strong>${r.source}</strong>: ${r.status === 'failed'
    ? html`not ingested — ${r.error?.message ?? 'failed'} <code>${r.error?.code ?? ''}</code>`
    : html`${r.status === 'ingested' ? `ingested, ${r.claims ?? 0} claim${r.claims === 1 ? '' : 's'}, language ${r.lang ?? 'none'}` : 'already stored'}${r.notice && r.status === 'ingested' ? ` (${r.notice})` : ''}${r.id ? html` — <a href="${documentPath(r.id)}">open</a>` : ''}`}
</li>`)}</ul></section>`}`;
}

/** A limit as people say it: whole MB when it is one, else KB. */
function sizeWords(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.floor(bytes / 1024 / 1024)} MB` : `${Math.max(1, Math.floor(bytes / 1024))} KB`;
}
