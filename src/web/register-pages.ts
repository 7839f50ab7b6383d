/**
 * The web pages as a Fastify plugin, on the same use cases as the API and the CLI. Every page works
 * without JavaScript; /assets/enhance.js only adds conveniences. Errors render as HTML pages with the
 * same status and code the API would give (src/http/http-errors.ts).
 */
import { readFileSync } from 'node:fs';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { App } from '../compose.js';
import { DocumentParams, ClaimParams, EventParams, SearchQuery, parseInput } from '../http/api-schemas.js';
import { claimPath, documentPath, eventPath } from '../http/api-responses.js';
import { toHttpError } from '../http/http-errors.js';
import { ingestUpload } from '../http/upload-files.js';
import { SUPPORTED_EXTENSIONS } from '../pipeline/extract/read-document.js';
import { DEFAULT_RULE } from '../app/reconcile-event.js';
import { MEASURES } from '../domain/measure.js';
import { citeClaim, citeDocument, citeEvent } from './citation.js';
import { MEASURE_COLOURS } from './figure-words.js';
import { roleAllows, userActor, type Role } from '../domain/account.js';
import { correctionPages } from './correction-pages.js';
import { addCsrfToForms } from './csrf-forms.js';
import { pageLayout, type PageInput } from './page-layout.js';
import { webSessions } from './web-session.js';
import { claimPage } from './pages/claim-page.js';
import { documentPage } from './pages/document-page.js';
import { documentsPage, errorPage } from './pages/documents-page.js';
import { eventPage, EventPageQuery } from './pages/event-page.js';
import { doneNotice, type EventCorrections } from './pages/event-corrections.js';
import { homePage } from './pages/home-page.js';
import { searchPage, type SearchForm } from './pages/search-page.js';
import { uploadPage } from './pages/upload-page.js';

const asset = (name: string) => readFileSync(new URL(`./assets/${name}`, import.meta.url), 'utf8');
/** The measure colours are written once, in figure-words.ts; the stylesheet gets them from there. */
const STYLE = `${asset('style.css')}\n${MEASURES.map((m) => `.m-${m}{--measure:${MEASURE_COLOURS[m]}}`).join('\n')}\n`;
const SCRIPT = asset('enhance.js');
const ICON = asset('icon.svg');

