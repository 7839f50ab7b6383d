/** A claim's bounds as a reader writes them: "742", "≥300", "≤50", "600–900", "~8,400". */
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
