/** `GET /api/events`, `GET /api/events/:id`: the events and one event's dossier, under a chosen rule. */
import type { FastifyInstance } from 'fastify';
import { toEventOutput } from '../../app/to-event-output.js';
import type { App } from '../../compose.js';
import { EventParams, EventQuery, EventsQuery, paginate, parseInput } from '../api-schemas.js';
import { toDocumentResponse } from '../api-responses.js';

export function eventRoutes(server: FastifyInstance, app: App): void {
  server.get('/events', async (request) => {
    const query = parseInput(EventsQuery, request.query, 'query');
    const { events } = await app.listEvents({ rule: query.rule });
    // Newest first, as the home page lists them; events without a date last.
    const sorted = [...events].sort((a, b) => (b.event.dateStart ?? '').localeCompare(a.event.dateStart ?? ''));
    return paginate(sorted.map(toEventOutput), query);
  });

  server.get('/events/:id', async (request) => {
    const { id } = parseInput(EventParams, request.params, 'path');
    const query = parseInput(EventQuery, request.query, 'query');
    const dossier = await app.reconcileEvent({ id, rule: query.rule });
    const documents = await Promise.all(dossier.documents.map((d) => app.getDocument({ id: d.id })));
    return {
      ...toEventOutput(dossier),
      estimates: dossier.figures.map((f) => ({ measure: f.measure, subject: f.subject, ...f.estimate })),
      comparisons: dossier.figures.map((f) => ({ measure: f.measure, subject: f.subject, claimants: f.claimants, comparisons: f.comparisons })),
      documents: documents.map(({ document, framing }) => ({ ...toDocumentResponse(document), framing })),
    };
  });
}
