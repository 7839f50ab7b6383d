/**
 * The one place where errors become HTTP statuses and bodies (docs/error-codes.md, "HTTP statuses").
 * A DomainError keeps its stable code; anything else is a bug and shows no message at all.
 */
import { DomainError, type ErrorCategory, type ErrorCode } from '../domain/errors.js';

const STATUS: Readonly<Record<ErrorCategory, number>> = {
  validation: 400,
  not_found: 404,
  conflict: 409,
  unsupported: 415,
  internal: 500,
  unauthenticated: 401,
  forbidden: 403,
  rate_limited: 429,
};

export type HttpError = { status: number; code: ErrorCode | 'internal'; message: string };

/** Fastify's own client errors (bad JSON, a body too large, a wrong content type) carry a 4xx statusCode. */
type FrameworkError = { statusCode?: unknown; message?: unknown };

export function toHttpError(error: unknown): HttpError {
  if (error instanceof DomainError) {
    const status = STATUS[error.category];
    return status >= 500 ? internal() : { status, code: error.code, message: error.message };
  }
  const { statusCode, message } = (error ?? {}) as FrameworkError;
  if (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500) {
    const code = statusCode === 404 ? 'request.not_found' : 'request.invalid';
    return { status: statusCode === 404 ? 404 : 400, code, message: typeof message === 'string' ? message : 'invalid request' };
  }
  return internal();
}

/** The JSON body of every API error. */
export function errorBody(error: HttpError): { error: { code: string; message: string } } {
  return { error: { code: error.code, message: error.message } };
}

function internal(): HttpError {
  return { status: 500, code: 'internal', message: 'internal error' };
}
