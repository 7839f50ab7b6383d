import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { insertRows } from './insert-rows.js';

describe('insertRows', () => {
  // A statement holds 200 rows: below, at and across that size, and several full chunks and a rest.
  const counts = [0, 1, 199, 200, 201, 450];
  for (const count of counts) {
    it(`writes every one of ${count} rows, in order, with their values`, () => {
      const db = new BetterSqlite3(':memory:');
      db.exec('CREATE TABLE t (n INTEGER NOT NULL, label TEXT, "odd name" REAL)');
      const rows = Array.from({ length: count }, (_, n) => ({ n, label: n % 3 === 0 ? null : `row ${n}`, 'odd name': n / 2 }));
      assert.equal(insertRows(db, 't', rows), count);
      assert.deepEqual(db.prepare('SELECT n, label, "odd name" FROM t ORDER BY rowid').all(), rows);
      db.close();
    });
  }

  it('takes its rows from a generator (the stores make rows as they write them)', () => {
    const db = new BetterSqlite3(':memory:');
    db.exec('CREATE TABLE t (n INTEGER NOT NULL)');
    function* rows() {
      for (let n = 0; n < 500; n++) yield { n };
    }
    assert.equal(insertRows(db, 't', rows()), 500);
    assert.deepEqual(db.prepare('SELECT count(*) AS c, sum(n) AS s FROM t').get(), { c: 500, s: (499 * 500) / 2 });
    db.close();
  });
});
