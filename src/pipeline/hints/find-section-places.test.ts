import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getPack } from '../../language-packs/index.js';
import { compilePack } from '../claims/compile-pack.js';
import { findSectionPlaces } from './find-section-places.js';

// Fictional digests. Each case: the document, and for a quote in it, the place its section gives.
const DIGEST = [
  '# The Valle Weekly, 3 March 2025', '', 'A week of storms and strikes.', '',
  '## Vado Alto: river still rising', '', 'Officials said 12 people had died by Friday.', '',
  '## San Lucas de Abajo, a month on', '', 'The ministry still says 40 civilians were killed.', '',
  '## Also this week', '', 'Teachers in Punta Fría ended their strike. Nobody was hurt.', '',
  '## What the council wants', '', 'It wants 3 new bridges.',
].join('\n');
const RESUMEN = [
  '# Semanario del Valle', '', '## Crecida en el río', '', 'En Vado Alto murieron 12 personas.', '',
  '## Junio 14: balance', '', 'Hubo 5 heridos.',
].join('\n');

describe('findSectionPlaces', () => {
  const cases: [string, string, string, string, string | null][] = [
    ['the dateline of a heading, before its colon', 'en', DIGEST, '12 people had died', 'Vado Alto'],
    ['the dateline of a heading, before its comma, with its particles', 'en', DIGEST, '40 civilians', 'San Lucas de Abajo'],
    ['the place the opening words name, when the heading has no dateline', 'en', DIGEST, 'Nobody was hurt', 'Punta Fría'],
    ['nothing for a section that names no place', 'en', DIGEST, '3 new bridges', null],
    ['nothing before the first section heading', 'en', DIGEST, 'storms and strikes', null],
    ['the place in a Spanish section opening', 'es', RESUMEN, 'murieron 12', 'Vado Alto'],
    ['no month as a dateline', 'es', RESUMEN, '5 heridos', null],
    ['nothing in a document with one section heading', 'en', 'Intro.\n\n## Vado Alto: flood\n\n12 died.', '12 died', null],
  ];
  for (const [what, lang, text, quote, expected] of cases) {
    it(`gives ${what}`, () => {
      const places = findSectionPlaces(text, compilePack(getPack(lang)!), false);
      assert.equal(places(text.indexOf(quote)), expected);
    });
  }
});
