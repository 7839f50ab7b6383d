/**
 * What the durability tests compare after crashes and races: a sorted dump of a store's documents,
 * claims and events, and the checks a damaged database would fail (duplicates, orphans, documents no
 * event holds, originals whose SHA-256 is not their id, SQLite's own integrity check). It reads the
 * tables directly, as an auditor would, so a bug in the store's own reads cannot hide a bad row.
 */
import { createHash } from 'node:crypto';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';

export type DatabaseInspection = {
  documents: string[];
  /** `documentId#claimIndex measure low..high "quote"`, sorted. */
  claims: string[];
  /** `eventId: documentId documentId …`, sorted. */
  events: string[];
  /** `documentId#claimIndex → eventId`, sorted. */
  claimEvents: string[];
  /** Every problem found; empty for a sound database. */
  problems: string[];
};

type Query = (sql: string) => Promise<Record<string, unknown>[]>;

const CHECKS: readonly { problem: string; sql: string }[] = [
  { problem: 'documents stored twice', sql: 'select id from documents group by id having count(*) > 1' },
  { problem: 'claims stored twice', sql: 'select document_id from claims group by document_id, claim_index having count(*) > 1' },
  { problem: 'ingest sequence numbers shared', sql: 'select ingest_seq from documents group by ingest_seq having count(*) > 1' },
  { problem: 'claims of no document', sql: 'select c.document_id from claims c left join documents d on d.id = c.document_id where d.id is null' },
  { problem: 'documents without their original', sql: 'select d.id from documents d left join originals o on o.document_id = d.id where o.document_id is null' },
  { problem: 'documents no event holds', sql: 'select d.id from documents d where not exists (select 1 from event_documents e where e.document_id = d.id)' },
  { problem: 'documents in two events', sql: 'select document_id from event_documents group by document_id having count(*) > 1' },
  { problem: 'claims no event counts', sql: 'select c.document_id from claims c left join event_claims e on e.document_id = c.document_id and e.claim_index = c.claim_index where e.document_id is null' },
  { problem: 'events with no document', sql: 'select e.id from events e where not exists (select 1 from event_documents d where d.event_id = e.id)' },
  { problem: 'claims counted for a missing event', sql: 'select c.event_id from event_claims c left join events e on e.id = c.event_id where e.id is null' },
];

/** Inspects the store at `location`: a SQLite file, or a postgres:// URL (its search_path picks the schema). */
export async function inspectDatabase(location: string): Promise<DatabaseInspection> {
  if (/^postgres(ql)?:\/\//i.test(location)) {
    const client = new pg.Client({ connectionString: location });
    await client.connect();
    try {
      return await inspect(async (sql) => (await client.query(sql)).rows as Record<string, unknown>[], []);
    } finally {
      await client.end();
    }
  }
  const sqlite = new BetterSqlite3(location, { readonly: true, timeout: 5000 });
  try {
    const integrity = sqlite.pragma('integrity_check', { simple: true });
    const foreignKeys = sqlite.pragma('foreign_key_check') as unknown[];
    const problems = [
      ...(integrity === 'ok' ? [] : [`integrity_check: ${String(integrity)}`]),
      ...(foreignKeys.length === 0 ? [] : [`foreign_key_check: ${foreignKeys.length} rows`]),
    ];
    return await inspect(async (sql) => sqlite.prepare(sql).all() as Record<string, unknown>[], problems);
  } finally {
    sqlite.close();
  }
}

async function inspect(query: Query, problems: string[]): Promise<DatabaseInspection> {
  for (const check of CHECKS) {
    const rows = await query(check.sql);
    if (rows.length > 0) problems.push(`${check.problem}: ${rows.length}`);
  }
  const originals = await query('select document_id, bytes from originals');
  const misfiled = originals.filter((r) => `sha256:${sha256(r['bytes'] as Uint8Array)}` !== r['document_id']);
  if (misfiled.length > 0) problems.push(`originals whose SHA-256 is not their id: ${misfiled.length}`);

  const documents = (await query('select id from documents')).map((r) => String(r['id'])).sort();
  const claims = (await query('select document_id, claim_index, measure, low, high, quote from claims'))
    .map((r) => `${String(r['document_id'])}#${Number(r['claim_index'])} ${String(r['measure'])} ${String(r['low'])}..${String(r['high'])} ${JSON.stringify(r['quote'])}`)
    .sort();
  const members = new Map<string, string[]>();
  for (const r of await query('select event_id, document_id from event_documents')) {
    const id = String(r['event_id']);
    members.set(id, [...(members.get(id) ?? []), String(r['document_id'])]);
  }
  const events = [...members].map(([id, docs]) => `${id}: ${docs.sort().join(' ')}`).sort();
  const claimEvents = (await query('select document_id, claim_index, event_id from event_claims'))
    .map((r) => `${String(r['document_id'])}#${Number(r['claim_index'])} → ${String(r['event_id'])}`)
    .sort();
  return { documents, claims, events, claimEvents, problems };
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
