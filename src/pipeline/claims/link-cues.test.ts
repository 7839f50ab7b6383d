import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getPack } from '../../language-packs/index.js';
import { tokenize } from '../segment/tokenize.js';
import { compilePack } from './compile-pack.js';
import { findQuantities } from './find-quantities.js';
import { linkCues } from './link-cues.js';
import { recognizeNumberWords } from './recognize-number-words.js';

/** Each linked number as "low measure", in text order. */
function links(lang: string, text: string): string[] {
  const c = compilePack(getPack(lang)!);
  const tokens = tokenize(text);
  const { mentions, described } = findQuantities(tokens, recognizeNumberWords(text, 0, tokens, c), c);
  return linkCues(tokens, mentions, described, c).map((l) => `${l.mention.low} ${l.cue.rule.measure}`);
}

describe('linkCues gives each number the cue that says what it counts', () => {
  const cases: [string, string, string[]][] = [
    // a cue behind "and" closes the clause before it
    ['en', 'Two guards died and at least 10 people were wounded.', ['2 killed', '10 injured']],
    ['es', 'Dos guardias murieron y al menos 10 personas fueron heridas.', ['2 killed', '10 injured']],
    ['en', 'The blast killed 4 and wounded 11.', ['4 killed', '11 injured']],
    // an editor's bracket is an aside
    ['en', 'Ten children [all from Villa Norte] were injured.', ['10 injured']],
    ['es', 'Diez niños [todos de Villa Norte] resultaron heridos.', ['10 injured']],
    // the complement of the counted noun ("of the …", "de la …") is description
    ['en', 'Two employees of the Santa Rita bus company were injured.', ['2 injured']],
    ['es', 'Dos empleados de la empresa de autobuses Santa Rita resultaron heridos.', ['2 injured']],
    // past that description an active verb has the group as its agent
    ['en', 'Two members of the gang that murdered a driver were arrested.', ['1 killed']],
    ['en', 'Dozens of ambulances went to the areas to evacuate the injured.', []],
    // "one of the three": the outcome is said of the one, the three is the set
    ['en', 'One of the three leaders was found dead.', ['1 killed']],
    ['es', 'Uno de los tres dirigentes fue hallado muerto.', ['1 killed']],
    ['en', 'Two of the 12 hostages were killed.', ['2 killed', '12 abducted']],
    ['en', 'One of two women fatally shot was pregnant.', ['2 killed']],
    // a longer description of a named group reaches only a passive outcome, in one clause
    ['en', 'Two policemen guarding the consulate in Puerto Lobos were killed.', ['2 killed']],
    ['es', 'Dos policías que custodiaban el consulado de Puerto Lobos fueron asesinados.', ['2 killed']],
    ['en', 'Two policemen guarding the consulate in Puerto Lobos, officials said, were killed.', []],
    ['en', 'Two policemen guarding the consulate in Puerto Lobos killed a gunman.', ['1 killed']],
    // a toll verb carries a toll noun's number past the words that place the toll
    ['en', 'The death toll from the floods in Rio Seco rose to 742.', ['742 killed']],
    ['es', 'La cifra de muertos por las inundaciones en Río Seco ascendió a 742.', ['742 killed']],
    // a figure after a comma is an alternative only if its clause says nothing else of its people
    ['en', 'One man is dead, and two women are fighting for their lives.', ['1 killed']],
    ['es', 'Un hombre murió, y dos mujeres luchan por sus vidas.', ['1 killed']],
    ['en', 'At least 300 people died, possibly 600 civilians and 40 soldiers.', ['300 killed', '600 killed', '40 killed']],
    // in a title-case headline a capitalised preposition is no object
    ['en', 'Two Wounded In Puerto Lobos Shooting', ['2 injured']],
  ];
  for (const [lang, text, expected] of cases) it(`${lang}: ${text}`, () => assert.deepEqual(links(lang, text), expected));
});
