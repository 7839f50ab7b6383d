import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Claim } from '../../domain/claim.js';
import { compareFigures } from './compare-figures.js';
import type { EstimateRule, ReconcileClaim, ReconcileDocument } from './reconcile-types.js';

const id = (n: number) => `sha256:${String(n).repeat(64)}` as const;
const docs: ReconcileDocument[] = [
  { id: id(1), siteName: 'Ministry', title: null, publishedAt: '2024-05-15T10:00:00Z', lang: 'es' },
  { id: id(2), siteName: 'Wire', title: null, publishedAt: '2024-05-16T10:00:00Z', lang: 'en' },
  { id: id(3), siteName: 'Daily', title: null, publishedAt: '2024-05-17T10:00:00Z', lang: 'en' },
  { id: id(4), siteName: 'Undated', title: null, publishedAt: null, lang: 'en' },
];

function claim(doc: number, claimIndex: number, fields: Partial<Claim>): ReconcileClaim {
  return {
    measure: 'killed', low: null, high: null, approximate: false, modality: 'asserted', subject: null, unit: 'people', group: null,
    claimant: null, partOf: null, quote: '', start: 0, end: 0, date: null, place: null,
    evidence: { sentence: { start: 0, end: 0 }, number: { start: 0, end: 0 }, cue: { start: 0, end: 0 }, claimant: null },
    ruleIds: ['test'], documentId: id(doc), claimIndex, ...fields,
  };
}

const ministry742 = claim(1, 0, { low: 742, high: 742, claimant: 'Ministerio del Interior' });
const ngoAtLeast = claim(2, 0, { low: 300, high: null, claimant: 'Observatorio' });
const ngoRange = claim(2, 1, { low: 600, high: 900, claimant: 'Observatorio' });
const wireRepeat = claim(3, 0, { low: 742, high: 742 });
const injured = claim(1, 1, { measure: 'injured', low: 311, high: 311, claimant: 'Ministerio del Interior' });
const children = claim(1, 2, { low: 236, high: 236, subject: 'children', partOf: 0, claimant: 'Ministerio del Interior' });
const possible = claim(3, 1, { low: 1000, high: 1000, modality: 'possible' });

const run = (claims: ReconcileClaim[], rule: EstimateRule = 'range') => compareFigures({ claims, documents: docs, rule });
const row = (claims: ReconcileClaim[], rule: EstimateRule = 'range') =>
  run(claims, rule).find((f) => f.measure === 'killed' && f.subject === null)!;

