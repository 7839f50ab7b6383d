import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { diagnosis, type Cause } from './cause.js';
import { causeTable, countCauses, lossesParagraph, type DiagnosedMiss } from './render-cause-table.js';

const miss = (corpus: DiagnosedMiss['corpus'], measure: DiagnosedMiss['measure'], cause: Cause, secondary: Cause[] = []): DiagnosedMiss =>
  ({ corpus, measure, id: 'x', diagnosis: diagnosis(cause, 'd', 's0@0', secondary) });

const misses = [
  miss('GVDB', 'killed', 'scope'),
  miss('MUC-4', 'injured', 'measure-cue'), miss('MUC-4', 'injured', 'measure-cue'), miss('GVDB', 'injured', 'measure-cue', ['scope']),
  miss('MUC-4', 'killed', 'other'),
];

describe('the cause table', () => {
  it('puts the cause with most misses first and counts secondary causes apart', () => {
    const rows = countCauses(misses);
    assert.deepEqual(rows.map((r) => [r.cause, r.total, r.secondary]), [['measure-cue', 3, 0], ['scope', 1, 1], ['other', 1, 0]]);
    assert.equal(rows[0]!.byColumn['MUC-4 injured'], 2);
  });
  it('ends with the total of every column', () => {
    assert.equal(causeTable(misses).at(-1), '| all misses | 1 | 1 | 1 | 2 | 5 | 100% | |');
  });
  it('says in words which cause leads and where, from the counts', () => {
    const text = lossesParagraph(misses);
    assert.match(text, /^Of 5 misses, \*\*measure-cue\*\* 3 \(60%, 2 of them in MUC-4 injured\)/);
    assert.match(text, /1 misses are filed under other/);
  });
});
