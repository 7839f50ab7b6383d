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
