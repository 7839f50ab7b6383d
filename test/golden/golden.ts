/**
 * Shared by the golden test and the golden diff script: reads a golden JSONL file and compares the
 * pipeline's claims with the expected ones on the fields the file states.
 */
import { readFileSync } from 'node:fs';
import type { Claim } from '../../src/domain/claim.js';
import { getPack } from '../../src/language-packs/index.js';
import { runPipeline } from '../../src/pipeline/run-pipeline.js';

export type GoldenClaim = Pick<Claim, 'measure' | 'low' | 'high' | 'approximate' | 'modality' | 'subject' | 'claimant' | 'partOf'> & {
  group?: string | null;
  /** Absent means people: a line states `"unit": "households"` where the counted noun is a household noun. */
  unit?: Claim['unit'];
};
export type GoldenLine = {
  id: string;
  text: string;
  claims: GoldenClaim[];
  /** When present, the document figures the line must produce (people counted once, scope…). */
  figures?: Record<string, { low: number | null; high: number | null }>;
  covers: string[];
  todo?: string;
};

export function readGolden(path: string): GoldenLine[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as GoldenLine);
}

const FIELDS = ['measure', 'low', 'high', 'approximate', 'modality', 'subject', 'claimant', 'partOf'] as const;

/** The claim reduced to what a golden line states, so a deep-equal shows every difference. */
export function project(claim: Claim, expected?: GoldenClaim): GoldenClaim {
  const out = Object.fromEntries(FIELDS.map((f) => [f, claim[f]])) as GoldenClaim;
  if (expected && 'group' in expected) out.group = claim.group;
  // The unit is always compared: a line that states none expects people, so a claim read as
  // households shows its unit (and differs), as does a people claim where the line states one.
  if (claim.unit !== 'people' || (expected && 'unit' in expected)) out.unit = claim.unit;
  return out;
}

export function extractForGolden(lang: string, line: GoldenLine): { claims: GoldenClaim[]; figures: GoldenLine['figures'] } {
  const pack = getPack(lang);
  if (!pack) throw new Error(`no pack ${lang}`);
  const { claims, figures } = runPipeline(line.text, pack);
  return { claims: claims.map((c, i) => project(c, line.claims[i])), figures };
}

/** What a line states, for a deep-equal: its claims, and its figures when it gives them. */
export function expected(line: GoldenLine): { claims: GoldenClaim[]; figures: GoldenLine['figures'] } {
  return { claims: line.claims, figures: line.figures };
}

export function actualFor(lang: string, line: GoldenLine): { claims: GoldenClaim[]; figures: GoldenLine['figures'] } {
  const result = extractForGolden(lang, line);
  return { claims: result.claims, figures: line.figures ? result.figures : undefined };
}
