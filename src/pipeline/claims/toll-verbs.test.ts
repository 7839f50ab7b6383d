/**
 * Toll verbs carry a toll noun's number past the words that place it: every pack example fires its
 * rule, and the longer reach never lets a verb or noun cue (only a toll cue) link that far.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getPack, packLanguages } from '../../language-packs/index.js';
import { runPipeline } from '../run-pipeline.js';

const read = (lang: string, text: string) =>
  runPipeline(text, getPack(lang)!).claims.map((c) => ({ measure: c.measure, low: c.low, high: c.high, ruleIds: c.ruleIds }));

for (const lang of packLanguages()) {
  describe(`${lang} toll verbs`, () => {
    it('every example links its toll cue through its own toll verb', () => {
      const dead = getPack(lang)!.tollVerbs.filter((r) => !read(lang, r.example).some((c) => c.ruleIds.includes(r.id)));
      assert.deepEqual(dead.map((r) => r.id), []);
    });
  });
}

describe('the reach a toll verb gives', () => {
  const cases: [string, string, string, number | null][] = [
    ['en', 'carries the number back to a distant toll noun', 'The death toll from the floods in Rio Seco rose to 742.', 742],
    ['es', 'lleva la cifra hasta una señal de balance lejana', 'La cifra de muertos por las inundaciones en Río Seco ascendió a 742.', 742],
    ['en', 'stops at a clause boundary', 'The death toll, which officials in Rio Seco revised twice, rose to 742.', null],
    ['es', 'se detiene en el límite de una cláusula', 'La cifra de muertos, que las autoridades de Río Seco corrigieron dos veces, ascendió a 742.', null],
    ['en', 'gives no reach to a verb cue', 'Gunmen killed people in the market square of the old town of Rio Seco, which rose to 742.', null],
    ['es', 'no da alcance a un verbo', 'Hombres armados mataron a vecinos en la plaza del mercado del casco viejo de Río Seco, que llegó a 742.', null],
  ];
  for (const [lang, name, text, value] of cases) {
    it(`${lang}: ${name}`, () => {
      const killed = read(lang, text).filter((c) => c.measure === 'killed' && c.low === 742);
      assert.deepEqual(killed.map((c) => c.low), value === null ? [] : [value]);
    });
  }
});