describe('compareFigures', () => {
  it('never merges measures and keeps subgroups in their own subject row', () => {
    const figures = run([ministry742, injured, children]);
    assert.deepEqual(figures.map((f) => [f.measure, f.subject, f.claims.length]), [
      ['killed', null, 1], ['killed', 'children', 1], ['injured', null, 1],
    ]);
  });

  const repeatCases: [string, ReconcileClaim[], string | null][] = [
    ['marks an unattributed later claim with the same figure as a repeat', [ministry742, wireRepeat], `${id(1)}#0`],
    ['does not mark a different figure', [ministry742, claim(3, 0, { low: 741, high: 741 })], null],
    ['does not mark a claim published before the attributed one', [claim(3, 0, { low: 742, high: 742, claimant: 'X' }), claim(1, 0, { low: 742, high: 742 })], null],
    ['does not mark a claim whose document has no date', [ministry742, claim(4, 0, { low: 742, high: 742 })], null],
    ['does not mark an attributed claim', [ministry742, claim(3, 0, { low: 742, high: 742, claimant: 'Red Cross' })], null],
  ];
  for (const [behaviour, claims, expected] of repeatCases) {
    it(behaviour, () => assert.equal(row(claims).claims[1]!.repeats, expected));
  }

  it('counts a repeat under the original claimant, not as another source', () => {
    const r = row([ministry742, wireRepeat, ngoAtLeast]);
    assert.deepEqual(r.claimants.map((p) => [p.source, p.claims.length]), [['Ministerio del Interior', 2], ['Observatorio', 1]]);
  });

  const voiceCases: [string, Partial<ReconcileDocument>, string][] = [
    ['its site', { siteName: 'Diario del Puerto', title: 'Cinco muertos', source: 'notas/diario.html' }, 'Diario del Puerto (own voice)'],
    ['its title when it names no site', { siteName: null, title: 'Cinco muertos', source: 'notas/diario.html' }, 'Cinco muertos (own voice)'],
    ['the file it came from without site or title', { siteName: null, title: null, source: 'corpus/meridian-wire.txt' }, 'meridian-wire.txt (own voice)'],
    ['its hash only without any of those', { siteName: null, title: null }, `${id(5).slice(7, 15)} (own voice)`],
  ];
  for (const [what, fields, expected] of voiceCases) {
    it(`names a document's own voice by ${what}`, () => {
      const documents = [{ id: id(5), siteName: null, title: null, publishedAt: null, lang: 'es', ...fields }];
      const [figure] = compareFigures({ claims: [claim(5, 0, { low: 5, high: 5 })], documents, rule: 'range' });
      assert.deepEqual(figure!.claimants.map((p) => p.source), [expected]);
    });
  }

  it('says which claimants agree and which conflict, and by how much', () => {
    const r = row([ministry742, ngoRange, claim(3, 0, { low: 100, high: 200, claimant: 'Army' }), claim(3, 1, { low: 700, high: null, claimant: 'Church' })]);
    assert.deepEqual(r.comparisons.map((c) => [c.a, c.b, c.relation, c.gap]), [
      ['Army', 'Church', 'conflict', 500],
      ['Army', 'Ministerio del Interior', 'conflict', 542],
      ['Army', 'Observatorio', 'conflict', 400],
      ['Church', 'Ministerio del Interior', 'agree', null],
      ['Church', 'Observatorio', 'agree', null],
      ['Ministerio del Interior', 'Observatorio', 'agree', null],
    ]);
  });

  const estimates: [string, EstimateRule, ReconcileClaim[], [number | null, number | null, number | null]][] = [
    ['range spans every credible bound, best the median figure', 'range', [ministry742, ngoAtLeast, ngoRange, wireRepeat], [300, 742, 900]],
    ['conservative takes the lowest single-number figure', 'conservative', [ministry742, ngoAtLeast, ngoRange], [742, 742, 742]],
    ['conservative falls back to the lowest stated bound', 'conservative', [ngoAtLeast, ngoRange], [300, 300, 300]],
    ['ucdp takes best from the most specific claim', 'ucdp', [ministry742, ngoAtLeast, ngoRange], [300, 742, 900]],
    ['ucdp prefers the figure more sources give, then the lower', 'ucdp', [
      claim(1, 0, { low: 50, high: 50, claimant: 'A' }), claim(2, 0, { low: 60, high: 60, claimant: 'B' }),
      claim(3, 0, { low: 60, high: 60, claimant: 'C' }), claim(3, 1, { low: 40, high: 40, claimant: 'D' })], [40, 60, 60]],
    ['no rule counts a possible figure', 'range', [ministry742, possible], [742, 742, 742]],
    ['nothing to estimate without a credible claim', 'ucdp', [possible], [null, null, null]],
  ];
  for (const [behaviour, rule, claims, expected] of estimates) {
    it(behaviour, () => {
      const e = row(claims, rule).estimate;
      assert.deepEqual([e.low, e.best, e.high], expected);
      assert.equal(e.rule, rule);
    });
  }

  it('names the claims it used and those it set aside, in words', () => {
    const e = row([ministry742, wireRepeat, possible], 'ucdp').estimate;
    assert.deepEqual(e.used, [`${id(1)}#0`]);
    assert.match(e.explanation, /Ministerio del Interior: 742/);
    assert.match(e.explanation, /Set aside: .*repeats 11111111#0.*possible/);
  });

  it('keeps a subgroup of the same people out of the estimate', () => {
    const part = claim(1, 1, { low: 90, high: 90, partOf: 0, claimant: 'Ministerio del Interior' });
    const e = row([ministry742, part], 'conservative').estimate;
    assert.deepEqual([e.low, e.best, e.high], [742, 742, 742]);
  });

  describe('counts of households', () => {
    const people = claim(1, 0, { measure: 'displaced', low: 8400, high: 8400, claimant: 'Cruz Roja' });
    const families = claim(1, 1, { measure: 'displaced', low: 2310, high: 2310, unit: 'households', partOf: 0, claimant: 'Cruz Roja' });
    const otherFamilies = claim(2, 0, { measure: 'displaced', low: 2000, high: 2500, unit: 'households', claimant: 'Alcaldía' });
    const displaced = (claims: ReconcileClaim[], rule: EstimateRule = 'ucdp') => run(claims, rule).filter((f) => f.measure === 'displaced');

    it('form their own row beside the people, people first', () => {
      assert.deepEqual(displaced([families, people, otherFamilies]).map((f) => [f.unit, f.subject, f.claims.map((v) => v.key)]), [
        ['people', null, [`${id(1)}#0`]],
        ['households', null, [`${id(1)}#1`, `${id(2)}#0`]],
      ]);
    });

    it('never widen or move the people\'s estimate, and have their own', () => {
      const [p, h] = displaced([people, families, otherFamilies], 'range');
      assert.deepEqual([p!.estimate.low, p!.estimate.best, p!.estimate.high], [8400, 8400, 8400]);
      assert.deepEqual([h!.estimate.low, h!.estimate.best, h!.estimate.high], [2000, 2250, 2500]);
      assert.match(h!.estimate.explanation, /Alcaldía: 2,000–2,500 households/);
      assert.doesNotMatch(p!.estimate.explanation, /households/);
    });

    it('are no subgroup of the people they are read with, and count for their own estimate', () => {
      const [, h] = displaced([people, families]);
      assert.deepEqual([h!.claims[0]!.subgroup, h!.claims[0]!.credible, h!.estimate.best], [false, true, 2310]);
    });

    it('are compared only with other counts of households', () => {
      const [p, h] = displaced([people, families, otherFamilies, claim(2, 1, { measure: 'displaced', low: 9000, high: 9000, claimant: 'Alcaldía' })]);
      assert.deepEqual(p!.comparisons.map((c) => [c.a, c.b, c.relation, c.gap]), [['Alcaldía', 'Cruz Roja', 'conflict', 600]]);
      assert.deepEqual(h!.comparisons.map((c) => [c.a, c.b, c.relation]), [['Alcaldía', 'Cruz Roja', 'agree']]);
    });

    it('never repeat a count of people with the same number', () => {
      const later = claim(3, 0, { measure: 'displaced', low: 8400, high: 8400, unit: 'households' });
      const [, h] = displaced([people, later]);
      assert.equal(h!.claims[0]!.repeats, null);
      // The same figure of households is a repeat, as for people.
      const [again] = displaced([otherFamilies, claim(3, 0, { measure: 'displaced', low: 2000, high: 2500, unit: 'households' })]);
      assert.equal(again!.claims[1]!.repeats, `${id(2)}#0`);
    });
  });
});
