// Normalises a publication date found in page metadata to ISO 8601: `YYYY-MM-DD`, or a full timestamp when a time was given.

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/; // 20230402, common in <meta name="date">

const MONTHS: Readonly<Record<string, number>> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9,
  october: 10, november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8,
  sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9,
  setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12,
};
/** "Sun, 02 Apr 2023 14:15:00 GMT" (HTTP and RSS dates), with its zone kept as an ISO offset. */
const RFC_2822 = /^(?:[a-z]+,\s*)?(\d{1,2})\s+([a-z]+)\s+(\d{4})\s+(\d{2}):(\d{2})(?::(\d{2}))?\s*(GMT|UTC|Z|[+-]\d{4})$/i;
const DAY_MONTH_YEAR = /^(?:[a-záéíóúñ]+,?\s+)?(\d{1,2})(?:\s+de)?\s+([a-záéíóúñ]+)\.?,?(?:\s+de(?:l)?)?\s+(\d{4})\b/i;
const MONTH_DAY_YEAR = /^(?:[a-z]+,?\s+)?([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/i;

/**
 * The source's own wall-clock time and offset are kept (`2023-04-02T09:15:00-05:00` stays so): converting to
 * UTC could move the date to another day than the one the page printed. Returns null when the value is not
 * a date we can read unambiguously (numeric `03/04/2023` is day-first in Spanish and month-first in US English).
 */
export function normalizeDate(raw: string | null | undefined): string | null {
  const value = raw?.trim();
  if (!value) return null;

  const iso = ISO.exec(value);
  if (iso) {
    const [, y, mo, d, h, mi, s, fraction, zone] = iso;
    const date = calendarDate(Number(y), Number(mo), Number(d));
    if (!date || h === undefined) return date;
    if (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59) return date;
    const offset = zone === undefined ? '' : zone.toUpperCase() === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2');
    return `${date}T${h}:${mi}:${s ?? '00'}${fraction ?? ''}${offset}`;
  }

  const compact = COMPACT.exec(value);
  if (compact) return calendarDate(Number(compact[1]), Number(compact[2]), Number(compact[3]));

  const rfc = RFC_2822.exec(value);
  if (rfc) {
    const [, d, month, y, h, mi, sec, zone] = rfc;
    const date = monthNamed(y, month, d);
    if (!date || Number(h) > 23 || Number(mi) > 59 || Number(sec ?? 0) > 59) return date;
    const offset = zone === 'GMT' || zone === 'UTC' || zone === 'Z' ? 'Z' : `${zone!.slice(0, 3)}:${zone!.slice(3)}`;
    return `${date}T${h}:${mi}:${sec ?? '00'}${offset}`;
  }

  const dmy = DAY_MONTH_YEAR.exec(value);
  if (dmy) return monthNamed(dmy[3], dmy[2], dmy[1]);
  const mdy = MONTH_DAY_YEAR.exec(value);
  if (mdy) return monthNamed(mdy[3], mdy[1], mdy[2]);
  return null;
}

function monthNamed(year: string | undefined, month: string | undefined, day: string | undefined): string | null {
  const m = MONTHS[(month ?? '').toLowerCase()];
  return m === undefined ? null : calendarDate(Number(year), m, Number(day));
}

function calendarDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${String(year)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
