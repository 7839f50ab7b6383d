/** A later cue about a numbered group counts the group, and never the agents of an active verb. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getPack } from '../../language-packs/index.js';
import { runPipeline } from '../run-pipeline.js';

const killed = (lang: string, text: string) =>
  runPipeline(text, getPack(lang)!).claims.filter((c) => c.measure === 'killed').map((c) => [c.low, c.ruleIds.includes(`${lang}.individual.group`)]);

describe('a numbered group spoken of again', () => {
  const cases: [string, string, string, (number | boolean | null)[][]][] = [
    ['en', 'the pack example counts the group', getPack('en')!.individuals.rules.find((r) => r.kind === 'group')!.example, [[2, true]]],
    ['es', 'el ejemplo del pack cuenta el grupo', getPack('es')!.individuals.rules.find((r) => r.kind === 'group')!.example, [[2, true]]],
    ['en', 'a plural pronoun after a place relative', 'Three teenagers were taken to a hospital in Valle Hondo, where they died.', [[3, true]]],
    ['es', 'un verbo plural tras un relativo de lugar', 'Tres adolescentes fueron trasladados a un hospital de Valle Hondo, donde murieron.', [[3, true]]],
    ['en', 'an active verb counts its object, not the group', 'Two gunmen robbed a shop in Puerto Lobos and killed its owner.', [[1, false]]],
    ['es', 'un verbo activo cuenta su objeto, no el grupo', 'Dos pistoleros asaltaron una tienda en Puerto Lobos y mataron a su dueño.', [[1, false]]],
    ['en', 'a new subject is one person', 'Two men were shot in Valle Hondo and the driver died.', [[1, false]]],
    ['es', 'un sujeto nuevo es una persona', 'Dos hombres fueron baleados en Valle Hondo y el conductor murió.', [[1, false]]],
  ];
  for (const [lang, name, text, expected] of cases) {
    it(`${lang}: ${name}`, () => assert.deepEqual(killed(lang, text), expected));
  }
});

const before = (lang: string, text: string) =>
  runPipeline(text, getPack(lang)!).claims.filter((c) => c.measure === 'killed').map((c) => [c.low, c.ruleIds.includes(`${lang}.individual.group-before`)]);

describe('a group named in the sentence right before', () => {
  const cases: [string, string, string, (number | boolean | null)[][]][] = [
    ['en', 'the pack example counts the group', getPack('en')!.individuals.rules.find((r) => r.kind === 'group-before')!.example, [[2, true]]],
    ['es', 'el ejemplo del pack cuenta el grupo', getPack('es')!.individuals.rules.find((r) => r.kind === 'group-before')!.example, [[2, true]]],
    ['en', 'a sentence between breaks the chain', 'Two brothers were shot on Calle Mora. Neighbours heard the shooting. They died at the hospital.', []],
    ['es', 'una oración en medio corta la cadena', 'Dos hermanos fueron baleados en la calle Mora. Los vecinos oyeron el tiroteo. Murieron en el hospital.', []],
    ['en', 'an active verb makes the group its agents', 'Two men were arrested in Puerto Lobos. They killed a guard.', [[1, false]]],
    ['es', 'un verbo activo hace del grupo el agente', 'Dos hombres fueron detenidos en Puerto Lobos. Mataron a un guardia.', [[1, false]]],
    ['en', 'a group of the same measure is not counted twice', 'Two brothers were killed on Calle Mora. They died instantly.', [[2, false]]],
    ['es', 'un grupo de la misma medida no se cuenta dos veces', 'Dos hermanos murieron en la calle Mora. Murieron en el acto.', [[2, false]]],
  ];
  for (const [lang, name, text, expected] of cases) {
    it(`${lang}: ${name}`, () => assert.deepEqual(before(lang, text), expected));
  }

  it('quotes both sentences, so the number lies inside the claim', () => {
    const text = 'Two brothers were shot on Calle Mora. They died at the hospital.';
    const claim = runPipeline(text, getPack('en')!).claims.find((c) => c.measure === 'killed')!;
    assert.equal(claim.quote, text);
    assert.equal(text.slice(claim.evidence.number.start, claim.evidence.number.end), 'Two');
  });
});
