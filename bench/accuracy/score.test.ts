import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { GoldBound, Muc4GoldCount } from './parse-muc4-keys.js';
import {
  binaryScores, boundMatches, countScores, figureCount, gvdbCause, muc4Cause, recallsGold, scoreGvdb, scoreMuc4,
  type ScoredClaim,
} from './score.js';

const claim = (measure: ScoredClaim['measure'], low: number | null, high: number | null, approximate = false): ScoredClaim =>
  ({ measure, low, high, approximate });
const bound = (low: number | null, high: number | null, approximate = false): GoldBound => ({ low, high, approximate });

function gold(over: Partial<Muc4GoldCount> & { alternatives: GoldBound[] }): Muc4GoldCount {
  const first = over.alternatives[0];
  return {
    docId: 'DOC-1', template: 1, effect: 'DEATH', phrase: 'VICTIMS',
    low: first?.low ?? null, high: first?.high ?? null, approximate: first?.approximate ?? false,
    unstated: over.alternatives.length === 0, optional: false, named: false, derivedFromName: false, namedInIncident: 0,
    ...over,
  };
}

describe('figureCount reads a document figure as one number', () => {
  const cases: Array<[string, Parameters<typeof figureCount>[0], number]> = [
    ['exact figure', { killed: { low: 3, high: 3 } }, 3],
    ['range counts its lower bound', { killed: { low: 3, high: 5 } }, 3],
    ['"at least" counts its lower bound', { killed: { low: 4, high: null } }, 4],
    ['"up to" commits to no one', { killed: { low: null, high: 6 } }, 0],
    ['no figure for the measure is zero', { injured: { low: 2, high: 2 } }, 0],
  ];
  for (const [name, figures, expected] of cases) it(name, () => assert.equal(figureCount(figures, 'killed'), expected));
});

describe('binaryScores', () => {
  it('counts true/false positives and negatives', () => {
    const s = binaryScores([
      { gold: true, system: true }, { gold: true, system: true }, { gold: true, system: false },
      { gold: false, system: true }, { gold: false, system: false },
    ]);
    assert.deepEqual([s.tp, s.fp, s.fn], [2, 1, 1]);
    assert.equal(s.precision, 2 / 3);
    assert.equal(s.recall, 2 / 3);
    assert.equal(s.f1, 2 / 3);
  });
  it('gives zero rather than NaN when the system never says yes', () => {
    const s = binaryScores([{ gold: true, system: false }, { gold: false, system: false }]);
    assert.deepEqual([s.precision, s.recall, s.f1], [0, 0, 0]);
  });
});

describe('countScores', () => {
  it('rates exact matches, system ≥ gold, and "anyone?" per document', () => {
    const s = countScores([
      { gold: 1, system: 1 }, { gold: 2, system: 3 }, { gold: 2, system: 1 }, { gold: 0, system: 0 }, { gold: 0, system: 1 },
    ]);
    assert.equal(s.exact, 2 / 5);
    assert.equal(s.atLeastGold, 4 / 5);
    assert.deepEqual([s.anyone.tp, s.anyone.fp, s.anyone.fn], [3, 1, 0]);
  });
  it('scores killed and injured independently', () => {
    const s = scoreGvdb([{ gold: { killed: 1, injured: 2 }, system: { killed: 1, injured: 0 } }]);
    assert.equal(s.documents, 1);
    assert.equal(s.killed.exact, 1);
    assert.equal(s.injured.exact, 0);
  });
});

describe('gvdbCause names why a count differs', () => {
  const cases: Array<[number, number, ReturnType<typeof gvdbCause>]> = [
    [2, 2, null], [0, 0, null], [1, 0, 'missed-figure'], [0, 3, 'spurious-figure'], [1, 2, 'over-count'], [3, 1, 'under-count'],
  ];
  for (const [g, s, expected] of cases) it(`gold ${g}, system ${s} → ${expected}`, () => assert.equal(gvdbCause(g, s), expected));
});

