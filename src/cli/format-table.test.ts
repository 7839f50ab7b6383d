import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatTable } from './format-table.js';

const columns = [
  { header: 'measure', fixed: true },
  { header: 'figure', align: 'right' as const, fixed: true },
  { header: 'quote', min: 10 },
];
const rows = [
  ['killed', '≥300', 'At least 300 people were killed in the attack on the village, the Observatorio said.'],
  ['displaced', '~12,000', 'Some 12,000 people fled.'],
];

describe('formatTable', () => {
  for (const width of [40, 60, 200]) {
    it(`keeps every line within ${width} columns without cutting fixed columns`, () => {
      const lines = formatTable(columns, rows, width);
      for (const line of lines) assert.ok([...line].length <= width, line);
      assert.ok(lines[2]!.startsWith('killed        ≥300  '), lines[2]);
      assert.ok(lines[3]!.startsWith('displaced  ~12,000  '), lines[3]);
    });
  }

  it('marks a cut cell with an ellipsis and leaves short ones whole', () => {
    const [, , first, second] = formatTable(columns, rows, 60);
    assert.ok(first!.endsWith('…'));
    assert.ok(second!.endsWith('Some 12,000 people fled.'));
  });

  it('puts each cell on one line', () => {
    const [, , line] = formatTable([{ header: 'quote' }], [['two\nlines']], 80);
    assert.equal(line, 'two lines');
  });
});
