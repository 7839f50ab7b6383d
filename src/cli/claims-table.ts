/** The readable claims table: whose figure, of what, how sure, and the words it came from. */
import { basename } from 'node:path';
import type { Claim } from '../domain/claim.js';
import { formatCount } from './format-figure.js';
import { formatTable, type TableColumn } from './format-table.js';

export type ClaimsTableRow = {
  document: string;
  /** The claim's index in its document, which `partOf` refers to. */
  index: number;
  claim: Omit<Claim, 'evidence'> & { evidence?: Claim['evidence'] };
};

/** A figure is never shown without whose it is: no claimant means the document says it itself. */
export const OWN_VOICE = "(document's own voice)";

/** Characters of context kept before the number when a quote is cut to its excerpt. */
const CONTEXT_BEFORE = 12;

const COLUMNS: readonly TableColumn[] = [
  { header: 'document', min: 16 },
  { header: '#', align: 'right', fixed: true },
  { header: 'measure', fixed: true },
  { header: 'figure', align: 'right', fixed: true },
  { header: 'subject/group', min: 14 },
  { header: 'claimant', min: OWN_VOICE.length },
  { header: 'modality', fixed: true },
  { header: 'quote', min: 24 },
];

export function claimsTable(rows: readonly ClaimsTableRow[], width: number): string[] {
  return formatTable(
    COLUMNS,
    rows.map(({ document, index, claim }) => [
      document,
      String(index),
      claim.measure,
      formatCount(claim),
      subjectAndGroup(claim),
      claim.claimant ?? OWN_VOICE,
      claim.modality,
      excerpt(claim),
    ]),
    width,
  );
}

/** A document's name in a table: its file name, which is what the user gave. */
export function documentLabel(source: string): string {
  return basename(source);
}

function subjectAndGroup(claim: ClaimsTableRow['claim']): string {
  const parts = [claim.subject, claim.group].filter((part): part is string => part !== null);
  if (parts.length === 2 && parts[0]!.toLowerCase() === parts[1]!.toLowerCase()) parts.pop();
  const label = parts.length === 2 ? `${parts[0]} (${parts[1]})` : (parts[0] ?? '—');
  return claim.partOf === null ? label : `${label}, part of #${claim.partOf}`;
}

/** The quote from a little before its number, so the number shows even when the column is narrow. */
function excerpt(claim: ClaimsTableRow['claim']): string {
  const at = claim.evidence ? claim.evidence.number.start - claim.start : 0;
  if (at <= CONTEXT_BEFORE) return claim.quote;
  const from = claim.quote.lastIndexOf(' ', at - CONTEXT_BEFORE) + 1;
  return from <= 0 ? claim.quote : `…${claim.quote.slice(from)}`;
}
