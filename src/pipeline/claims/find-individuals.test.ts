import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getPack, packLanguages } from '../../language-packs/index.js';
import { runPipeline } from '../run-pipeline.js';

for (const lang of packLanguages()) {
  const pack = getPack(lang)!;
  describe(`${lang} individual readings`, () => {
    it('every example fires its own rule', () => {
      const dead = pack.individuals.rules
        .filter((r) => !runPipeline(r.example, pack).claims.some((c) => c.ruleIds.includes(r.id)))
        .map((r) => `${r.id}: ${r.example}`);
      assert.deepEqual(dead, []);
    });
  });
}

// [language, text, the document's figures]
const figures: [string, string, Record<string, { low: number; high: number }>][] = [
  // A toll noun split from its "of" by a place or a date still names its victim.
  ['en', 'The assassination on 4 May of Judge Elena Varga was condemned by the bar.', { killed: { low: 1, high: 1 } }],
  ['es', 'El asesinato el martes en Villa Rosales de Elena Varga fue condenado.', {}],
  ['es', 'El asesinato en Villa Rosales de Elena Varga fue condenado por el colegio de abogados.', { killed: { low: 1, high: 1 } }],
  // An article in the aside makes the "of" belong to it.
  ['en', 'The murder in the home of his neighbor went unsolved for years.', {}],
  // A possessive name before a toll noun is its victim, counted once however often it is named.
  ['en', "Police reopened the case of Elena Varga's murder. Varga's death had shaken the town.", { killed: { low: 1, high: 1 } }],
  ['en', "THE COURT HEARD WITNESSES IN JUDGE ELENA VARGA'S MURDER.", { killed: { low: 1, high: 1 } }],
  // A toll noun inside a compound, or a place owning it, names no one.
  ['en', "Valle Oscuro's murder rate doubled last year.", {}],
  ['en', "The gang's killing spree ended in March.", {}],
  ['en', "A rise in Puerto Lobos's murders worries the mayor.", {}],
  // A name joined to a counted group is one more person under the same cue.
  ['en', 'UNION LEADER ROSA IBARRA AND SEVEN OTHER PEOPLE WERE KILLED.', { killed: { low: 8, high: 8 } }],
  ['es', 'La dirigente Rosa Ibarra y otras siete personas murieron.', { killed: { low: 8, high: 8 } }],
  // After an article, capitals are a common noun, not a name.
  ['en', 'THE REBELS ATTACKED THE EASTERN GARRISON AND 12 PEOPLE WERE KILLED.', { killed: { low: 12, high: 12 } }],
  // "another", "a second" introduce a person other than the one already counted.
  ['en', 'The victim died at the scene, and a second was wounded.', { killed: { low: 1, high: 1 }, injured: { low: 1, high: 1 } }],
  ['en', 'The victim died. A second man was wounded.', { killed: { low: 1, high: 1 }, injured: { low: 1, high: 1 } }],
  ['es', 'La víctima murió. Una segunda persona resultó herida.', { killed: { low: 1, high: 1 }, injured: { low: 1, high: 1 } }],
  // An ordinal in an aside about other events adds no one.
  ['en', 'Officer Ana Reyes died on Friday. She was the second officer to be killed this year.', { killed: { low: 1, high: 1 } }],
  // Names may outnumber the other words of a sentence; only a headline capitalises its cue too.
  ['en', 'Rosa Ibarra and Luis Gil were killed in Valle Hondo.', { killed: { low: 2, high: 2 } }],
  ['es', 'Rosa Ibarra y Luis Gil murieron en Valle Hondo.', { killed: { low: 2, high: 2 } }],
  ['en', 'Valle Hondo Man Killed In Puerto Lobos Crash', { killed: { low: 1, high: 1 } }],
  // The passive auxiliary may be the cue's own first word ("fueron asesinadas").
  ['es', 'Rosa Ibarra y Ana Lindo fueron asesinadas en Valle Hondo.', { killed: { low: 2, high: 2 } }],
  ['en', 'Rosa Ibarra and Ana Lindo were shot dead in Valle Hondo.', { killed: { low: 2, high: 2 } }],
];

describe('individuals in the document figures', () => {
  for (const [lang, text, expected] of figures) {
    it(`${lang}: ${text}`, () => {
      const { killed, injured } = runPipeline(text, getPack(lang)!).figures;
      assert.deepEqual({ ...(killed && { killed }), ...(injured && { injured }) }, expected);
    });
  }
});
