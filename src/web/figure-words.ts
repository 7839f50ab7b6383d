/** How pages write figures, measures and dates for a reader: "at least 300", "600–900", "about 8,400". */
import type { Measure } from '../domain/measure.js';
import type { Subject } from '../domain/subject.js';
import type { Unit } from '../domain/unit.js';

const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

export type Bounds = { low: number | null; high: number | null; approximate?: boolean };

export function figureWords({ low, high, approximate = false }: Bounds): string {
  const n = (value: number) => NUMBER.format(value);
  let figure: string;
  if (low !== null && high !== null) figure = low === high ? n(low) : `${n(low)}–${n(high)}`;
  else if (low !== null) figure = `at least ${n(low)}`;
  else if (high !== null) figure = `at most ${n(high)}`;
  else figure = 'an unstated number';
  return approximate && low !== null && low === high ? `about ${figure}` : approximate ? `roughly ${figure}` : figure;
}

export const subjectWords = (subject: Subject | null): string => subject ?? 'all (no subject given)';

/** A figure with what it counts when that is households, so families never read as people: "2,310 households". */
export function countWords(figure: Bounds & { unit: Unit }): string {
  return figure.unit === 'households' ? `${figureWords(figure)} households` : figureWords(figure);
}

/** Who a row counts, for a heading: its subject for people, "households (families)" for a count of households. */
export const countedWords = ({ unit, subject }: { unit: Unit; subject: Subject | null }): string =>
  unit === 'households' ? `households (families)${subject ? `, ${subject}` : ''}` : subjectWords(subject);

/** Colours chosen to stay distinct for the common colour-vision deficiencies (Okabe–Ito); a text label always goes beside them. */
export const MEASURE_COLOURS: Readonly<Record<Measure, string>> = {
  killed: '#d55e00',
  injured: '#e69f00',
  disabled: '#cc79a7',
  missing: '#0072b2',
  abducted: '#56b4e9',
  detained: '#009e73',
  displaced: '#8a7a00',
  orphaned: '#555555',
};

/** "1 claim", "1,204 documents". */
export const count = (n: number, noun: string): string => `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`;

export const dayOf = (iso: string | null): string => (iso === null ? 'undated' : iso.slice(0, 10));
