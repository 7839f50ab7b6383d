/**
 * Every failure a user can cause or meet has a stable dotted code (listed in docs/error-codes.md,
 * never reused) and a category that each edge maps to its own signal (CLI exit code, HTTP status).
 */
export type ErrorCategory =
  | 'validation' | 'not_found' | 'conflict' | 'unsupported' | 'internal'
  // Who may do what: not signed in (or a bad credential), signed in without the role, too many attempts.
  | 'unauthenticated' | 'forbidden' | 'rate_limited';

export const ERROR_CODES = {
  'auth.required': 'unauthenticated',
  'auth.invalid': 'unauthenticated',
  'auth.forbidden': 'forbidden',
  'auth.csrf': 'forbidden',
  'auth.rate_limited': 'rate_limited',
  'claim.not_found': 'not_found',
  'document.empty': 'validation',
  'document.binary': 'unsupported',
  'document.invalid_utf8': 'validation',
  'document.unsupported_type': 'unsupported',
  'document.too_large': 'validation',
  'document.not_pdf': 'validation',
  'document.corrupt_pdf': 'validation',
  'document.unreadable': 'not_found',
  'document.not_found': 'not_found',
  'document.invalid_line': 'validation',
  'document.extraction_failed': 'internal',
  'document.timeout': 'unsupported',
  'document.too_complex': 'unsupported',
  'document.url_invalid': 'validation',
  'document.url_redirects': 'unsupported',
  'document.url_refused': 'validation',
  'document.url_timeout': 'unsupported',
  'document.url_unreachable': 'not_found',
  'event.not_found': 'not_found',
  'event.invalid_correction': 'validation',
  'language.unknown_pack': 'validation',
  'original.mismatch': 'conflict',
  'original.missing': 'not_found',
  'request.invalid': 'validation',
  'request.not_found': 'not_found',
  'config.invalid': 'validation',
  'store.schema_newer': 'conflict',
  'store.unavailable': 'internal',
  'user.invalid_name': 'validation',
  'user.name_taken': 'conflict',
  'user.not_found': 'not_found',
} as const satisfies Record<string, ErrorCategory>;
export type ErrorCode = keyof typeof ERROR_CODES;

export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly category: ErrorCategory;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DomainError';
    this.code = code;
    this.category = ERROR_CODES[code];
  }
}
