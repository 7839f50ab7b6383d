import type { FigureComparison } from './reconcile-types.js';

/**
 * The rows an event's card and `tally events` lead with: per measure, of the rows counting people,
 * the one with the largest best estimate, the row that counts everyone (no subject) winning ties. A
 * row that names its subject is shown with it ("killed (combatants) 9"), so a larger count of one
 * group is never passed off as everyone's, and a smaller count of everyone ("a truck driver was also
 * killed": 1) never hides nine police killed. Households never lead: a count of households says
 * nothing of how many people (docs/reconciliation.md, "Units"). A measure with no estimate keeps its
 * no-subject row, else its first, so that the card can say so.
 */
export function headlineFigures(figures: readonly FigureComparison[]): FigureComparison[] {
  const byMeasure = new Map<string, FigureComparison>();
  for (const f of figures) {
    if (f.unit !== 'people') continue;
    const current = byMeasure.get(f.measure);
    if (current === undefined || leads(f, current)) byMeasure.set(f.measure, f);
  }
  return [...byMeasure.values()];
}

function leads(f: FigureComparison, current: FigureComparison): boolean {
  const [mine, theirs] = [f.estimate.best, current.estimate.best];
  const countsEveryoneInstead = current.subject !== null && f.subject === null;
  if (theirs === null) return mine !== null || countsEveryoneInstead;
  if (mine === null) return false;
  return mine > theirs || (mine === theirs && countsEveryoneInstead);
}
