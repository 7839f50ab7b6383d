import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatCount, formatFigure, formatFigures, type Bounds } from './format-figure.js';

describe('formatFigure', () => {
  const cases: [Bounds, string][] = [
    [{ low: 742, high: 742, approximate: false }, '742'],
    [{ low: 300, high: null, approximate: false }, '≥300'],
    [{ low: null, high: 50, approximate: false }, '≤50'],
    [{ low: 600, high: 900, approximate: false }, '600–900'],
    [{ low: 8400, high: 8400, approximate: true }, '~8,400'],
    [{ low: 24, high: 99, approximate: true }, '~24–99'],
  ];
  for (const [bounds, expected] of cases) {
    it(`writes ${JSON.stringify(bounds)} as ${expected}`, () => assert.equal(formatFigure(bounds), expected));
  }

  it('says when a figure counts households, never passing it off as people', () => {
    assert.equal(formatCount({ low: 2310, high: 2310, approximate: false, unit: 'households' }), '2,310 households');
    assert.equal(formatCount({ low: 8400, high: 8400, approximate: true, unit: 'people' }), '~8,400');
  });

  it('lists a document’s figures in measure order', () => {
    assert.equal(formatFigures({ injured: { low: 214, high: 214 }, killed: { low: 300, high: 900 } }), 'killed 300–900 · injured 214');
    assert.equal(formatFigures({}), 'none');
  });
});
