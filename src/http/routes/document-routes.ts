/** Documents: the list, one document (metadata, text, claims), its original bytes, and one claim. */
import type { FastifyInstance } from 'fastify';
import type { App } from '../../compose.js';
import { DomainError } from '../../domain/errors.js';
import { ClaimParams, DocumentParams, Page, paginate, parseInput } from '../api-schemas.js';
import { toClaimResponse, toDocumentResponse, urlId } from '../api-responses.js';

export function documentRoutes(server: FastifyInstance, app: App): void {
  server.get('/documents', async (request) => {
    const page = parseInput(Page, request.query, 'query');
    const { documents } = await app.listDocuments();
    return paginate(documents.map(toDocumentResponse), page);
  });

  server.get('/documents/:id', async (request) => {
    const { id } = parseInput(DocumentParams, request.params, 'path');
    const { document, claims, framing } = await app.getDocument({ id });
    return { ...toDocumentResponse(document), text: document.text, framing, claims: claims.map(toClaimResponse) };
  });

  server.get('/documents/:id/original', async (request, reply) => {
    const { id } = parseInput(DocumentParams, request.params, 'path');
    const { document } = await app.getDocument({ id });
    const original = await app.store.getOriginal(document.id);
    if (original === null) throw new DomainError('document.not_found', `the original bytes of ${document.id} are not stored`);
    // Always a download, never rendered: an uploaded HTML page must not run on this origin.
    return reply
      .header('content-type', 'application/octet-stream')
      .header('content-disposition', attachment(document.source, urlId(document.id)))
      .header('x-content-sha256', document.sha256)
      .send(Buffer.from(original.buffer, original.byteOffset, original.byteLength));
  });

  server.get('/documents/:id/claims/:index', async (request) => {
    const params = parseInput(ClaimParams, request.params, 'path');
    const { claim, document, event } = await app.getClaim({ documentId: params.id, claimIndex: params.index });
    return { ...toClaimResponse(claim), document: toDocumentResponse(document), event: event && { id: event.id, title: event.title } };
  });
}

/** The stored name (ASCII fallback plus RFC 5987 UTF-8), so the download keeps its extension. */
function attachment(source: string, hex: string): string {
  const name = source.split(/[\\/]/).pop() || `${hex.slice(0, 12)}.bin`;
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