export function registerPages(app: App, now: () => Date = () => new Date()) {
  return async function pages(server: FastifyInstance): Promise<void> {
    const send = (request: FastifyRequest, reply: FastifyReply, page: Omit<PageInput, 'origin'>, status = 200) => {
      const viewer = request.viewer;
      const body = pageLayout({ ...page, origin: originOf(request), viewer: viewer && { name: viewer.user.name, role: viewer.user.role } });
      // A signed-in page carries the session's CSRF token in its forms: never for a shared cache.
      if (viewer?.csrfToken) reply.header('cache-control', 'private, no-store');
      return reply.status(status).type('text/html; charset=utf-8').send(viewer?.csrfToken ? addCsrfToForms(body, viewer.csrfToken) : body);
    };

    server.setErrorHandler((error, request, reply) => {
      const http = toHttpError(error);
      if (http.status >= 500) request.log.error({ err: error }, 'page failed');
      return send(request, reply, { title: 'Error', path: request.url, permalink: false, body: errorPage(http.status, http.message, http.code) }, http.status);
    });
    server.setNotFoundHandler((request, reply) =>
      send(request, reply, { title: 'Not found', path: request.url, permalink: false, body: errorPage(404, `There is no page at ${request.url}.`, 'request.not_found') }, 404),
    );

    webSessions(server, app, send);

    server.get('/assets/style.css', (_request, reply) => reply.type('text/css; charset=utf-8').header('cache-control', 'no-cache').send(STYLE));
    server.get('/assets/icon.svg', (_request, reply) => reply.type('image/svg+xml').header('cache-control', 'max-age=86400').send(ICON));
    server.get('/assets/enhance.js', (_request, reply) => reply.type('text/javascript; charset=utf-8').header('cache-control', 'no-cache').send(SCRIPT));

    server.get('/', async (request, reply) => {
      const { events } = await app.listEvents({});
      return send(request, reply, { title: 'Events', path: '/', section: 'events', body: homePage(events) });
    });

    server.get('/documents', async (request, reply) => {
      const { documents } = await app.listDocuments();
      const deleted = text((request.query as Record<string, unknown> | undefined)?.deleted);
      const body = documentsPage(documents, deleted !== undefined && /^[0-9a-f]{64}$/.test(deleted) ? deleted : null);
      return send(request, reply, { title: 'Documents', path: '/documents', section: 'documents', body });
    });

    /** Only a signed-in user whose role allows it sees a write form; everyone else sees the page as read. */
    const may = (request: FastifyRequest, role: Role) => request.viewer !== null && roleAllows(request.viewer.user.role, role);

    const showEvent = async (request: FastifyRequest, reply: FastifyReply, id: string, query: EventPageQuery, outcome: Omit<EventCorrections, 'others'>, status = 200) => {
      const rule = query.rule ?? DEFAULT_RULE;
      const dossier = await app.getEventDossier({
        id, rule, claims: { limit: query.limit, offset: query.offset }, documents: { limit: query.limit, offset: query.documents },
      });
      const corrections = may(request, 'editor') ? { ...outcome, others: (await app.listEvents({})).events.map((e) => e.event) } : null;
      const path = rule === DEFAULT_RULE ? eventPath(id) : `${eventPath(id)}?rule=${rule}`;
      const cite = citeEvent(dossier, `${originOf(request)}${path}`, now());
      return send(request, reply, { title: dossier.event.title, path, section: 'events', body: eventPage(dossier, query, corrections), cite }, status);
    };

    const showDocument = async (request: FastifyRequest, reply: FastifyReply, id: string, error: string | null, status = 200) => {
      const found = await app.getDocument({ id });
      const path = documentPath(found.document.id);
      const cite = citeDocument(found, `${originOf(request)}${path}`, now());
      const body = documentPage(found, may(request, 'admin') ? { error } : null);
      return send(request, reply, { title: found.document.title ?? found.document.source, path, section: 'documents', body, cite }, status);
    };

    server.get('/events/:id', async (request, reply) => {
      const { id } = parseInput(EventParams, request.params, 'path');
      const query = parseInput(EventPageQuery, request.query, 'query');
      return showEvent(request, reply, id, query, { notice: doneNotice(request.query), error: null });
    });

    server.get('/documents/:id', async (request, reply) => {
      const { id } = parseInput(DocumentParams, request.params, 'path');
      return showDocument(request, reply, id, null);
    });

    correctionPages(server, app, {
      event: (request, reply, id, error, status) => showEvent(request, reply, id, EventPageQuery.parse({}), { notice: null, error }, status),
      document: (request, reply, id, error, status) => showDocument(request, reply, id, error, status),
    });

    server.get('/documents/:id/claims/:index', async (request, reply) => {
      const params = parseInput(ClaimParams, request.params, 'path');
      const found = await app.getClaim({ documentId: params.id, claimIndex: params.index });
      const path = claimPath(found.claim);
      const cite = citeClaim(found, `${originOf(request)}${path}`, now());
      return send(request, reply, { title: `${found.claim.measure}: claim ${found.claim.claimIndex}`, path, section: 'documents', body: claimPage(found), cite });
    });

    server.get('/search', async (request, reply) => {
      const raw = (request.query ?? {}) as Record<string, unknown>;
      const form: SearchForm = {
        q: text(raw.q) ?? '', measure: text(raw.measure), lang: text(raw.lang), claimant: text(raw.claimant), from: text(raw.from), to: text(raw.to),
      };
      const languages = [...new Set((await app.listDocuments()).documents.flatMap((d) => (d.lang ? [d.lang] : [])))].sort();
      const path = `/search${form.q ? `?${new URLSearchParams(Object.entries(form).filter(([, v]) => v)).toString()}` : ''}`;
      if (!form.q) return send(request, reply, { title: 'Search', path, section: 'search', body: searchPage(form, null, null, languages) });
      const parsed = SearchQuery.safeParse(raw);
      if (!parsed.success) {
        const message = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
        return send(request, reply, { title: 'Search', path, section: 'search', body: searchPage(form, null, message, languages) }, 400);
      }
      const found = await app.searchTexts(parsed.data);
      return send(request, reply, { title: `Search: ${form.q}`, path, section: 'search', body: searchPage(form, found, null, languages) });
    });

    server.get('/upload', async (request, reply) => {
      if (request.viewer === null) return reply.redirect('/login?next=/upload', 303);
      return send(request, reply, { title: 'Upload', path: '/upload', section: 'upload', body: uploadPage(SUPPORTED_EXTENSIONS, app.config.maxBytes, null, null) });
    });
    server.post('/upload', {
      config: { access: 'editor' },
      preHandler: (request, reply) => server.rateLimits.upload(request, reply, `user:${request.viewer!.user.id}`),
    }, async (request, reply) => {
      try {
        const results = await ingestUpload(request, app, userActor(request.viewer!.user));
        return send(request, reply, { title: 'Upload', path: '/upload', section: 'upload', body: uploadPage(SUPPORTED_EXTENSIONS, app.config.maxBytes, results, null) });
      } catch (error) {
        const http = toHttpError(error);
        if (http.status >= 500) throw error;
        return send(request, reply, { title: 'Upload', path: '/upload', section: 'upload', body: uploadPage(SUPPORTED_EXTENSIONS, app.config.maxBytes, null, http.message) }, http.status);
      }
    });
  };
}

function originOf(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}`;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
