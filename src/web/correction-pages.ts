/**
 * The page forms that correct the collection: merge and split events (editors), delete a document
 * (admins). Same use cases as the API and the CLI, recorded in the audit log as the signed-in user.
 * web-session.ts has already checked the session, the CSRF token and the role when a handler runs. A
 * refusal of the correction itself (unknown event, merging an event with itself, splitting every
 * document off) is shown on the page it came from with its 4xx status; success redirects (303).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { App } from '../compose.js';
import { userActor } from '../domain/account.js';
import { DomainError } from '../domain/errors.js';
import { DocumentParams, EventParams, MergeBody, SplitBody, parseInput } from '../http/api-schemas.js';
import { eventPath } from '../http/api-responses.js';
import { toHttpError } from '../http/http-errors.js';

/** Renders a page again with the refusal of a correction, under the refusal's status. */
export type ShowRefusal = (request: FastifyRequest, reply: FastifyReply, id: string, error: string, status: number) => Promise<FastifyReply>;

const MergeForm = z.object({ with: MergeBody.shape.b });
/** One checked box arrives as a string, several as an array; none as nothing. */
const SplitForm = z.object({ documents: z.union([z.string(), z.array(z.string())]).optional().transform((d) => (d === undefined ? [] : [d].flat())) });
const DeleteForm = z.object({ confirm: z.string().optional() });

export function correctionPages(server: FastifyInstance, app: App, show: { event: ShowRefusal; document: ShowRefusal }): void {
  /** A 4xx from the correction goes back to the page; a 5xx (or a page that is gone) to the error handler. */
  const refuse = async (request: FastifyRequest, reply: FastifyReply, page: ShowRefusal, id: string, error: unknown) => {
    const http = toHttpError(error);
    if (http.status >= 500) throw error;
    try {
      return await page(request, reply, id, http.message, http.status);
    } catch {
      throw error;
    }
  };

  server.post('/events/:id/merge', { config: { access: 'editor' } }, async (request, reply) => {
    const { id } = parseInput(EventParams, request.params, 'path');
    try {
      const form = parseInput(MergeForm, request.body ?? {}, 'body');
      const { event } = await app.mergeEvents({ a: id, b: form.with, actor: userActor(request.viewer!.user) });
      return reply.redirect(`${eventPath(event.id)}?done=merged`, 303);
    } catch (error) {
      return refuse(request, reply, show.event, id, error);
    }
  });

  server.post('/events/:id/split', { config: { access: 'editor' } }, async (request, reply) => {
    const { id } = parseInput(EventParams, request.params, 'path');
    try {
      const form = parseInput(SplitForm, request.body ?? {}, 'body');
      if (form.documents.length === 0) throw new DomainError('event.invalid_correction', 'check at least one document to split off');
      const { documents } = parseInput(SplitBody, form, 'body');
      const { kept, split } = await app.splitEvent({ id, documents, actor: userActor(request.viewer!.user) });
      return reply.redirect(`${eventPath(kept.id)}?done=split&other=${split.id}`, 303);
    } catch (error) {
      return refuse(request, reply, show.event, id, error);
    }
  });

  server.post('/documents/:id/delete', { config: { access: 'admin' } }, async (request, reply) => {
    const { id } = parseInput(DocumentParams, request.params, 'path');
    try {
      const form = parseInput(DeleteForm, request.body ?? {}, 'body');
      if (form.confirm !== 'yes') throw new DomainError('request.invalid', 'check “I understand that this cannot be undone” to delete');
      const { tombstone } = await app.deleteDocument({ id, actor: userActor(request.viewer!.user) });
      return reply.redirect(`/documents?deleted=${tombstone.sha256}`, 303);
    } catch (error) {
      return refuse(request, reply, show.document, id, error);
    }
  });
}
