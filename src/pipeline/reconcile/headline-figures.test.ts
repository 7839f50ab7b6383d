import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Claim } from '../../domain/claim.js';
import { compareFigures } from './compare-figures.js';
import { headlineFigures } from './headline-figures.js';
import type { ReconcileClaim, ReconcileDocument } from './reconcile-types.js';

// Fictional events: what an event card leads with, per measure.
const id = (n: number) => `sha256:${String(n).repeat(64)}` as const;
const docs: ReconcileDocument[] = [1, 2, 3].map((n) => ({ id: id(n), siteName: `Source ${n}`, title: null, publishedAt: `2024-05-1${n}T10:00:00Z`, lang: 'en' }));

function claim(doc: number, claimIndex: number, fields: Partial<Claim>): ReconcileClaim {
  return {
    measure: 'killed', low: null, high: null, approximate: false, modality: 'asserted', subject: null, unit: 'people', group: null,
    claimant: `Claimant ${doc}`, partOf: null, quote: '', start: 0, end: 0, date: null, place: null,
    evidence: { sentence: { start: 0, end: 0 }, number: { start: 0, end: 0 }, cue: { start: 0, end: 0 }, claimant: null },
    ruleIds: ['test'], documentId: id(doc), claimIndex, ...fields,
  };
}

const lead = (claims: ReconcileClaim[]) =>
  headlineFigures(compareFigures({ claims, documents: docs, rule: 'range' })).map((f) => [f.measure, f.subject, f.unit, f.estimate.best]);

describe('headlineFigures', () => {
  const cases: [string, ReconcileClaim[], unknown[]][] = [
    ['leads with the count of everyone when it is the largest',
      [claim(1, 0, { low: 742, high: 742 }), claim(2, 0, { low: 90, high: 90, subject: 'women' })], [['killed', null, 'people', 742]]],
    ['leads with a larger count of one group, named, over a smaller count of everyone ("a driver was also killed")',
      [claim(1, 0, { low: 9, high: 9, subject: 'combatants' }), claim(2, 0, { low: 1, high: 1 })], [['killed', 'combatants', 'people', 9]]],
    ['prefers the count of everyone on a tie',
      [claim(1, 0, { low: 12, high: 12, subject: 'civilians' }), claim(2, 0, { low: 12, high: 12 })], [['killed', null, 'people', 12]]],
    ['never leads with households, whatever their number',
      [claim(1, 0, { measure: 'displaced', low: 2310, high: 2310, unit: 'households' }), claim(2, 0, { measure: 'displaced', low: 800, high: 800 })],
      [['displaced', null, 'people', 800]]],
    ['gives one row per measure',
      [claim(1, 0, { low: 5, high: 5 }), claim(1, 1, { measure: 'injured', low: 7, high: 7 })], [['killed', null, 'people', 5], ['injured', null, 'people', 7]]],
  ];
  for (const [behaviour, claims, expected] of cases) it(behaviour, () => assert.deepEqual(lead(claims), expected));
});
