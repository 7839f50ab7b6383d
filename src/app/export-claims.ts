/**
 * `tally export`: every stored claim, one row each, with its document's metadata, as CSV or JSON.
 * A new format is a formatter beside this file and one more entry in ExportFormat.
 */
import { z } from 'zod';
import type { Store } from './ports.js';
import { formatCsv, type CsvCell } from './format-csv.js';
import { listClaims, type ListedClaim } from './list-claims.js';
import { toClaimOutput } from './to-claim-output.js';

export const ExportFormat = z.enum(['csv', 'json']);
export type ExportFormat = z.infer<typeof ExportFormat>;

export type ExportClaimsInput = { format: ExportFormat };
export type ExportClaimsDeps = { store: Store };
export type ExportClaimsOutput = { content: string; rows: number };

/** One exported row: the document's metadata, the claim's index in it, then the contract's claim fields. */
export type ExportRow = ReturnType<typeof toExportRow>;

function toExportRow({ claim, document }: ListedClaim) {
  return {
    documentId: document.id,
    source: document.source,
    title: document.title,
    publisher: document.siteName,
    byline: document.byline,
    publishedAt: document.publishedAt,
    lang: document.lang,
    claimIndex: claim.claimIndex,
    ...toClaimOutput(claim),
  };
}

export async function exportClaims(input: ExportClaimsInput, deps: ExportClaimsDeps): Promise<ExportClaimsOutput> {
  const { claims } = await listClaims({}, deps);
  const rows = claims.map(toExportRow);
  if (input.format === 'json') return { content: `${JSON.stringify(rows, null, 2)}\n`, rows: rows.length };
  return { content: toCsv(rows), rows: rows.length };
}

export const EXPORT_COLUMNS = [
  'documentId', 'source', 'title', 'publisher', 'byline', 'publishedAt', 'lang', 'claimIndex',
  'measure', 'low', 'high', 'approximate', 'modality', 'subject', 'unit', 'group', 'claimant', 'partOf',
  'quote', 'start', 'end', 'date', 'place', 'ruleIds',
] as const satisfies readonly (keyof ExportRow)[];

function toCsv(rows: readonly ExportRow[]): string {
  const cells = rows.map((row) =>
    EXPORT_COLUMNS.map((column): CsvCell => {
      const value = row[column];
      // Rule ids contain no spaces, so one space keeps the list in a single readable cell.
      return Array.isArray(value) ? value.join(' ') : (value as CsvCell);
    }),
  );
  return formatCsv(EXPORT_COLUMNS, cells);
}
