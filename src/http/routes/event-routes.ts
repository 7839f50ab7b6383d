/**
 * `GET /api/events`, `GET /api/events/:id` (the dossier: the event's summary under a chosen rule and
 * the first page of its claims and documents), `GET /api/events/:id/claims` and `/documents` (the
 * following pages).
 */
import type { FastifyInstance } from 'fastify';
import type { EventDossier } from '../../app/get-event-dossier.js';
import type { EventDocumentEntry } from '../../app/ports.js';
import { toEventClaimOutput, toEventDossierOutput, toEventOutput, toPageOutput } from '../../app/to-event-output.js';
import type { App } from '../../compose.js';
import { EventClaimsQuery, EventParams, EventQuery, EventsQuery, Page, paginate, parseInput } from '../api-schemas.js';
import { toDocumentResponse } from '../api-responses.js';

const toEventDocumentResponse = ({ document, framing }: EventDocumentEntry) => ({ ...toDocumentResponse(document), framing });

export function eventRoutes(server: FastifyInstance, app: App): void {
  const serialised = new WeakMap<EventDossier, string>();
  server.get('/events', async (request) => {
    const query = parseInput(EventsQuery, request.query, 'query');
    const { events } = await app.listEvents({ rule: query.rule });
    // Newest first, as the home page lists them; events without a date last.
    const sorted = [...events].sort((a, b) => (b.event.dateStart ?? '').localeCompare(a.event.dateStart ?? ''));
    return paginate(sorted.map(toEventOutput), query);
  });

  server.get('/events/:id', async (request, reply) => {
    const { id } = parseInput(EventParams, request.params, 'path');
    const { rule, limit, offset } = parseInput(EventQuery, request.query, 'query');
    const dossier = await app.getEventDossier({ id, rule, claims: { limit, offset }, documents: { limit, offset } });
    // The app hands out the same dossier object while the store is unchanged: serialise it once.
    let body = serialised.get(dossier);
    if (body === undefined) {
      body = JSON.stringify({ ...toEventDossierOutput(dossier), documents: toPageOutput(dossier.documents, toEventDocumentResponse) });
      serialised.set(dossier, body);
    }
    return reply.type('application/json; charset=utf-8').send(body);
  });

  server.get('/events/:id/claims', async (request) => {
    const { id } = parseInput(EventParams, request.params, 'path');
    const query = parseInput(EventClaimsQuery, request.query, 'query');
    return toPageOutput(await app.listEventClaims({ id, ...query }), toEventClaimOutput);
  });

  server.get('/events/:id/documents', async (request) => {
    const { id } = parseInput(EventParams, request.params, 'path');
    const page = parseInput(Page, request.query, 'query');
    return toPageOutput(await app.listEventDocuments({ id, ...page }), toEventDocumentResponse);
  });
}
