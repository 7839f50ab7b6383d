/**
 * The ordered list of schema migrations, provided in code (no directory scan, so it works the same
 * from source, from a bundle and in tests). Names sort in the order they apply; never rename one.
 */
import type { Migration, MigrationProvider } from 'kysely';
import { documentsClaims } from './0001-documents-claims.js';
import { events } from './0002-events.js';
import { search } from './0003-search.js';
import { postgresSearch } from './0004-postgres-search.js';
import { accountsAudit } from './0005-accounts-audit.js';
import { originalsImmutable } from './0006-originals-immutable.js';
import { eventSummaries } from './0007-event-summaries.js';
import { eventDocumentsByDocument } from './0008-event-documents-by-document.js';
import { searchWrittenByStore } from './0009-search-written-by-store.js';
import { claimUnits } from './0010-claim-units.js';
import type { StoreDialect } from './store-dialect.js';

export function storeMigrations(dialect: StoreDialect): Record<string, Migration> {
  return {
    '0001-documents-claims': documentsClaims(dialect),
    '0002-events': events(dialect),
    '0003-search': search(dialect),
    '0004-postgres-search': postgresSearch(dialect),
    '0005-accounts-audit': accountsAudit(dialect),
    '0006-originals-immutable': originalsImmutable(dialect),
    '0007-event-summaries': eventSummaries(dialect),
    '0008-event-documents-by-document': eventDocumentsByDocument(),
    '0009-search-written-by-store': searchWrittenByStore(dialect),
    '0010-claim-units': claimUnits(),
  };
}

export function storeMigrationProvider(dialect: StoreDialect): MigrationProvider {
  return { getMigrations: async () => storeMigrations(dialect) };
}
