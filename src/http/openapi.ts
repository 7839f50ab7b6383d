/** `GET /api/openapi.json`: the API described from the same zod schemas the handlers parse with. */
import { z } from 'zod';
import { AuditQuery, MergeBody, NewUserBody, RoleBody, SplitBody, UserParams } from './api-schemas.js';
import { ClaimParams, ClaimsQuery, DocumentParams, EventClaimsQuery, EventParams, EventQuery, EventsQuery, Page, SearchQuery } from './api-schemas.js';

type Operation = {
  summary: string; path?: z.ZodObject; query?: z.ZodObject; upload?: boolean; binary?: boolean;
  /** A JSON request body. */
  body?: z.ZodObject;
  /** Needs a bearer token of a user with this role (docs/security.md). */
  access?: 'editor' | 'admin';
};

const OPERATIONS: Readonly<Record<string, Readonly<{ [M in 'get' | 'post' | 'put' | 'delete']?: Operation | undefined }>>> = {
  '/api/events': { get: { summary: 'Events, newest first, with the estimate per measure × unit (people or households) × subject', query: EventsQuery }, post: undefined },
  '/api/events/{id}': { get: { summary: "One event's dossier under the chosen estimate rule: its summary and the first page of its claims and documents", path: EventParams, query: EventQuery }, post: undefined },
  '/api/events/{id}/claims': { get: { summary: "A page of an event's claims, each with its claimant and what reconciliation said of it", path: EventParams, query: EventClaimsQuery }, post: undefined },
  '/api/events/{id}/documents': { get: { summary: "A page of an event's documents with their framing words", path: EventParams, query: Page }, post: undefined },
  '/api/documents': { get: { summary: 'Stored documents, oldest ingest first', query: Page }, post: undefined },
  '/api/documents/{id}': { get: { summary: 'A document: metadata, extracted text, framing and claims', path: DocumentParams },
    delete: { summary: 'Delete a document (its original, claims and event links); its tombstone stays in the audit log', path: DocumentParams, access: 'admin' } },
  '/api/documents/{id}/original': { get: { summary: 'The original bytes exactly as received', path: DocumentParams, binary: true }, post: undefined },
  '/api/documents/{id}/claims/{index}': { get: { summary: 'One claim with its document and event', path: ClaimParams }, post: undefined },
  '/api/claims': { get: { summary: 'Claims, filtered and paginated', query: ClaimsQuery }, post: undefined },
  '/api/search': { get: { summary: 'Full-text search over documents and claims', query: SearchQuery }, post: undefined },
  '/api/upload': { get: undefined, post: { summary: 'Ingest files (multipart field "files") and documents on the web (field "url", public addresses only); one result per document', upload: true, access: 'editor' } },
  '/api/events/merge': { post: { summary: 'Say two events are one (a correction kept by document id)', body: MergeBody, access: 'editor' } },
  '/api/events/{id}/split': { post: { summary: "Split documents off an event into one of their own", path: EventParams, body: SplitBody, access: 'editor' } },
  '/api/users': {
    get: { summary: 'Users, by name (never their secrets)', access: 'admin' },
    post: { summary: 'Add a user; the answer holds their secret (sign-in password and API token), once', body: NewUserBody, access: 'admin' },
  },
  '/api/users/{name}/role': { put: { summary: "Change a user's role", path: UserParams, body: RoleBody, access: 'admin' } },
  '/api/users/{name}/secret': { post: { summary: 'Issue a new secret (in the answer, once); the old one and their sessions stop working', path: UserParams, access: 'admin' } },
  '/api/users/{name}/disable': { post: { summary: 'Disable a user: no sign-in, no token; their history stays', path: UserParams, access: 'admin' } },
  '/api/audit': { get: { summary: 'The append-only audit log: every write, who, when, before and after', query: AuditQuery, access: 'admin' } },
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
    components: {
      schemas: { Error: ERROR },
      // The secret `tally users add` prints is the token; cookies are never accepted for API writes.
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'tly_<user id>_<secret>, from tally users add NAME --role editor|admin' } },
    },
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
            content: { 'multipart/form-data': { schema: { type: 'object', properties: { files: { type: 'array', items: { type: 'string', format: 'binary' } }, url: { type: 'array', items: { type: 'string', format: 'uri' } } } } } },
          },
        }
      : {}),
    ...(op.body ? { requestBody: { required: true, content: { 'application/json': { schema: z.toJSONSchema(op.body, { io: 'input', unrepresentable: 'any' }) } } } } : {}),
    ...(op.access ? { security: [{ bearer: [] }], 'x-tally-role': op.access } : {}),
    responses: {
      200: {
        description: 'OK',
        content: op.binary ? { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } : { 'application/json': { schema: { type: 'object' } } },
      },
      400: { description: 'Invalid input (request.invalid)', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
      404: { description: 'Not found', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
      ...(op.access ? authResponses(op.access) : {}),
    },
  };
}

function authResponses(role: 'editor' | 'admin') {
  const error = { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } };
  return {
    401: { description: 'No bearer token (auth.required) or not a valid one (auth.invalid)', content: error },
    403: { description: `The token's user is not ${role === 'admin' ? 'an admin' : 'an editor or admin'} (auth.forbidden)`, content: error },
    429: { description: 'Too many requests (auth.rate_limited); Retry-After says when to try again', content: error },
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
