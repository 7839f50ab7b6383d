/**
 * `tally events merge A B`: the user says two events are one. Stored as a correction naming all their
 * documents, so it holds after regrouping and re-ingest; then the grouping is recomputed.
 */
import type { Actor } from '../domain/audit.js';
import { DomainError } from '../domain/errors.js';
import type { Event } from '../domain/event.js';
import { requireEvent } from './correct-events.js';
import { groupEvents, type GroupEventsDeps } from './group-events.js';

export type MergeEventsInput = { a: string; b: string; actor: Actor };
export type MergeEventsOutput = { event: Event };

export async function mergeEvents(input: MergeEventsInput, deps: GroupEventsDeps & { now?: () => Date }): Promise<MergeEventsOutput> {
  if (input.a === input.b) throw new DomainError('event.invalid_correction', `cannot merge event ${input.a} with itself`);
  const [a, b] = [await requireEvent(deps.store, input.a), await requireEvent(deps.store, input.b)];
  const correction = { kind: 'merge' as const, documents: [...a.documents, ...b.documents] };
  await deps.store.addEventCorrection(correction, {
    at: (deps.now?.() ?? new Date()).toISOString(), actor: input.actor, action: 'event.merge', target: `${a.id} ${b.id}`,
    before: { events: [a, b].map((e) => ({ id: e.id, title: e.title, documents: e.documents })) }, after: { correction },
  });
  const { events } = await groupEvents({}, deps);
  return { event: events.find((e) => e.documents.includes(a.documents[0]!))! };
}
