import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getPack, packLanguages } from '../../language-packs/index.js';
import { HIT_RULE_ID } from '../figures/compute-figures.js';
import { runPipeline } from '../run-pipeline.js';

const ruleIds = (lang: string, text: string): string[] => runPipeline(text, getPack(lang)!).claims.flatMap((c) => c.ruleIds);

describe('buildSentenceClaims', () => {
  // pack-examples.test.ts fires the other rule kinds; member rules are checked here.
  for (const lang of packLanguages()) {
    it(`fires every ${lang} member rule on its own example`, () => {
      const dead = getPack(lang)!.members.filter((r) => !ruleIds(lang, r.example).includes(r.id)).map((r) => `${r.id}: ${r.example}`);
      assert.deepEqual(dead, []);
    });
  }

  const hit: [string, string, boolean][] = [
    ['en', 'Five people were shot in Valle Hondo.', true],
    ['es', 'Cinco personas fueron baleadas en Valle Hondo.', true],
    ['en', 'Five people were wounded in Valle Hondo.', false],
    ['en', 'Two men were shot and killed in Valle Hondo.', false],
  ];
  for (const [lang, text, expected] of hit) {
    it(`marks a count of people hit, not wounded or killed: ${text}`, () => {
      assert.equal(ruleIds(lang, text).includes(HIT_RULE_ID), expected);
    });
  }

  const people: [string, string, number][] = [
    ['en', 'The blast killed 14 people. Police said Tomas Ugarte was one of the dead.', 14],
    ['es', 'La explosión mató a 14 personas. La policía dijo que Tomás Ugarte era uno de los muertos.', 14],
    ['en', 'One man died at the scene and another man died at the hospital, police said. Two died, Radio Sur said.', 2],
    ['es', 'Un hombre murió en el acto y otro hombre murió en el hospital, dijo la policía. Murieron dos, dijo Radio Sur.', 2],
  ];
  for (const [lang, text, killed] of people) {
    it(`counts a member or a first of two as a person, not a competing toll: ${text.slice(0, 60)}`, () => {
      assert.equal(runPipeline(text, getPack(lang)!).figures.killed?.low, killed);
    });
  }

  const apart: [string, string, number][] = [
    ['en', 'A man was killed and a woman was wounded in Puerto Lobos.', 1],
    ['es', 'Un hombre murió y una mujer resultó herida en Puerto Lobos.', 1],
    ['en', 'A man was shot in the leg and a teenager was wounded in Puerto Lobos.', 2],
    ['es', 'Un hombre fue baleado en la pierna y un niño resultó herido en Puerto Lobos.', 2],
    // News copy repeats the same person with the same kind of noun: still one.
    ['en', 'Police found a man shot in the leg after a call about a man shot in Puerto Lobos.', 1],
    ['es', 'La policía encontró a un hombre baleado tras una llamada sobre un hombre baleado en Puerto Lobos.', 1],
  ];
  for (const [lang, text, injured] of apart) {
    it(`counts people of other kinds brought in by an article as other people: ${text.slice(0, 60)}`, () => {
      assert.equal(runPipeline(text, getPack(lang)!).figures.injured?.low, injured);
    });
  }

  const claimants: [string, string, string | null][] = [
    ['en', 'Two people were killed in Puerto Lobos, according to a witness.', 'witness'],
    ['es', 'Dos personas murieron en Puerto Lobos, según un testigo.', 'testigo'],
    ['en', 'According to a witness, a man was killed in Puerto Lobos.', 'witness'],
    ['es', 'Según un testigo, un hombre murió en Puerto Lobos.', 'testigo'],
  ];
  for (const [lang, text, claimant] of claimants) {
    it(`reads an indefinite person as the claimant, never as a count: ${text.slice(0, 60)}`, () => {
      const claims = runPipeline(text, getPack(lang)!).claims;
      assert.deepEqual(claims.map((c) => c.claimant), [claimant]);
    });
  }

  const units: [string, string, [number | null, string][]][] = [
    ['en', '2,310 families and 8,400 people were displaced in Valle Seco.', [[2310, 'households'], [8400, 'people']]],
    ['es', 'Unas 2.310 familias y 8.400 personas fueron desplazadas en Valle Seco.', [[2310, 'households'], [8400, 'people']]],
    ['es', 'Unos 870 núcleos familiares fueron desplazados en Río Frío.', [[870, 'households']]],
    // A table row: the noun before the cue says what the number counts.
    ['es', 'Familias desplazadas: 2.310. Personas desplazadas: 8.400.', [[2310, 'households'], [8400, 'people']]],
    // Family members are people.
    ['en', 'Five family members were killed in Valle Seco.', [[5, 'people']]],
    ['es', 'Cinco familiares del alcalde murieron en Valle Seco.', [[5, 'people']]],
    // A group the sentence before counted keeps its unit.
    ['es', 'Dos familias fueron baleadas en Valle Seco. Murieron en el hospital.', [[2, 'households'], [2, 'households']]],
  ];
  for (const [lang, text, expected] of units) {
    it(`counts households apart from people: ${text.slice(0, 60)}`, () => {
      assert.deepEqual(runPipeline(text, getPack(lang)!).claims.map((c) => [c.low, c.unit]), expected);
    });
  }
});
