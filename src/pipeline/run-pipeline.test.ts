import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getPack } from '../language-packs/index.js';
import { runPipeline } from './run-pipeline.js';

// Fictional places and people. Paragraphs without a cue or framing word are not segmented; these
// check that nothing a later paragraph says is lost for it, and that the opening still dates the text.
describe('runPipeline on a long document', () => {
  const filler = (n: number) => `The river port of Vado Alto reopened its market on a Monday, paragraph ${n} said.`;
  const cases: [string, string, string[], RegExp][] = [
    ['en', 'Vado Alto, 3 March 2025', [filler(1), filler(2), filler(3), 'The massacre left 14 farmers dead, the governor said.', filler(4), 'At least 9 people were injured.'], /2025-03-03/],
    ['es', 'Vado Alto, 3 de marzo de 2025', ['El puerto de Vado Alto abrió su mercado el lunes.', 'La feria siguió sin cambios.', 'La masacre dejó 14 campesinos muertos, según el gobernador.', 'Otras 9 personas resultaron heridas.'], /2025-03-03/],
  ];
  for (const [lang, opening, paragraphs, date] of cases) {
    it(`finds the claims and framing of later paragraphs (${lang})`, () => {
      const text = [opening, ...paragraphs].join('\n\n');
      const result = runPipeline(text, getPack(lang)!);
      assert.deepEqual(result.claims.map((c) => [c.measure, c.low]), [['killed', 14], ['injured', 9]]);
      assert.deepEqual(result.framing.map((f) => f.frame), ['massacre']);
      assert.match(result.hints.date ?? '', date);
      assert.ok(result.sentences.every((s) => s.start >= 0 && s.end <= text.length));
    });
  }
});
