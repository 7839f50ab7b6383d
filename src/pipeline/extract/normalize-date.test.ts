import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalizeDate } from './normalize-date.js';

describe('normalizeDate', () => {
  const cases: [string, string | null | undefined, string | null][] = [
    ['keeps a plain ISO date', '2023-04-02', '2023-04-02'],
    ['keeps the source offset instead of moving to UTC', '2023-04-02T23:15:00-05:00', '2023-04-02T23:15:00-05:00'],
    ['adds missing seconds and a colon to the offset', '2023-04-02T09:15+0100', '2023-04-02T09:15:00+01:00'],
    ['keeps Z and fractions', '2023-04-02T09:15:30.250Z', '2023-04-02T09:15:30.250Z'],
    ['accepts a space between date and time', '2023-04-02 09:15:30', '2023-04-02T09:15:30'],
    ['reads compact dates', '20230402', '2023-04-02'],
    ['reads English month names', 'April 2, 2023', '2023-04-02'],
    ['reads English day-first dates', 'Sunday, 2 April 2023', '2023-04-02'],
    ['reads Spanish dates', '2 de abril de 2023', '2023-04-02'],
    ['reads Spanish dates with weekday', 'domingo, 15 de septiembre de 2024', '2024-09-15'],
    ['reads RFC 2822 timestamps in GMT', 'Sun, 02 Apr 2023 14:15:00 GMT', '2023-04-02T14:15:00Z'],
    ['reads RFC 2822 timestamps keeping their offset', 'Sun, 02 Apr 2023 23:15:00 -0500', '2023-04-02T23:15:00-05:00'],
    ['refuses ambiguous numeric dates', '03/04/2023', null],
    ['refuses impossible days', '2023-02-30', null],
    ['refuses impossible times, keeping the day', '2023-04-02T25:00:00Z', '2023-04-02'],
    ['refuses words', 'yesterday', null],
    ['treats missing values as no date', undefined, null],
    ['treats blank values as no date', '  ', null],
  ];
  for (const [behaviour, input, expected] of cases) {
    it(behaviour, () => assert.equal(normalizeDate(input), expected));
  }
});
