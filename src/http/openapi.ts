/** `GET /api/openapi.json`: the API described from the same zod schemas the handlers parse with. */
import { z } from 'zod';
import { ClaimParams, ClaimsQuery, DocumentParams, EventParams, EventQuery, EventsQuery, Page, SearchQuery } from './api-schemas.js';

type Operation = { summary: string; path?: z.ZodObject; query?: z.ZodObject; upload?: boolean; binary?: boolean };

const OPERATIONS: Readonly<Record<string, Readonly<Record<'get' | 'post', Operation | undefined>>>> = {
  '/api/events': { get: { summary: 'Events, newest first, with the estimate per measure × subject', query: EventsQuery }, post: undefined },
  '/api/events/{id}': { get: { summary: "One event's dossier under the chosen estimate rule", path: EventParams, query: EventQuery }, post: undefined },
  '/api/documents': { get: { summary: 'Stored documents, oldest ingest first', query: Page }, post: undefined },
  '/api/documents/{id}': { get: { summary: 'A document: metadata, extracted text, framing and claims', path: DocumentParams }, post: undefined },
  '/api/documents/{id}/original': { get: { summary: 'The original bytes exactly as received', path: DocumentParams, binary: true }, post: undefined },
  '/api/documents/{id}/claims/{index}': { get: { summary: 'One claim with its document and event', path: ClaimParams }, post: undefined },
  '/api/claims': { get: { summary: 'Claims, filtered and paginated', query: ClaimsQuery }, post: undefined },
  '/api/search': { get: { summary: 'Full-text search over documents and claims', query: SearchQuery }, post: undefined },
  '/api/upload': { get: undefined, post: { summary: 'Ingest files (multipart field "files"); one result per file', upload: true } },
};

const ERROR = {
  type: 'object',
  required: ['error'],
  properties: { error: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string' }, message: { type: 'string' } } } },
};

export function buildOpenApi(version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [path, methods] of Object.entries(OPERATIONS)) {
    paths[path] = {};
    for (const [method, op] of Object.entries(methods)) if (op) paths[path][method] = operation(op);
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Tally API', version, description: 'Human-toll figures with their claimants and exact spans. Errors carry stable codes (docs/error-codes.md).' },
    paths,
    components: { schemas: { Error: ERROR } },
  };
}

function operation(op: Operation) {
  return {
    summary: op.summary,
    parameters: [...parameters(op.path, 'path'), ...parameters(op.query, 'query')],
    ...(op.upload
      ? {
          requestBody: {
            required: true,
            content: { 'multipart/form-data': { schema: { type: 'object', properties: { files: { type: 'array', items: { type: 'string', format: 'binary' } } } } } },
          },
        }
      : {}),
    responses: {
      200: {
        description: 'OK',
        content: op.binary ? { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } : { 'application/json': { schema: { type: 'object' } } },
      },
      400: { description: 'Invalid input (request.invalid)', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
      404: { description: 'Not found', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
    },
  };
}

function parameters(schema: z.ZodObject | undefined, where: 'path' | 'query') {
  if (schema === undefined) return [];
  const json = z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }) as {
    properties?: Record<string, Record<string, unknown>>;
    required?: string[];
  };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: where,
    required: where === 'path' || (json.required ?? []).includes(name) && property.default === undefined,
    schema: property,
  }));
}
