/**
 * Document ids as people type them: `sha256:` plus the first 12 hex digits in tables, and any unique
 * prefix of the hex (with or without `sha256:`) accepted back.
 */
import type { DocumentId } from '../domain/document.js';
import { DomainError } from '../domain/errors.js';

const SHOWN_HEX = 12;

export function shortId(id: DocumentId): string {
  return id.slice(0, 'sha256:'.length + SHOWN_HEX);
}

/** The stored id that `typed` names; throws document.not_found when it names none or several. */
export function resolveDocumentId(typed: string, ids: readonly DocumentId[]): DocumentId {
  const hex = typed.trim().toLowerCase().replace(/^sha256:/, '');
  const matches = /^[0-9a-f]{4,64}$/.test(hex) ? ids.filter((id) => id.startsWith(`sha256:${hex}`)) : [];
  if (matches.length === 1) return matches[0]!;
  const problem =
    matches.length === 0
      ? 'matches no stored document (see: tally documents)'
      : `matches ${matches.length} stored documents; give more of the id`;
  throw new DomainError('document.not_found', `document id ${JSON.stringify(typed)} ${problem}`);
}
