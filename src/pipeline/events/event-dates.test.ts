import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { datePrecision, dayRange, daysApart } from './event-dates.js';

describe('dayRange', () => {
  const cases: [string, string | null, ReturnType<typeof dayRange>][] = [
    ['reads a day as itself', '2024-05-14', { start: '2024-05-14', end: '2024-05-14' }],
    ['reads the day of a timestamp', '2024-05-16T07:45:00-05:00', { start: '2024-05-16', end: '2024-05-16' }],
    ['reads a month as all its days', '2024-02', { start: '2024-02-01', end: '2024-02-29' }],
    ['gives nothing for no date', null, null],
    ['gives nothing for a date it cannot read', 'May 2024', null],
  ];
  for (const [behaviour, input, expected] of cases) it(behaviour, () => assert.deepEqual(dayRange(input), expected));
});

describe('daysApart', () => {
  const cases: [string, string, string, number][] = [
    ['counts days between two days', '2024-05-14', '2024-05-17', 3],
    ['is symmetric', '2024-05-17', '2024-05-14', 3],
    ['is zero for a day inside a month', '2024-05-14', '2024-05', 0],
    ['crosses a month end', '2024-05-30', '2024-06-02', 3],
  ];
  for (const [behaviour, a, b, expected] of cases) {
    it(behaviour, () => assert.equal(daysApart(dayRange(a)!, dayRange(b)!), expected));
  }
});

describe('datePrecision follows UCDP date_prec', () => {
  const cases: [string, string, string, number][] = [
    ['1 for one day', '2024-05-14', '2024-05-14', 1],
    ['2 for two to six days', '2024-05-14', '2024-05-16', 2],
    ['3 for about a week', '2024-05-14', '2024-05-21', 3],
    ['4 for a month', '2024-05-01', '2024-05-31', 4],
    ['5 for longer', '2024-05-01', '2024-07-01', 5],
  ];
  for (const [behaviour, start, end, expected] of cases) {
    it(behaviour, () => assert.equal(datePrecision({ start, end }), expected));
  }
});
