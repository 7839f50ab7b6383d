/**
 * Event dates: a day (`YYYY-MM-DD`) or a month (`YYYY-MM`) as the pipeline's hints give them, read as
 * inclusive day ranges so a month and a day inside it can be compared; and UCDP's date_prec for a
 * range (1 one day, 2 two to six days, 3 up to a week or so, 4 up to a month, 5 longer).
 */
import type { DatePrecision } from '../../domain/event.js';

export type DayRange = { start: string; end: string };

const DAY = /^(\d{4})-(\d{2})-(\d{2})/;
const MONTH = /^(\d{4})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** The days a hint covers; null for anything that is not an ISO day or month. */
export function dayRange(date: string | null | undefined): DayRange | null {
  if (!date) return null;
  const day = DAY.exec(date);
  if (day) return { start: day[0], end: day[0] };
  const month = MONTH.exec(date);
  if (!month) return null;
  const last = new Date(Date.UTC(Number(month[1]), Number(month[2]), 0)).getUTCDate();
  return { start: `${date}-01`, end: `${date}-${String(last).padStart(2, '0')}` };
}

export function dayNumber(day: string): number {
  return Math.floor(Date.parse(`${day.slice(0, 10)}T00:00:00Z`) / MS_PER_DAY);
}

/** Days from the end of the earlier range to the start of the later; 0 when they overlap. */
export function daysApart(a: DayRange, b: DayRange): number {
  if (dayNumber(a.end) < dayNumber(b.start)) return dayNumber(b.start) - dayNumber(a.end);
  if (dayNumber(b.end) < dayNumber(a.start)) return dayNumber(a.start) - dayNumber(b.end);
  return 0;
}

export function datePrecision(range: DayRange): DatePrecision {
  const days = dayNumber(range.end) - dayNumber(range.start) + 1;
  if (days <= 1) return 1;
  if (days <= 6) return 2;
  if (days <= 8) return 3;
  if (days <= 31) return 4;
  return 5;
}

/** The smallest range covering both. */
export function spanRanges(a: DayRange, b: DayRange): DayRange {
  return { start: a.start < b.start ? a.start : b.start, end: a.end > b.end ? a.end : b.end };
}
