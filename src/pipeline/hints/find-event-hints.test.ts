import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getPack } from '../../language-packs/index.js';
import { compilePack } from '../claims/compile-pack.js';
import { tokenize } from '../segment/tokenize.js';
import { findDate, findPlace, isAllCaps } from './find-event-hints.js';

const c = (lang: string) => compilePack(getPack(lang)!);

describe('findDate reads the dates a sentence names', () => {
  const cases: [string, string, number | null, string | null][] = [
    ['en', 'Gunmen attacked San Telmo on May 14, 2024.', null, '2024-05-14'],
    ['en', 'On 14 May 2024 the village was attacked.', null, '2024-05-14'],
    ['en', 'The attack on May 14 killed 12.', 2024, '2024-05-14'],
    ['en', 'The attack on May 14 killed 12.', null, null],
    ['en', 'In June 2024 the river flooded.', null, '2024-06'],
    ['en', 'Officials may announce more figures.', 2024, null],
    ['es', 'El 14 de mayo de 2024 murieron 12 personas.', null, '2024-05-14'],
    ['es', 'Desde mayo de 2024 hubo 12 muertos.', null, '2024-05'],
    ['es', 'El ataque del 9 de junio dejó 71 muertos.', 2024, '2024-06-09'],
  ];
  for (const [lang, text, year, expected] of cases) {
    it(`${text} (year ${year ?? 'unknown'})`, () => assert.equal(findDate(tokenize(text), c(lang), year), expected));
  }
});

describe('findPlace reads a capitalised place after a locative', () => {
  const cases: [string, string, boolean, string | null][] = [
    ['en', 'Twelve people died in San Telmo de Arriba on Tuesday.', false, 'San Telmo de Arriba'],
    ['en', 'The attack near Peña Colorada left nine police dead.', false, 'Peña Colorada'],
    ['es', 'Murieron 12 personas en Puerto Almendro.', false, 'Puerto Almendro'],
    ['es', 'Murieron 12 personas cerca de Villa Rosales.', false, 'Villa Rosales'],
    ['en', 'Twelve were missing in the Loma Verde and La Quebrada neighbourhoods.', false, 'Loma Verde'],
    ['es', 'Murieron 12 personas en Loma Verde y La Quebrada.', false, 'Loma Verde'],
    ['en', 'Twelve people died in May.', false, null],
    ['en', 'FIVE PEASANTS DIED IN THE TOWN OF SAN JUAN.', true, null],
  ];
  for (const [lang, text, caps, expected] of cases) {
    it(text, () => assert.equal(findPlace(tokenize(text), c(lang), caps), expected));
  }
});

describe('isAllCaps', () => {
  it('tells wire copy in capitals from ordinary text', () => {
    assert.equal(isAllCaps('SAN SALVADOR, 30 MAR 89 -- ONE PERSON WAS KILLED AND THREE OTHERS INJURED.'), true);
    assert.equal(isAllCaps('One person was killed in San Salvador and three others injured (AFP).'), false);
  });
});
