import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { eld } from 'eld/extrasmall';
import fc from 'fast-check';
import { readWithEld } from './eld-reading.js';

// readWithEld must answer exactly as eld's own detect: same language, same scores in the same order,
// same reliability. Any difference would change which documents Tally reads as which language.
const bare = eld.newInstance();

function assertSameAsEld(text: string): void {
  const theirs = bare.detect(text);
  const ours = readWithEld(text);
  assert.equal(ours.language, theirs.language, text.slice(0, 80));
  assert.deepEqual(ours.scores, Object.entries(theirs.getScores()), text.slice(0, 80));
  assert.equal(ours.reliable, theirs.isReliable(), text.slice(0, 80));
}

describe('readWithEld', () => {
  // Fictional reports, in the languages Tally reads and some it only recognises.
  const sentences = [
    'Armed men killed five farmers in the town of San Lucas on Tuesday night, according to local officials.',
    'At least 200 families fled their homes, and the Red Cross said 14 people were still missing on Friday.',
    'Hombres armados asesinaron a cinco campesinos en el municipio de San Lucas, según las autoridades locales.',
    'Al menos 8.400 personas fueron desplazadas y la Defensoría informó de 14 desaparecidos el viernes.',
    'Des hommes armés ont tué cinq agriculteurs dans la ville de San Lucas mardi soir, selon les autorités.',
    'Homens armados mataram cinco agricultores na cidade de San Lucas na terça-feira, segundo as autoridades.',
    'Bewaffnete Männer töteten am Dienstagabend fünf Bauern in der Stadt San Lucas, teilten die Behörden mit.',
    'THE MILITARY SAID 12 GUERRILLAS WERE KILLED IN THE CLASH NEAR SAN LUCAS, THE RADIO REPORTED.',
  ];
  it('reads news-like text in several languages as eld does, in every order and from every word', () => {
    for (let first = 0; first < sentences.length; first++) {
      const text = [...sentences.slice(first), ...sentences.slice(0, first)].join(' ');
      for (let cut = 0; cut >= 0; cut = text.indexOf(' ', cut + 1)) assertSameAsEld(text.slice(cut));
    }
  });

  const word = fc.oneof(
    fc.constantFrom('killed', 'heridos', 'según', 'niños', 'l’homme', "don't", 'ΑΘΗΝΑ', 'Москва', '東京で', 'ñandú', '🙂', '—', '«»', 'ÇA', 'ǅ'),
    fc.stringMatching(/^[a-zA-Záéíóúñü'’ -]{1,14}$/),
    fc.string({ unit: 'grapheme', maxLength: 6 }),
  );
  const text = fc.array(word, { maxLength: 300 }).map((words) => words.join(' '));

  it('reads any text as eld does: scripts, apostrophes, astral characters, empty and over-long input', () => {
    fc.assert(fc.property(text, assertSameAsEld), { numRuns: 500, seed: 20261125 });
    const longWordAcrossTheCut = `${'ab cd ef '.repeat(38)} ${'supercalifragilisticexpialidocious'.repeat(3)}`;
    for (const edge of ['', ' ', 'a', 'ab cd', 'x'.repeat(2000), 'é'.repeat(500), '\u{1F600}'.repeat(300), longWordAcrossTheCut]) assertSameAsEld(edge);
  });

  it('finds no language in text without letters', () => {
    assert.deepEqual(readWithEld('12 345 — 67.8 %'), { language: '', scores: [], reliable: false });
  });
});
