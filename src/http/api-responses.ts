/** Explicit mappers from use-case outputs to the JSON the API returns: the API's contract lives here. */
import type { StoredClaim } from '../app/ports.js';
import type { IngestResult } from '../app/ingest-documents.js';
import { toClaimOutput } from '../app/to-claim-output.js';
import type { Document } from '../domain/document.js';

/** `sha256:<hex>` → `<hex>`: the form document ids take in URLs. */
export const urlId = (id: string): string => id.replace(/^sha256:/, '');

export const documentPath = (id: string): string => `/documents/${urlId(id)}`;
export const claimPath = (c: { documentId: string; claimIndex: number }): string =>
  `${documentPath(c.documentId)}/claims/${c.claimIndex}`;
export const eventPath = (id: string): string => `/events/${id}`;

export function toDocumentResponse(document: Omit<Document, 'text'> & { claims?: number }) {
  return {
    id: document.id,
    sha256: document.sha256,
    source: document.source,
    title: document.title,
    siteName: document.siteName,
    byline: document.byline,
    publishedAt: document.publishedAt,
    lang: document.lang,
    langDetected: document.langDetected,
    mediaType: document.mediaType,
    byteLength: document.byteLength,
    ingestedAt: document.ingestedAt,
    ...(document.claims === undefined ? {} : { claims: document.claims }),
    links: { self: `/api${documentPath(document.id)}`, original: `/api${documentPath(document.id)}/original`, page: documentPath(document.id) },
  };
}

export function toClaimResponse(claim: StoredClaim) {
  return {
    documentId: claim.documentId,
    claimIndex: claim.claimIndex,
    ...toClaimOutput(claim),
    evidence: claim.evidence,
    links: { self: `/api${claimPath(claim)}`, page: claimPath(claim), document: `/api${documentPath(claim.documentId)}` },
  };
}

/** One uploaded file's outcome; the error's cause (a stack) stays on the server. */
export function toUploadResponse(result: IngestResult) {
  return {
    source: result.source,
    status: result.status,
    id: result.id ?? null,
    lang: result.lang ?? null,
    claims: result.claims ?? null,
    notice: result.notice ?? null,
    error: result.error ? { code: result.error.code, message: result.error.message } : null,
  };
}
export type UploadResponse = ReturnType<typeof toUploadResponse>;
