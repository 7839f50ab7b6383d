/** `GET /api/claims` (filtered, paginated), `GET /api/search` and `POST /api/upload`. */
import type { FastifyInstance } from 'fastify';
import type { App } from '../../compose.js';
import { userActor } from '../../domain/account.js';
import { ClaimsQuery, SearchQuery, paginate, parseInput } from '../api-schemas.js';
import { toClaimResponse, toDocumentResponse } from '../api-responses.js';
import { ingestUpload } from '../upload-files.js';

export function claimRoutes(server: FastifyInstance, app: App): void {
  server.get('/claims', async (request) => {
    const query = parseInput(ClaimsQuery, request.query, 'query');
    const documentId = query.document === undefined ? undefined : `sha256:${query.document.replace(/^sha256:/i, '').toLowerCase()}`;
    const { claims } = await app.listClaims({
      ...(query.measure ? { measure: query.measure } : {}),
      ...(query.lang ? { lang: query.lang } : {}),
      ...(documentId ? { documentId } : {}),
    });
    return paginate(claims.map(({ claim }) => toClaimResponse(claim)), query);
  });

  server.get('/search', async (request) => {
    const query = parseInput(SearchQuery, request.query, 'query');
    const found = await app.searchTexts(query);
    return {
      q: query.q,
      totalDocuments: found.totalDocuments,
      totalClaims: found.totalClaims,
      limit: query.limit,
      offset: query.offset,
      documents: found.documents.map((hit) => ({ document: toDocumentResponse(hit.document), passage: hit.passage })),
      claims: found.claims.map((hit) => ({ claim: toClaimResponse(hit.claim), document: toDocumentResponse(hit.document), passage: hit.passage })),
    };
  });

  server.post('/upload', {
    config: { access: 'editor' },
    preHandler: (request, reply) => server.rateLimits.upload(request, reply, `user:${request.viewer!.user.id}`),
  }, async (request) => ({ files: await ingestUpload(request, app, userActor(request.viewer!.user)) }));
}
