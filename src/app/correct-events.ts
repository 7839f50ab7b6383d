/** Finding an event's documents by the id prefixes a user types, for merge and split. */
import type { DocumentId } from '../domain/document.js';
import { DomainError } from '../domain/errors.js';
import type { Event } from '../domain/event.js';
import type { EventStore } from './ports.js';

export async function requireEvent(store: EventStore, id: string): Promise<Event> {
  const event = await store.getEvent(id);
  if (event === null) throw new DomainError('event.not_found', `no event ${id}; \`tally events\` lists them`);
  return event;
}

/** `sha256:ab12…` or just `ab12…`: a unique prefix of one of the event's document ids. */
export function findEventDocument(event: Event, given: string): DocumentId {
  const prefix = given.startsWith('sha256:') ? given : `sha256:${given}`;
  const found = event.documents.filter((d) => d.startsWith(prefix));
  if (found.length === 1) return found[0]!;
  const why = found.length === 0 ? 'is not a document of' : 'matches several documents of';
  throw new DomainError('event.invalid_correction', `${given} ${why} event ${event.id}`);
}
