/**
 * Looking up a document's events: `event_documents` was keyed (event_id, document_id), so "which
 * documents does no event hold" (run after every ingest) and the document-deletion trigger scanned the
 * whole table once per document — quadratic, and at 100,000 documents it never finished.
 */
import type { Kysely, Migration } from 'kysely';

export function eventDocumentsByDocument(): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.createIndex('event_documents_document_idx').ifNotExists().on('event_documents').column('document_id').execute();
    },
  };
}
