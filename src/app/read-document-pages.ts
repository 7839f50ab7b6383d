/** The stored documents a page at a time, in ingest order: how a regroup reads a whole collection. */
import type { DocumentPageEntry, EventStore, PageClaims } from './ports.js';

/** Documents per page: a few megabytes of text at a time. */
export const DOCUMENT_PAGE_SIZE = 500;

/** Every stored document with its hints and claims (whole or as grouping reads them), its text if asked. */
export async function* readDocumentPages<C extends PageClaims>(
  store: EventStore,
  page: { text: boolean; claims: C; size?: number | undefined },
): AsyncGenerator<DocumentPageEntry<C>[]> {
  const limit = page.size ?? DOCUMENT_PAGE_SIZE;
  let after: number | null = null;
  do {
    const read: { items: DocumentPageEntry<C>[]; next: number | null } = await store.listDocumentPage({ after, limit, text: page.text, claims: page.claims });
    if (read.items.length > 0) yield read.items;
    after = read.next;
  } while (after !== null);
}
