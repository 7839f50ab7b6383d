/** The shapes reconciliation reads and writes: claims side by side per event × measure × unit × subject. */
import type { Claim } from '../../domain/claim.js';
import type { DocumentId } from '../../domain/document.js';
import type { Measure } from '../../domain/measure.js';
import type { Subject } from '../../domain/subject.js';
import type { Unit } from '../../domain/unit.js';

export const ESTIMATE_RULES = ['range', 'conservative', 'ucdp'] as const;
export type EstimateRule = (typeof ESTIMATE_RULES)[number];

export type ReconcileClaim = Claim & { documentId: DocumentId; claimIndex: number };
export type ReconcileDocument = {
  id: DocumentId;
  siteName: string | null;
  title: string | null;
  publishedAt: string | null;
  lang: string | null;
  /** Where the document came from (a file name or URL): names its own voice when it names no site or title. */
  source?: string;
};

/** `sha256:…#3`: a claim is named by its document and its index there. */
export const claimKey = (c: { documentId: string; claimIndex: number }): string => `${c.documentId}#${c.claimIndex}`;

export type ClaimView = {
  key: string;
  claim: ReconcileClaim;
  document: ReconcileDocument;
  /** The claim this one repeats without attribution, or null. */
  repeats: string | null;
  /** Who the figure is from: the claimant, the repeated claim's claimant, or the publisher's own voice. */
  source: string;
  /** A subgroup of a claim counting the same people (it never passes for a total). */
  subgroup: boolean;
  /** Counted by the estimate: credible modality and not a subgroup of the same people. */
  credible: boolean;
};

export type ClaimantPosition = { source: string; low: number | null; high: number | null; claims: string[]; independent: boolean };
export type ClaimantComparison = { a: string; b: string; relation: 'agree' | 'conflict'; gap: number | null };

export type Estimate = {
  low: number | null;
  best: number | null;
  high: number | null;
  rule: EstimateRule;
  explanation: string;
  used: string[];
};

export type FigureComparison = {
  measure: Measure;
  /** A row counts people or households, never both (docs/reconciliation.md). */
  unit: Unit;
  subject: Subject | null;
  claims: ClaimView[];
  claimants: ClaimantPosition[];
  comparisons: ClaimantComparison[];
  estimate: Estimate;
};
