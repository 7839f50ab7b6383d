/**
 * The writes on the collection: merge and split events (editors), delete a document (admins). Each is
 * recorded in the audit log as the token's user, in the same transaction as the write.
 */
import type { FastifyInstance } from 'fastify';
import type { App } from '../../compose.js';
import { userActor } from '../../domain/account.js';
import type { Event } from '../../domain/event.js';
import { DocumentParams, EventParams, MergeBody, SplitBody, parseInput } from '../api-schemas.js';
import { eventPath } from '../api-responses.js';

export function correctionRoutes(server: FastifyInstance, app: App): void {
  server.post('/events/merge', { config: { access: 'editor' } }, async (request) => {
    const { a, b } = parseInput(MergeBody, request.body, 'body');
    const { event } = await app.mergeEvents({ a, b, actor: userActor(request.viewer!.user) });
    return { event: toEventSummary(event) };
  });

  server.post('/events/:id/split', { config: { access: 'editor' } }, async (request) => {
    const { id } = parseInput(EventParams, request.params, 'path');
    const { documents } = parseInput(SplitBody, request.body, 'body');
    const { kept, split } = await app.splitEvent({ id, documents, actor: userActor(request.viewer!.user) });
    return { kept: toEventSummary(kept), split: toEventSummary(split) };
  });

  server.delete('/documents/:id', { config: { access: 'admin' } }, async (request) => {
    const { id } = parseInput(DocumentParams, request.params, 'path');
    const { tombstone } = await app.deleteDocument({ id, actor: userActor(request.viewer!.user) });
    return { deleted: tombstone };
  });
}

function toEventSummary(event: Event) {
  return { id: event.id, title: event.title, documents: event.documents, links: { self: `/api${eventPath(event.id)}`, page: eventPath(event.id) } };
}
