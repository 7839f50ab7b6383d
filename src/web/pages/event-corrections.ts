/**
 * The correction forms of an event's dossier, for signed-in editors and admins only: merge this event
 * with another, and split checked documents off it. Plain POST forms (no script needed); the layout adds
 * the CSRF token. The split checkboxes sit in the dossier's document list and join the form through its
 * `form` attribute, so the list itself is not inside a form (print hides forms, never the sources).
 */
import type { Event } from '../../domain/event.js';
import { eventPath } from '../../http/api-responses.js';
import { dayOf } from '../figure-words.js';
import { html, type SafeHtml } from '../html.js';

/** What an editor sees: the events this one may merge with, and the outcome of the last correction. */
export type EventCorrections = {
  others: ReadonlyArray<Pick<Event, 'id' | 'title' | 'dateStart'>>;
  notice: SafeHtml | null;
  error: string | null;
};

export const SPLIT_FORM = 'split-documents';
/** Past this many events a select is unusable; the editor types the other event's id instead. */
const MAX_OPTIONS = 300;

/** The confirmation or the refusal of the last correction, at the top of the dossier. */
export function correctionMessage(c: EventCorrections | null): SafeHtml {
  if (c === null) return html``;
  return html`${c.notice === null ? '' : html`<p class="notice" role="status">${c.notice}</p>`}${
    c.error === null ? '' : html`<p class="form-error" role="alert" id="correction-error">Not corrected: ${c.error}</p>`}`;
}

/** A confirmation for the page a correction redirects to, from its `?done=` query (never trusted as text). */
export function doneNotice(query: unknown): SafeHtml | null {
  const q = (query ?? {}) as Record<string, unknown>;
  if (q.done === 'merged') return html`Merged: this event now holds the documents of both events. The merge is in the audit log.`;
  if (q.done === 'split') {
    const other = typeof q.other === 'string' && /^ev-[0-9a-f]{12}$/.test(q.other) ? q.other : null;
    return html`Split: the checked documents now form ${other === null ? 'an event of their own' : html`<a href="${eventPath(other)}">event ${other}</a>`}. The split is in the audit log.`;
  }
  return null;
}

export function splitCheckbox(documentId: string): SafeHtml {
  return html`<label class="correction split-pick"><input type="checkbox" name="documents" value="${documentId}" form="${SPLIT_FORM}"> split off</label>`;
}

export function correctionForms(eventId: string, c: EventCorrections): SafeHtml {
  const others = c.others.filter((e) => e.id !== eventId);
  return html`<section class="correction corrections" aria-labelledby="corrections-h">
<h2 id="corrections-h">Correct this event</h2>
<form class="merge-form" method="post" action="${eventPath(eventId)}/merge">
  <label for="merge-with">Merge with another event</label>
  ${others.length > MAX_OPTIONS
    ? html`<input id="merge-with" name="with" required pattern="ev-[0-9a-f]{12}" placeholder="ev-…" autocomplete="off">`
    : html`<select id="merge-with" name="with" required>
    <option value="">Choose an event…</option>
    ${others.map((e) => html`<option value="${e.id}">${e.title} — ${dayOf(e.dateStart)} (${e.id})</option>`)}
  </select>`}
  <button type="submit">Merge</button>
</form>
<form class="split-form" id="${SPLIT_FORM}" method="post" action="${eventPath(eventId)}/split">
  <p>Split documents off this event: check them in the list of documents above (“split off”), then</p>
  <button type="submit">Split the checked documents off</button>
</form>
</section>`;
}