describe('boundMatches applies the key conventions', () => {
  const cases: Array<[string, GoldBound, ScoredClaim, boolean]> = [
    ['N matches an exact claim of N', bound(6, 6), claim('killed', 6, 6), true],
    ['N matches a hedged claim of N', bound(6, 6), claim('killed', 6, 6, true), true],
    ['N does not match another number', bound(6, 6), claim('killed', 7, 7), false],
    ['N does not match "at least N"', bound(6, 6), claim('killed', 6, null), false],
    ['~N matches a hedged claim of N', bound(10, 10, true), claim('killed', 10, 10, true), true],
    ['~N does not match an unhedged claim of N', bound(10, 10, true), claim('killed', 10, 10), false],
    ['6-8 matches the same range', bound(6, 8), claim('killed', 6, 8), true],
    ['6-8 does not match 6 exactly', bound(6, 8), claim('killed', 6, 6), false],
    ['6- matches "at least 6"', bound(6, null), claim('killed', 6, null), true],
    ['6- does not match 6-8', bound(6, null), claim('killed', 6, 8), false],
    ['-6 matches an open lower bound', bound(null, 6), claim('killed', null, 6), true],
    ['-6 matches a lower bound of 0', bound(null, 6), claim('killed', 0, 6), true],
    ['-6 does not match 1-6', bound(null, 6), claim('killed', 1, 6), false],
  ];
  for (const [name, g, c, expected] of cases) it(name, () => assert.equal(boundMatches(g, c), expected));
});

describe('recallsGold', () => {
  const cases: Array<[string, Muc4GoldCount, ScoredClaim[], boolean]> = [
    ['needs the effect\'s measure', gold({ alternatives: [bound(3, 3)] }), [claim('injured', 3, 3)], false],
    ['INJURY is recalled by an injured claim', gold({ effect: 'INJURY', alternatives: [bound(3, 3)] }), [claim('injured', 3, 3)], true],
    ['any alternative may match', gold({ alternatives: [bound(7, 7, true), bound(7, 7)] }), [claim('killed', 7, 7)], true],
    ['an unstated count is never recalled', gold({ alternatives: [] }), [claim('killed', 2, 2)], false],
    ['a named victim is recalled by a claim of one', gold({ alternatives: [bound(1, 1)], named: true, namedInIncident: 5 }), [claim('killed', 1, 1)], true],
    ['a named victim is recalled by the incident\'s named total', gold({ alternatives: [bound(1, 1)], named: true, namedInIncident: 5 }), [claim('killed', 5, 5)], true],
    ['an unnamed count of one is not recalled by another total', gold({ alternatives: [bound(1, 1)], namedInIncident: 5 }), [claim('killed', 5, 5)], false],
  ];
  for (const [name, g, claims, expected] of cases) it(name, () => assert.equal(recallsGold(g, claims), expected));
});

describe('muc4Cause names why a count was missed', () => {
  const cases: Array<[string, Muc4GoldCount, ScoredClaim[], ReturnType<typeof muc4Cause>]> = [
    ['no claim of the measure', gold({ alternatives: [bound(4, 4)] }), [claim('injured', 4, 4)], 'no-claim-of-measure'],
    ['right number, wrong bounds', gold({ alternatives: [bound(4, 4)] }), [claim('killed', 4, null)], 'bound-mismatch'],
    ['right number, missing hedge', gold({ alternatives: [bound(10, 10, true)] }), [claim('killed', 10, 10)], 'bound-mismatch'],
    ['other numbers only', gold({ alternatives: [bound(4, 4)] }), [claim('killed', 2, 2)], 'value-mismatch'],
  ];
  for (const [name, g, claims, expected] of cases) it(name, () => assert.equal(muc4Cause(g, claims), expected));
});

describe('scoreMuc4', () => {
  it('computes recall over stated counts, apart for required ones, and claims per document', () => {
    const s = scoreMuc4([
      {
        gold: [
          gold({ alternatives: [bound(2, 2)] }),
          gold({ alternatives: [bound(5, 5)], optional: true }),
          gold({ alternatives: [] }),
          gold({ effect: 'INJURY', alternatives: [bound(1, 1)], named: true, namedInIncident: 1 }),
        ],
        claims: [claim('killed', 5, 5), claim('injured', 1, 1), claim('missing', 3, 3)],
      },
      { gold: [], claims: [claim('killed', 9, 9)] },
    ]);
    assert.deepEqual(
      [s.DEATH.items, s.DEATH.unstated, s.DEATH.stated, s.DEATH.recalled, s.DEATH.requiredStated, s.DEATH.requiredRecalled],
      [3, 1, 2, 1, 1, 0],
    );
    assert.equal(s.DEATH.recall, 0.5);
    assert.equal(s.DEATH.requiredRecall, 0);
    assert.deepEqual([s.INJURY.recall, s.INJURY.named, s.INJURY.namedRecalled], [1, 1, 1]);
    assert.equal(s.claimsPerDocument, 2);
    assert.equal(s.killedClaimsPerDocument, 1);
  });
});
