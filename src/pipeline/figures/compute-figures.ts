/**
 * A document's own answer, per measure, to "how many according to this document?". Subgroups are
 * not added to their total; groups counted by one cue ("two officers and a civilian died") are
 * disjoint and added; separate statements of the same measure compete, and the figure is their
 * overall range. Denied figures are the document reporting a denial, not a count, and are left out.
 */
import type { Claim, Figures } from '../../domain/claim.js';
import { MEASURES } from '../../domain/measure.js';

/** Claims that were counted by one cue share a statement key. */
export type ClaimWithStatement = { claim: Claim; statement: string };

type Bounds = { low: number | null; high: number | null };

function sum(parts: readonly Bounds[]): Bounds {
  let low: number | null = 0;
  let high: number | null = 0;
  for (const p of parts) {
    low = low === null || p.low === null ? null : low + p.low;
    high = high === null || p.high === null ? null : high + p.high;
  }
  return { low, high };
}

export function computeFigures(items: readonly ClaimWithStatement[]): Figures {
  const figures: Figures = {};
  for (const measure of MEASURES) {
    const statements = new Map<string, Bounds[]>();
    for (const { claim, statement } of items) {
      if (claim.measure !== measure || claim.partOf !== null || claim.modality === 'denied') continue;
      const list = statements.get(statement) ?? [];
      list.push({ low: claim.low, high: claim.high });
      statements.set(statement, list);
    }
    if (statements.size === 0) continue;
    const totals = [...statements.values()].map(sum);
    const definedLows = totals.map((t) => t.low).filter((l): l is number => l !== null);
    const definedHighs = totals.map((t) => t.high).filter((h): h is number => h !== null);
    // "at least 300, possibly 600 to 900" is 300..900: an open-ended statement raises the high only
    // to its own low; the high is open only when no statement bounds it at all.
    const openLows = totals.filter((t) => t.high === null && t.low !== null).map((t) => t.low as number);
    figures[measure] = {
      low: definedLows.length > 0 ? Math.min(...definedLows) : null,
      high: definedHighs.length > 0 ? Math.max(...definedHighs, ...openLows) : null,
    };
  }
  return figures;
}
