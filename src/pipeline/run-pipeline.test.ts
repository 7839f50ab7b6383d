import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getPack } from '../language-packs/index.js';
import { compilePack } from './claims/compile-pack.js';
import { keyWords, runPipeline } from './run-pipeline.js';

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

describe('keyWords', () => {
  const cases: [string, string[][], string[]][] = [
    ['a one-word phrase by its word', [['massacre']], ['massacre']],
    ['a phrase by a word already picked', [['dead'], ['number', 'of', 'dead']], ['dead']],
    ['a phrase by its longest word, the last of equals', [['lost', 'their', 'lives'], ['in', 'critical', 'condition']], ['lives', 'condition']],
    ['words, not punctuation', [['life', '-', 'threatening', 'injuries']], ['threatening']],
  ];
  for (const [what, phrases, expected] of cases) {
    it(`picks ${what}`, () => assert.deepEqual([...keyWords(phrases)].sort(), [...expected].sort()));
  }

  // What makes the gate safe: every measure and framing phrase of every pack holds a key word.
  for (const lang of ['en', 'es']) {
    it(`gives every ${lang} measure and framing phrase a key word`, () => {
      const compiled = compilePack(getPack(lang)!);
      const phrases = [...compiled.measures.phrases(), ...compiled.framing.phrases()];
      const keys = keyWords(phrases);
      assert.ok(phrases.length > 100);
      assert.deepEqual(phrases.filter((p) => !p.some((w) => keys.has(w))), []);
      assert.ok(!keys.has(lang === 'en' ? 'in' : 'con'), 'a word in nearly every sentence is no key');
    });
  }
});

describe('runPipeline on a digest of several events', () => {
  const cases: [string, string, [string, string][]][] = [
    ['en', '# The Valle Weekly\n\n## Vado Alto: river still rising\n\nOfficials in Vado Alto said 12 people had died.\n\n## San Lucas de Abajo, a month on\n\nThe ministry still says 40 civilians were killed.',
      [['12', 'Vado Alto'], ['40', 'San Lucas de Abajo']]],
    ['es', '# Semanario del Valle\n\n## Vado Alto: sigue la crecida\n\nEn Vado Alto murieron 12 personas.\n\n## San Lucas de Abajo, un mes después\n\nEl ministerio mantiene que 40 civiles fueron asesinados.',
      [['12', 'Vado Alto'], ['40', 'San Lucas de Abajo']]],
  ];
  for (const [lang, text, expected] of cases) {
    it(`gives a claim that names no place its section's (${lang})`, () => {
      const { claims } = runPipeline(text, getPack(lang)!);
      assert.deepEqual(claims.map((c) => [String(c.low), c.place]), expected);
    });
  }
});
