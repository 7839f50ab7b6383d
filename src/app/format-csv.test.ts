import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatCsv, type CsvCell } from './format-csv.js';

describe('formatCsv', () => {
  const cells: [string, CsvCell, string][] = [
    ['plain text as is', 'killed', 'killed'],
    ['null as an empty field', null, ''],
    ['numbers and booleans as written', 742, '742'],
    ['a comma quoted', 'Valle Oscuro, Caldera', '"Valle Oscuro, Caldera"'],
    ['quotes doubled', 'the "official" toll', '"the ""official"" toll"'],
    ['a line break quoted', 'line one\nline two', '"line one\nline two"'],
    ['a formula neutralised', '=HYPERLINK("http://x")', '"\'=HYPERLINK(""http://x"")"'],
    ['a plus sign neutralised', '+1 555 0142', "'+1 555 0142"],
    ['a minus sign neutralised', '-2+3', "'-2+3"],
    ['an at sign neutralised', '@SUM(A1)', "'@SUM(A1)"],
    ['a leading tab neutralised', '\t=1', "'\t=1"],
    ['a formula sign later in the text left alone', 'a=b', 'a=b'],
  ];
  for (const [name, cell, expected] of cells) {
    it(`writes ${name}`, () => {
      assert.equal(formatCsv(['h'], [[cell]]), `h\r\n${expected}\r\n`);
    });
  }

  it('ends every record, the header included, with CRLF', () => {
    assert.equal(formatCsv(['a', 'b'], [[1, 2], [3, null]]), 'a,b\r\n1,2\r\n3,\r\n');
  });
});
