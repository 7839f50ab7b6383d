/**
 * `tally events split ID --documents DOC...`: the user says some of an event's documents report
 * another event. The listed documents (by unique id prefix) leave together as a new event; the rest
 * stay. Stored as a correction keyed by document ids, so it holds after regrouping and re-ingest.
 */
import type { Actor } from '../domain/audit.js';
import { DomainError } from '../domain/errors.js';
import type { Event } from '../domain/event.js';
import { findEventDocument, requireEvent } from './correct-events.js';
import { groupEvents, type GroupEventsDeps } from './group-events.js';

export type SplitEventInput = { id: string; documents: readonly string[]; actor: Actor };
export type SplitEventOutput = { kept: Event; split: Event };

export async function splitEvent(input: SplitEventInput, deps: GroupEventsDeps & { now?: () => Date }): Promise<SplitEventOutput> {
  const event = await requireEvent(deps.store, input.id);
  const leaving = [...new Set(input.documents.map((d) => findEventDocument(event, d)))];
  if (leaving.length === 0) throw new DomainError('event.invalid_correction', 'name at least one document to split off');
  const staying = event.documents.filter((d) => !leaving.includes(d));
  if (staying.length === 0) {
    throw new DomainError('event.invalid_correction', `splitting every document off ${event.id} would leave it empty`);
  }
  const correction = { kind: 'split' as const, documents: leaving };
  await deps.store.addEventCorrection(correction, {
    at: (deps.now?.() ?? new Date()).toISOString(), actor: input.actor, action: 'event.split', target: event.id,
    before: { event: { id: event.id, title: event.title, documents: event.documents } }, after: { correction },
  });
  const { events } = await groupEvents({}, deps);
  return {
    kept: events.find((e) => e.documents.includes(staying[0]!))!,
    split: events.find((e) => e.documents.includes(leaving[0]!))!,
  };
}
