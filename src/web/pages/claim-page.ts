/** A claim: its figure, bounds, modality and claimant, the sentence with the exact span, its rule ids and event. */
import type { GetClaimOutput } from '../../app/get-claim.js';
import type { Claim } from '../../domain/claim.js';
import { documentPath, eventPath } from '../../http/api-responses.js';
import { countWords, dayOf, subjectWords } from '../figure-words.js';
import { html, type SafeHtml } from '../html.js';

export function claimPage({ claim, document, event }: GetClaimOutput): SafeHtml {
  const who = claim.claimant ?? `${document.siteName ?? document.title ?? document.source} (own voice)`;
  return html`<article class="claim">
<h1><span class="swatch m-${claim.measure}" aria-hidden="true"></span>${claim.measure}: ${countWords(claim)} <small>according to ${who}</small></h1>
<section aria-labelledby="sentence-h">
<h2 id="sentence-h">The sentence, as written</h2>
<blockquote class="sentence" lang="${document.lang ?? ''}">${sentenceWithSpans(claim)}</blockquote>
<p class="meta">Characters ${claim.start}–${claim.end} of the extracted text. <mark class="span-number">number</mark> <mark class="span-cue">measure cue</mark> <mark class="span-claimant">claimant</mark></p>
</section>
<dl class="metadata">
  <div><dt>Figure</dt><dd>${countWords(claim)}</dd></div>
  <div><dt>Bounds</dt><dd>low ${claim.low ?? 'open'}, high ${claim.high ?? 'open'}${claim.approximate ? ' (approximate)' : ''}</dd></div>
  <div><dt>Measure</dt><dd>${claim.measure}</dd></div>
  <div><dt>Counts</dt><dd>${claim.unit === 'households' ? 'households (families), not people' : 'people'}</dd></div>
  <div><dt>Subject</dt><dd>${subjectWords(claim.subject)}${claim.group ? html` — the source's words: <q>${claim.group}</q>` : ''}</dd></div>
  <div><dt>Modality</dt><dd>${claim.modality}</dd></div>
  <div><dt>Claimant</dt><dd>${claim.claimant ?? 'none named: the publisher\u2019s own voice'}</dd></div>
  <div><dt>Date</dt><dd>${claim.date ?? 'not stated'}</dd></div>
  <div><dt>Place</dt><dd>${claim.place ?? 'not stated'}</dd></div>
  <div><dt>Event</dt><dd>${event ? html`<a href="${eventPath(event.id)}">${event.title}</a>` : 'not grouped into an event'}</dd></div>
  <div><dt>Document</dt><dd><a href="${documentPath(document.id)}#claim-${claim.claimIndex}">${document.title ?? document.source}</a>, ${document.siteName ?? 'publisher not given'}, ${dayOf(document.publishedAt)} (SHA-256 <code class="sha">${document.sha256}</code>)</dd></div>
  <div><dt>Rules</dt><dd><ul class="rules">${claim.ruleIds.map((id) => html`<li><code>${id}</code></li>`)}</ul></dd></div>
</dl>

</article>`;
}

/** The quote with the number, cue and claimant spans marked (offsets are into the document text). */
export function sentenceWithSpans(claim: Claim): SafeHtml[] {
  const spans = [
    { ...claim.evidence.number, kind: 'number' },
    { ...claim.evidence.cue, kind: 'cue' },
    ...(claim.evidence.claimant ? [{ ...claim.evidence.claimant, kind: 'claimant' }] : []),
  ]
    .map((s) => ({ start: s.start - claim.start, end: s.end - claim.start, kind: s.kind }))
    .filter((s) => s.start >= 0 && s.end <= claim.quote.length && s.start < s.end)
    .sort((a, b) => a.start - b.start);
  const out: SafeHtml[] = [];
  let at = 0;
  for (const s of spans) {
    if (s.start < at) continue; // overlapping spans: the first one wins
    out.push(html`${claim.quote.slice(at, s.start)}<mark class="span-${s.kind}" title="${s.kind}">${claim.quote.slice(s.start, s.end)}</mark>`);
    at = s.end;
  }
  out.push(html`${claim.quote.slice(at)}`);
  return out;
}
