import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Claim } from '../../domain/claim.js';
import { computeFigures, HIT_RULE_ID, type ClaimWithStatement } from './compute-figures.js';

const claim = (over: Partial<Claim>): Claim => ({
  measure: 'killed', low: 1, high: 1, approximate: false, modality: 'asserted', subject: null, unit: 'people', group: null,
  claimant: null, partOf: null, quote: '', start: 0, end: 0, date: null, place: null,
  evidence: { sentence: { start: 0, end: 0 }, number: { start: 0, end: 0 }, cue: { start: 0, end: 0 }, claimant: null },
  ruleIds: ['test'], ...over,
});
const item = (over: Partial<Claim>, statement: string, entity: string | null = null, elsewhere = false): ClaimWithStatement => ({
  claim: claim(over), statement, entity, elsewhere,
});

describe('computeFigures', () => {
  it('adds groups counted under one cue', () => {
    const f = computeFigures([item({ low: 2, high: 2 }, 's1'), item({ low: 1, high: 1 }, 's1')]);
    assert.deepEqual(f.killed, { low: 3, high: 3 });
  });
  it('never adds a subgroup to its total', () => {
    const f = computeFigures([item({ low: 350, high: 350 }, 's1'), item({ low: 90, high: 90, partOf: 0 }, 's1')]);
    assert.deepEqual(f.killed, { low: 350, high: 350 });
  });
  it('gives competing claimants as the overall range', () => {
    const f = computeFigures([item({ low: 742, high: 742, claimant: 'Ministry' }, 's1'), item({ low: 300, high: null, claimant: 'NGO' }, 's2'), item({ low: 600, high: 900, claimant: 'NGO', modality: 'possible' }, 's3')]);
    assert.deepEqual(f.killed, { low: 300, high: 900 });
  });
  it('takes one voice at its most complete count', () => {
    const f = computeFigures([item({ low: 1, high: 1 }, 's1', 'anon'), item({ low: 2, high: 2 }, 's2')]);
    assert.deepEqual(f.killed, { low: 2, high: 2 });
  });
  it('counts a person mentioned twice once, and two named people twice', () => {
    assert.deepEqual(computeFigures([item({}, 's1', 'anon'), item({}, 's2', 'anon')]).killed, { low: 1, high: 1 });
    assert.deepEqual(computeFigures([item({}, 's1', 'name:ruiz'), item({}, 's2', 'name:gil'), item({}, 's3', 'anon')]).killed, { low: 2, high: 2 });
  });
  const hit = (low: number) => item({ measure: 'injured', low, high: low, ruleIds: ['en.measure.shot', HIT_RULE_ID] }, 'hit');
  const table: [string, ClaimWithStatement[], { low: number | null; high: number | null } | undefined][] = [
    ['takes the dead out of a count of people hit', [hit(5), item({ low: 2, high: 2 }, 'k')], { low: 3, high: 3 }],
    ['leaves no wounded when everyone hit died', [hit(2), item({ low: 2, high: 2 }, 'k')], undefined],
    ['keeps a count of people hit when nobody died', [hit(5)], { low: 5, high: 5 }],
    ['never takes the dead out of a wound count', [item({ measure: 'injured', low: 3, high: 3 }, 'w'), item({ low: 2, high: 2 }, 'k')], { low: 3, high: 3 }],
  ];
  for (const [name, items, injured] of table) {
    it(name, () => assert.deepEqual(computeFigures(items).injured, injured));
  }
  it('counts a wounded person who died as killed only', () => {
    const f = computeFigures([item({ measure: 'injured' }, 's1', 'anon'), item({}, 's2', 'anon')]);
    assert.deepEqual(f, { killed: { low: 1, high: 1 } });
  });
  it('reads an unnamed wounded person as the one death a number counts', () => {
    assert.deepEqual(computeFigures([item({}, 's1'), item({ measure: 'injured' }, 's2', 'anon')]), { killed: { low: 1, high: 1 } });
    // Two deaths counted as a number leave the wounded person apart.
    const f = computeFigures([item({ low: 2, high: 2 }, 's1'), item({ measure: 'injured' }, 's2', 'anon')]);
    assert.deepEqual(f, { killed: { low: 2, high: 2 }, injured: { low: 1, high: 1 } });
  });
  it('keeps a wounded person wounded when their death is only possible', () => {
    const f = computeFigures([item({ measure: 'injured' }, 's1', 'anon'), item({ modality: 'possible' }, 's2', 'anon')]);
    assert.deepEqual(f, { injured: { low: 1, high: 1 } });
  });
  it('counts a wounded person introduced as another apart from the dead', () => {
    const f = computeFigures([item({}, 's1', 'anon'), item({ measure: 'injured' }, 's1', 'new:12')]);
    assert.deepEqual(f, { killed: { low: 1, high: 1 }, injured: { low: 1, high: 1 } });
  });
  it('lets an open figure at or below another voice\'s count not dispute it, but a closed one compete', () => {
    const police = item({ low: 3, high: 3, claimant: 'police' }, 's1');
    assert.deepEqual(computeFigures([police, item({ low: 2, high: null, claimant: 'Ruiz' }, 's2')]).killed, { low: 3, high: 3 });
    assert.deepEqual(computeFigures([police, item({ low: 2, high: 2, claimant: 'Ruiz' }, 's2')]).killed, { low: 2, high: 3 });
    // Above the count, an open figure disagrees with it.
    assert.deepEqual(computeFigures([police, item({ low: 5, high: null, claimant: 'Ruiz' }, 's2')]).killed, { low: 3, high: null });
  });
  it('tells a named wounded person from an unnamed death the same sentence describes', () => {
    const dead = item({ subject: 'men', start: 0 }, 's1', 'anon');
    assert.deepEqual(computeFigures([dead, item({ measure: 'injured', start: 0 }, 's1b', 'name:ibarra')]), { killed: { low: 1, high: 1 }, injured: { low: 1, high: 1 } });
    // In another sentence, the named wounded person may be the one who died.
    assert.deepEqual(computeFigures([dead, item({ measure: 'injured', start: 40 }, 's2', 'name:ibarra')]), { killed: { low: 1, high: 1 } });
  });
  it('leaves out denied figures and figures about another period', () => {
    const f = computeFigures([item({ modality: 'denied', low: 40, high: 40 }, 's1'), item({ low: 28, high: 28 }, 's2', null, true)]);
    assert.deepEqual(f, {});
  });
  it('keeps measures apart', () => {
    const f = computeFigures([item({ low: 12, high: 12 }, 's1'), item({ measure: 'injured', low: 30, high: 30 }, 's1b')]);
    assert.deepEqual(f, { killed: { low: 12, high: 12 }, injured: { low: 30, high: 30 } });
  });
  const households = (low: number, statement: string, claimant: string | null = null) =>
    item({ measure: 'displaced', low, high: low, unit: 'households', claimant }, statement);
  const unitCases: [string, ClaimWithStatement[], { low: number | null; high: number | null } | undefined][] = [
    ['never takes a count of families for a count of people', [households(2310, 's1')], undefined],
    ['keeps the people when the same sentence also counts their families',
      [item({ measure: 'displaced', low: 8400, high: 8400 }, 's1'), households(2310, 's1')], { low: 8400, high: 8400 }],
    ['never lets another voice\'s count of families widen the people\'s range',
      [item({ measure: 'displaced', low: 8400, high: 8400, claimant: 'Cruz Roja' }, 's1'), households(2310, 's2', 'Alcaldía')], { low: 8400, high: 8400 }],
  ];
  for (const [name, items, displaced] of unitCases) {
    it(name, () => assert.deepEqual(computeFigures(items).displaced, displaced));
  }
});
