/**
 * A document: its extracted text with every claim highlighted in its measure's colour and labelled in
 * words, each highlight a link to its claim; its metadata with the SHA-256 of the original bytes, and a
 * download of those bytes exactly as received. Admins also get "Delete this document", which asks them to
 * confirm with a required checkbox (checked again on the server).
 */
import type { GetDocumentOutput } from '../../app/get-document.js';
import type { StoredClaim } from '../../app/ports.js';
import { MEASURES } from '../../domain/measure.js';
import { claimPath, documentPath } from '../../http/api-responses.js';
import { countWords, dayOf } from '../figure-words.js';
import { html, type SafeHtml } from '../html.js';

type Mark = { start: number; end: number; claim: StoredClaim };

/** The delete form, for a signed-in admin only (null for everyone else), with the last refusal if any. */
export type DocumentDeletion = { error: string | null };

export function documentPage({ document, claims, framing }: GetDocumentOutput, deletion: DocumentDeletion | null = null): SafeHtml {
  const marks = placeMarks(claims);
  const measures = MEASURES.filter((m) => claims.some((c) => c.measure === m));
  return html`<article class="document">
<h1>${document.title ?? document.source}</h1>
<dl class="metadata">
  <div><dt>Publisher</dt><dd>${document.siteName ?? 'not given'}</dd></div>
  <div><dt>Byline</dt><dd>${document.byline ?? 'not given'}</dd></div>
  <div><dt>Published</dt><dd>${dayOf(document.publishedAt)}</dd></div>
  <div><dt>Language</dt><dd>${document.lang ?? `no pack (detected: ${document.langDetected ?? 'unknown'})`}</dd></div>
  <div><dt>Source</dt><dd>${document.source}</dd></div>
  <div><dt>Format</dt><dd>${document.mediaType}, ${document.byteLength} bytes</dd></div>
  <div><dt>SHA-256</dt><dd><code class="sha">${document.sha256}</code></dd></div>
  <div><dt>Ingested</dt><dd>${document.ingestedAt}</dd></div>
</dl>
<p><a class="button" href="/api${documentPath(document.id)}/original" download>Download the original (exactly as received)</a></p>
${framing.length > 0 ? html`<p class="framing">This document calls the event ${[...new Set(framing.map((f) => f.text))].map((t, i) => html`${i > 0 ? ', ' : ''}<q>${t}</q>`)} — its own words.</p>` : ''}
<section aria-labelledby="text-h">
<h2 id="text-h">Text, with ${claims.length} claim${claims.length === 1 ? '' : 's'} highlighted</h2>
${measures.length > 0 ? html`<ul class="legend" aria-label="Legend">${measures.map((m) => html`<li><span class="hl m-${m}">${m}</span></li>`)}</ul>` : ''}
<div class="doc-text">${renderText(document.text, marks)}</div>
</section>
<section aria-labelledby="claims-h">
<h2 id="claims-h">Claims</h2>
${claims.length === 0 ? html`<p>No claim was found in this document.</p>` : html`<ol class="claim-list">${claims.map((c) => html`<li>
  <a href="${claimPath(c)}">${c.measure}: ${countWords(c)}</a> — ${c.claimant ?? 'no claimant named (the publisher\u2019s own voice)'}${c.subject ? ` · ${c.subject}` : ''} · ${c.modality}
</li>`)}</ol>`}
</section>
${deletion === null ? '' : deleteForm(document.id, document.sha256, deletion)}
</article>`;
}

function deleteForm(id: string, sha256: string, { error }: DocumentDeletion): SafeHtml {
  return html`<section class="correction danger" aria-labelledby="delete-h" id="delete">
<h2 id="delete-h">Delete this document</h2>
${error === null ? '' : html`<p class="form-error" role="alert">Not deleted: ${error}</p>`}
<form method="post" action="${documentPath(id)}/delete">
  <p>Removes the document, its original, its claims and its event links, and regroups the events. Only a
  tombstone stays, in the audit log: SHA-256 <code class="sha">${sha256}</code>, title, source and dates.</p>
  <p><label><input type="checkbox" name="confirm" value="yes" required> I understand that this cannot be undone</label></p>
  <button type="submit" class="danger">Delete this document</button>
</form>
</section>`;
}

/** The number-and-cue span of each claim; a claim whose span overlaps an earlier one falls back to its number. */
function placeMarks(claims: readonly StoredClaim[]): Mark[] {
  const placed: Mark[] = [];
  const free = (start: number, end: number) => start < end && placed.every((m) => end <= m.start || start >= m.end);
  for (const claim of claims) {
    const { number, cue } = claim.evidence;
    const wide = { start: Math.min(number.start, cue.start), end: Math.max(number.end, cue.end) };
    if (wide.end - wide.start < 120 && free(wide.start, wide.end)) placed.push({ ...wide, claim });
    else if (free(number.start, number.end)) placed.push({ start: number.start, end: number.end, claim });
  }
  return placed.sort((a, b) => a.start - b.start);
}

function renderText(text: string, marks: readonly Mark[]): SafeHtml[] {
  const out: SafeHtml[] = [];
  let at = 0;
  for (const mark of marks) {
    out.push(html`${text.slice(at, mark.start)}`);
    const c = mark.claim;
    out.push(
      html`<a class="hl m-${c.measure}" id="claim-${c.claimIndex}" href="${claimPath(c)}" title="${c.measure}: ${countWords(c)}, according to ${c.claimant ?? 'the publisher'}">${text.slice(mark.start, mark.end)}<sup class="tag">${c.measure}</sup></a>`,
    );
    at = mark.end;
  }
  out.push(html`${text.slice(at)}`);
  return out;
}
