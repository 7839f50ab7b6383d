/**
 * `npm start` / `tally demo`: ingest the bundled example corpus into the (fresh) store it is given and
 * return what was ingested and the claims found, for the CLI to print as a table.
 */
import type { Actor } from '../domain/audit.js';
import type { IncomingFile } from './incoming-file.js';
import { ingestDocuments, type IngestResult } from './ingest-documents.js';
import { listClaims, type ListedClaim } from './list-claims.js';
import type { Store } from './ports.js';

export type DemoInput = { files: AsyncIterable<IncomingFile> | Iterable<IncomingFile>; actor: Actor };
export type DemoDeps = { store: Store; maxBytes: number; now: () => Date };
export type DemoOutput = { results: IngestResult[]; claims: ListedClaim[] };

export async function demo(input: DemoInput, deps: DemoDeps): Promise<DemoOutput> {
  const results: IngestResult[] = [];
  for await (const result of ingestDocuments({ files: input.files, actor: input.actor }, deps)) results.push(result);
  const { claims } = await listClaims({}, deps);
  return { results, claims };
}
