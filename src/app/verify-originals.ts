/**
 * `tally verify`: re-hashes every stored original and compares it with the document's id, which is the
 * SHA-256 the bytes had when they arrived. Originals are read a page at a time, so memory holds one
 * page whatever the size of the store. Yields one result per document, in id order.
 */
import type { DocumentId } from '../domain/document.js';
import { hashDocument } from './extract-document.js';
import type { Store } from './ports.js';

export type VerifyOriginalsInput = {
  /** Originals read per query; default 100. */
  pageSize?: number;
};

export type VerifyOriginalsDeps = { store: Pick<Store, 'listOriginals'> };

export type VerifyResult =
  | { documentId: DocumentId; status: 'verified' }
  | { documentId: DocumentId; status: 'mismatch' | 'missing'; error: { code: 'original.mismatch' | 'original.missing'; message: string } };

export type VerifyOriginalsOutput = AsyncGenerator<VerifyResult, void, undefined>;

export async function* verifyOriginals(input: VerifyOriginalsInput, deps: VerifyOriginalsDeps): VerifyOriginalsOutput {
  const limit = Math.max(1, input.pageSize ?? 100);
  let after: DocumentId | null = null;
  for (;;) {
    const page = await deps.store.listOriginals({ after, limit });
    for (const { documentId, bytes } of page) yield check(documentId, bytes);
    if (page.length < limit) return;
    after = page[page.length - 1]!.documentId;
  }
}

function check(documentId: DocumentId, bytes: Uint8Array | null): VerifyResult {
  if (bytes === null) {
    return { documentId, status: 'missing', error: { code: 'original.missing', message: 'the original bytes are missing from the store' } };
  }
  const { id } = hashDocument(bytes);
  if (id === documentId) return { documentId, status: 'verified' };
  return {
    documentId,
    status: 'mismatch',
    error: { code: 'original.mismatch', message: `the original bytes no longer match: they hash to ${id} (${bytes.byteLength} bytes)` },
  };
}
