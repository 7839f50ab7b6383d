/** A claim's bounds as a reader writes them: "742", "≥300", "≤50", "600–900", "~8,400". */
import type { Figures } from '../domain/claim.js';
import { MEASURES } from '../domain/measure.js';
import type { Unit } from '../domain/unit.js';

const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

export type Bounds = { low: number | null; high: number | null; approximate: boolean };

export function formatFigure({ low, high, approximate }: Bounds): string {
  const n = (value: number): string => NUMBER.format(value);
  let figure: string;
  if (low !== null && high !== null) figure = low === high ? n(low) : `${n(low)}–${n(high)}`;
  else if (low !== null) figure = `≥${n(low)}`;
  else if (high !== null) figure = `≤${n(high)}`;
  else figure = '?';
  return approximate ? `~${figure}` : figure;
}

/** A claim's figure with what it counts when that is not people: "2,310 households". */
export function formatCount(claim: Bounds & { unit: Unit }): string {
  return claim.unit === 'households' ? `${formatFigure(claim)} households` : formatFigure(claim);
}

/** A document's own answer per measure, e.g. "killed 300–900 · injured 214". */
export function formatFigures(figures: Figures): string {
  const parts = MEASURES.flatMap((measure) => {
    const figure = figures[measure];
    return figure ? [`${measure} ${formatFigure({ ...figure, approximate: false })}`] : [];
  });
  return parts.length > 0 ? parts.join(' · ') : 'none';
}
